import Diagnostics

/// What a draft edition would do to every CLP assessed (`clpconf impact`): how many would become invalid,
/// grouped by the rule that would fail, with the CLPs under each rule and what each would need to change; the
/// choices the migration would drop; and the files that could not be assessed. Built by
/// ``init(draft:outcomes:)``, in a deterministic order; rendered by ``document()``, ``csvText()`` and
/// ``jsonText()``.
public struct ImpactResult: Sendable {
    /// One CLP under a rule.
    public struct Affected: Sendable, Hashable {
        public var clp: String
        public var year: Int64?
        public var file: String
        /// The problem in the draft check's words, with this CLP's values.
        public var message: String
        public var fix: String?
        /// False when the year was rebuilt from a report and the rule reads what a report does not carry.
        public var assessed: Bool
    }

    /// A rule the draft would make fail, with every CLP it would fail for.
    public struct RuleGroup: Sendable {
        public var code: String
        public var severity: Severity
        /// The rule in words: the draft's message for it with the values left out, or the first CLP's message
        /// when the problem is not a menu rule (an unknown key, a value out of range).
        public var title: String
        /// The menu constraint's id, when the problem is one.
        public var rule: String?
        public var citation: String?
        public var affected: [Affected]
        /// How many of them the draft makes invalid (they are valid under their own edition).
        public var newlyInvalid: Int
    }

    /// One item of the older editions whose value the migration drops, with the CLPs that had it.
    public struct Loss: Sendable {
        public var item: String
        public var kind: MigrationChange.Kind
        public var reason: String
        public var replacement: String?
        public var clps: [String]
    }

    /// A file that could not be assessed, and why.
    public struct LeftOut: Sendable, Hashable {
        public var file: String
        public var reason: String
        public var codes: [String]
    }

    public var draftID: String
    public var draftTitle: String
    /// Every CLP assessed, by name, year and file.
    public var cases: [ImpactCase]
    /// The rules, most CLPs first (then by code).
    public var groups: [RuleGroup]
    /// The items dropped, most CLPs first (then by item).
    public var losses: [Loss]
    public var leftOut: [LeftOut]

    /// How many CLPs' years are valid now and would be invalid under the draft.
    public var becomingInvalid: Int { cases.count { $0.becomesInvalid } }
    /// How many are invalid now and would be valid under the draft.
    public var becomingValid: Int { cases.count { !$0.validNow && $0.validUnderDraft } }
    /// How many are valid both now and under the draft.
    public var stayingValid: Int { cases.count { $0.validNow && $0.validUnderDraft } }
    /// How many are invalid both now and under the draft.
    public var stayingInvalid: Int { cases.count { !$0.validNow && !$0.validUnderDraft } }
}
