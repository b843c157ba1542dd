import Diagnostics

/// What a draft edition would do to one CLP: how its year stands now and under the draft, the problems the
/// draft would add, and the choices the migration would drop. Made by ``ImpactAnalyzer``.
public struct ImpactCase: Sendable {
    /// Where the year was read from.
    public enum Source: String, Sendable, Hashable {
        /// A secretary's report, rebuilt into a selections file (no officers or votes).
        case report
        /// A selections file.
        case selections
    }

    /// A problem the draft would add: one that the CLP's year does not have under its own edition.
    public struct Finding: Sendable, Hashable {
        public var code: String
        public var severity: Severity
        /// The problem as the draft's check words it, with the CLP's values.
        public var message: String
        /// What the CLP would need to change: the check's fix advice, or nil when it gives none.
        public var fix: String?
        /// The rule it rests on (edition, chapter, clause), when the menu cites one.
        public var citation: String?
        /// Whether the rule reads the officers or votes, which a report does not carry: for a year rebuilt
        /// from a report it is listed but not counted against the CLP.
        public var unassessed: Bool
    }

    public var file: String
    public var source: Source
    public var clp: String
    public var region: String?
    public var year: Int64?
    /// `YYYY-MM-DD`, or nil.
    public var agmDate: String?
    /// When the report was made; nil for a selections file.
    public var generatedAt: String?
    /// The edition the year follows now.
    public var editionID: String
    /// Whether the year is valid under its own edition (as its report said, for a report).
    public var validNow: Bool
    /// Whether the migrated year is valid under the draft.
    public var validUnderDraft: Bool
    /// The problems the draft adds, in the order its check gives them.
    public var findings: [Finding]
    /// Codes of errors the year has now that the draft no longer finds.
    public var resolved: [String]
    /// The migration's changes that drop a value (retired, or merged and outvoted), with their reasons.
    public var losses: [MigrationChange]

    /// Whether the draft would make a valid year invalid.
    public var becomesInvalid: Bool { validNow && !validUnderDraft }
}
