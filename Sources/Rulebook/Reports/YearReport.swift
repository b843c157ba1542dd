import Diagnostics
import RuleLanguage

/// The secretary's report on one CLP year (schema `clpconf.report/1`, `docs/formats.md`): who the CLP is,
/// what it chose with every default made explicit, the values worked out from that, every problem, the
/// approvals given and awaited and, when last year's file is known, what changed.
///
/// Built from a ``YearEvaluation`` by ``init(_:last:feedback:generator:)``; written as JSON by ``json()`` and laid out
/// for people by ``document()``. Holds no file handles, and the same year gives the same report.
public struct YearReport: Sendable, Hashable {
    /// The schema id every report carries.
    public static let schema = "clpconf.report/1"

    /// What wrote the report and when.
    public struct Generator: Sendable, Hashable {
        /// The clpconf version, as `clpconf --version` prints it without the name.
        public var version: String
        /// When, as ISO 8601 UTC (`2026-12-02T01:50:33Z`), taken from the caller's clock.
        public var generatedAt: String

        public init(version: String, generatedAt: String) {
            self.version = version
            self.generatedAt = generatedAt
        }
    }

    /// One section's choice and settings.
    public struct SectionEntry: Sendable, Hashable {
        public var id: String
        public var title: String
        /// The chosen options (nil for a section with no choice, `choose = "none"`).
        public var options: [ChosenOption]?
        /// Whether the options are the menu's default rather than written in the file.
        public var optionsAreDefault: Bool
        public var settings: [Setting]
    }

    /// One chosen option: its id and the menu's title for it.
    public struct ChosenOption: Sendable, Hashable {
        public var id: String
        public var title: String
    }

    /// One parameter's effective value.
    public struct Setting: Sendable, Hashable {
        /// `section.parameter`.
        public var name: String
        public var title: String
        /// The value the rules read; nil when it is unset with no default, or does not apply this year.
        public var value: RuleValue?
        public var unit: String?
        /// Whether the value is the menu's default rather than written in the file.
        public var isDefault: Bool
        /// Whether the parameter is asked this year (its `applies` condition holds, or it has none).
        public var applies: Bool
    }

    /// One fact the CLP stated about itself (members, branches), or the menu's default for one it left out.
    public struct Fact: Sendable, Hashable {
        public var id: String
        public var title: String
        /// Nil when the file leaves a fact out that has no default.
        public var value: RuleValue?
        /// Whether the value is the menu's default rather than written in the file.
        public var isDefault: Bool
    }

    /// One derived value.
    public struct Derived: Sendable, Hashable {
        public var id: String
        public var title: String
        public var value: RuleValue?
        public var because: String?
    }

    /// One problem found, with where it is when it points into a file.
    public struct Problem: Sendable, Hashable {
        public var code: String
        public var severity: Severity
        public var message: String
        /// The file's path as the run was given it, and the 1-based line and column.
        public var file: String?
        public var line: Int?
        public var column: Int?
    }

    /// One approval a chosen option needs.
    public struct Approval: Sendable, Hashable {
        /// `section.option`.
        public var approves: String
        /// The approving body's id.
        public var by: String
        public var status: ApprovalLedger.Status
        public var date: String?
        public var reference: String?
    }

    /// The first and last days of a period, `YYYY-MM-DD`.
    public struct Period: Sendable, Hashable {
        public var from: String
        public var to: String
    }

    /// What changed from last year's file.
    public struct LastYear: Sendable, Hashable {
        public var file: String
        public var year: Int?
        public var editionID: String
        public var changes: [Change]
    }

    /// One choice or setting that differs from last year, in words (see ``ChoiceChange``).
    public struct Change: Sendable, Hashable {
        public var name: String
        public var title: String
        public var before: String?
        public var after: String?
    }

    public var generator: Generator
    /// The selections file as the run named it.
    public var file: String
    public var clpName: String?
    public var region: String?
    public var year: Int?
    /// `YYYY-MM-DD`.
    public var agmDate: String?
    public var editionID: String
    public var editionTitle: String
    public var editionDigest: String
    /// Every fact the edition asks for, in menu order: what the centre groups CLPs by (size, branches).
    public var facts: [Fact]
    /// Whether the year has no errors (warnings allowed).
    public var valid: Bool
    /// Every section, in menu order.
    public var sections: [SectionEntry]
    public var derived: [Derived]
    /// The file's problems, then the rules'.
    public var problems: [Problem]
    /// The first and last day approvals count (nil when there is no period, or the file did not load).
    public var approvalPeriod: Period?
    public var approvals: [Approval]
    /// The amendments adopted at the AGM, from the file's `[[adoption]]` log, in the order adopted.
    public var adoptions: [Selections.Adoption] = []
    /// The CLP's local additions, in the order the file gives them: the centre counts them by topic.
    public var localAdditions: [LocalAddition] = []
    /// Nil without last year's file.
    public var lastYear: LastYear?
    /// The secretary's answers and ratings; nil without a feedback file.
    public var feedback: Feedback?

    /// A clause the CLP added in its own words (`[[local_addition]]`): its topic (a part id), its text and
    /// the text's length in characters.
    public struct LocalAddition: Sendable, Hashable {
        public var topic: String
        public var text: String
        public var characters: Int
    }

    /// The approvals still awaited, as `section.option` names.
    public var pending: [String] { approvals.filter { $0.status == .pending }.map(\.approves) }
}
