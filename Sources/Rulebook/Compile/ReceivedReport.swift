/// What the compile takes from one report file (schema `clpconf.report/1`): who sent it, for which year and
/// edition, what the CLP chose, how it stood, and its feedback. Only what some figure or letter uses is kept,
/// so hundreds of thousands of them can pass through one compile.
///
/// Read from the report's JSON by ``ReportDecoder``; every text in it came from a CLP's file and is escaped by
/// whatever writes it out.
public struct ReceivedReport: Sendable, Hashable {
    /// One setting's value, as the report wrote it.
    public enum SettingValue: Sendable, Hashable {
        case integer(Int64)
        case boolean(Bool)
        case text(String)
    }

    /// One setting: `section.parameter` and its value (settings with no value, or that do not apply this year,
    /// are left out).
    public struct Setting: Sendable, Hashable {
        public var name: String
        public var value: SettingValue
    }

    /// One choice or setting that changed from last year, in words.
    public struct Change: Sendable, Hashable {
        public var name: String
        public var title: String
        public var before: String?
        public var after: String?
    }

    /// The secretary's year-end answers that the figures read.
    public struct Feedback: Sendable, Hashable {
        /// `section.option` → rating from 1 to 5.
        public var ratings: [String: Int64]
        public var generalMeetingsHeld: Int64?
        public var averageAttendance: Int64?
        public var membersAtYearEnd: Int64?
        public var whatWorked: String?
        public var whatDidNotWork: String?
    }

    /// The file as the compile was given it.
    public var file: String
    public var generatedAt: String
    public var clp: String
    public var region: String?
    public var year: Int64
    /// `YYYY-MM-DD`, or nil.
    public var agmDate: String?
    public var editionID: String
    public var editionDigest: String
    public var valid: Bool
    public var warningCount: Int
    /// The codes of the report's errors, in the order written, each once.
    public var errorCodes: [String]
    /// Approvals still awaited, as `section.option`.
    public var pendingApprovals: [String]
    /// Members at the AGM (the `members` fact), or at the year's end when the facts do not say.
    public var members: Int64?
    /// Every chosen option as `section.option`, in menu order.
    public var options: [String]
    /// Every setting with a value that applies this year, in menu order.
    public var settings: [Setting]
    /// Nil when the report compared with no last year.
    public var changes: [Change]?
    public var feedback: Feedback?
    /// The topic (a part id) of each local addition the CLP made, in the order written, repeats kept; empty
    /// for a report written before local additions were reported.
    public var localAdditionTopics: [String] = []

    /// The report's validity in one word: `valid`, `warnings`, `invalid`; approvals pending are counted apart.
    public var standing: Standing {
        if !valid { return .invalid }
        return warningCount > 0 ? .warnings : .valid
    }

    /// How a year stood under the Rule Book.
    public enum Standing: String, Sendable, Hashable, CaseIterable {
        case valid
        case warnings = "valid with warnings"
        case invalid
    }

    /// The chosen option of `section` (the first, for a section that allows several), or nil.
    public func option(in section: String) -> String? {
        let prefix = section + "."
        return options.first { $0.hasPrefix(prefix) }
    }

    /// The value of an integer setting, or nil.
    public func integer(_ name: String) -> Int64? {
        guard case .integer(let value) = settings.first(where: { $0.name == name })?.value else { return nil }
        return value
    }
}
