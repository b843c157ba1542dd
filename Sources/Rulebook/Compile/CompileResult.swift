/// Everything the compile found: per edition and year, what CLPs chose and how it worked; how CLPs moved
/// between structures from one year to the next; who has not reported; and what became of every file.
///
/// Built by ``ReportCompiler``; laid out by ``document()`` (Markdown and the HTML dashboard), ``json()`` and
/// ``csvRows()``. Every list is in a fixed order (menu order, then names), so the same reports give the
/// same output.
public struct CompileResult: Sendable {
    /// How many reports chose one option.
    public struct OptionCount: Sendable, Hashable {
        /// `section.option`.
        public var option: String
        public var sectionTitle: String
        public var title: String
        public var count: Int
    }

    /// The adoption counts within one region or membership band.
    public struct Breakdown: Sendable, Hashable {
        /// The region's name, or the band's ``MembershipBand/id``.
        public var id: String
        public var label: String
        public var reports: Int
        public var options: [OptionCount]
    }

    /// One integer setting's spread over the reports that set it.
    public struct SettingSpread: Sendable, Hashable {
        public var name: String
        public var title: String
        public var reports: Int
        public var min: Int64
        public var lowerQuartile: Int64
        public var median: Int64
        public var upperQuartile: Int64
        public var max: Int64
    }

    /// What the feedback says about one option, from the CLPs that chose it.
    public struct OptionOutcome: Sendable, Hashable {
        public var option: String
        public var title: String
        /// Reports that chose it.
        public var reports: Int
        public var ratingSum: Int64
        public var ratings: Int
        public var meetingsHeld: Int64
        public var meetingsPlanned: Int64
        /// Reports that gave both meetings held and the meetings planned.
        public var meetingReports: Int
        /// Attendance per 100 members, in tenths, summed over `attendanceReports`.
        public var attendanceTenths: Int64
        public var attendanceReports: Int
    }

    /// The commonest words and phrases in one option's "what worked" and "what did not work" answers.
    public struct OptionPhrases: Sendable, Hashable {
        public var option: String
        public var title: String
        public var worked: [PhraseCount]
        public var didNotWork: [PhraseCount]
    }

    /// A phrase and how many answers' words made it up (a phrase used twice in one answer counts twice).
    public struct PhraseCount: Sendable, Hashable {
        public var phrase: String
        public var count: Int
    }

    /// How many local additions CLPs made under one topic (a part of the standing orders).
    public struct TopicCount: Sendable, Hashable {
        /// The part id, as the reports give it.
        public var topic: String
        /// The part's title in the edition, or the topic itself when the edition has no such part.
        public var title: String
        /// Reports with at least one local addition under the topic.
        public var clps: Int
        public var additions: Int
    }

    /// One edition and year.
    public struct Group: Sendable {
        public var editionID: String
        public var editionTitle: String
        public var year: Int64
        public var reports: Int
        public var valid: Int
        public var withWarnings: Int
        public var invalid: Int
        /// Reports still awaiting an approval.
        public var approvalsPending: Int
        /// Every option of the edition, in menu order, chosen or not.
        public var options: [OptionCount]
        public var regions: [Breakdown]
        public var bands: [Breakdown]
        public var settings: [SettingSpread]
        public var outcomes: [OptionOutcome]
        public var phrases: [OptionPhrases]
        /// Local additions by topic, in the edition's part order (topics it does not have last, by name).
        public var localAdditions: [TopicCount] = []
        /// Band → option → (attendance tenths summed, reports): what a letter compares a CLP with.
        public var bandAttendance: [MembershipBand: [String: (tenths: Int64, reports: Int)]]
    }

    /// CLPs that reported in two consecutive years and chose `from` then `to` for their governance.
    public struct Transition: Sendable, Hashable {
        public var fromYear: Int64
        public var toYear: Int64
        public var from: String
        public var to: String
        public var clps: Int
        /// Attendance per 100 members (tenths, summed) before and after, over the CLPs that gave it both years.
        public var attendanceBeforeTenths: Int64
        public var attendanceAfterTenths: Int64
        public var attendanceCLPs: Int
    }

    /// Roster CLPs with no counted report for a year.
    public struct Missing: Sendable {
        public var year: Int64
        public var clps: [Roster.Entry]
    }

    public var groups: [Group]
    public var transitions: [Transition]
    /// Empty without a roster.
    public var missing: [Missing]
    /// One per file, in the order the files were given.
    public var receipts: ReceiptLog
    /// Every file's problems: rejected files, replaced duplicates, CLPs not on the roster.
    public var problems: [FileProblems]
    /// Titles of options by `section.option` over every edition, for the transitions.
    public var optionTitles: [String: String]

    /// How many files ended in `status`.
    public func count(_ status: Receipt.Status) -> Int { receipts.count(status) }
}
