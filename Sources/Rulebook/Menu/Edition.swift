import Diagnostics
import RuleLanguage
import TOML

/// One published menu edition: the sections of options a CLP chooses from, the Rule Book's constraints,
/// derived values, standing-order clauses and the year-end report questions.
///
/// Produced by ``EditionLoader`` with every expression already parsed and type-checked.
public struct Edition: Sendable {
    public var schemaVersion: Int
    public var id: String
    public var title: String
    public var published: TOMLDate?
    public var supersedes: String?
    /// The Rule Book this edition models, e.g. "Rule Book 2019".
    public var ruleBook: String
    public var validYears: ClosedRange<Int>?
    /// The AGM dates the edition governs, when it says (`agm_dates`): a file whose AGM falls outside them
    /// follows another edition.
    public var agmDates: AGMDates?
    /// Whether the edition is a draft, not yet published (`draft = true`): shown in `menu list`, `menu show`
    /// and on the booklet's title page. Not part of the digest, so publishing a draft unchanged keeps it.
    public var isDraft: Bool
    public var intro: String
    public let sections: [Section]
    public var facts: [FactDefinition]
    /// Officer posts selections may name (`[[officers]] post = "chair"`).
    public var posts: [NamedItem]
    public var votes: [NamedItem]
    /// The bodies that give approvals (`[[approval]]`: the NEC, the Regional Director, ...).
    public var approvals: [NamedItem]
    /// The matters other than options that an approval can be for (`[[matter]]`: a change of structure,
    /// new branch boundaries); selections record `[[approvals]] approves = "<matter id>"`.
    public var matters: [NamedItem]
    /// Edition-wide rules, values and clauses (those in `edition.toml`).
    public let general: RuleSet
    public var questions: [ReportQuestion]
    /// The parts of the standing orders, in order (one per section when the edition declares none).
    public var parts: [StandingOrdersPart]
    public var migration: Migration?
    /// The schema every expression was checked against.
    public var schema: RuleSchema
    /// The files the edition was loaded from (for locating diagnostics).
    public var files: [SourceFile]
    /// Where `edition.toml` is.
    public var span: SourceSpan

    /// An edition of these parts; the flattened rules are worked out here, once.
    init(
        schemaVersion: Int, id: String, title: String, published: TOMLDate?, supersedes: String?, ruleBook: String,
        validYears: ClosedRange<Int>?, agmDates: AGMDates?, isDraft: Bool, intro: String, sections: [Section],
        facts: [FactDefinition], posts: [NamedItem], votes: [NamedItem], approvals: [NamedItem],
        matters: [NamedItem], general: RuleSet, questions: [ReportQuestion], parts: [StandingOrdersPart],
        migration: Migration?, schema: RuleSchema, files: [SourceFile], span: SourceSpan
    ) {
        self.schemaVersion = schemaVersion
        self.id = id
        self.title = title
        self.published = published
        self.supersedes = supersedes
        self.ruleBook = ruleBook
        self.validYears = validYears
        self.agmDates = agmDates
        self.isDraft = isDraft
        self.intro = intro
        self.sections = sections
        self.facts = facts
        self.posts = posts
        self.votes = votes
        self.approvals = approvals
        self.matters = matters
        self.general = general
        self.questions = questions
        self.parts = parts
        self.migration = migration
        self.schema = schema
        self.files = files
        self.span = span
        allConstraints = general.constraints + sections.flatMap(\.rules.constraints)
        let derived = general.derived + sections.flatMap(\.rules.derived)
        allDerived = derived
        derivedInDependencyOrder = DerivedValue.dependencyOrder(derived)
        derivedPositions = Dictionary(
            derived.indices.map { (derived[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The section with `id`, if any.
    public func section(_ id: String) -> Section? {
        // By index: `first(where:)` would copy each section it passes over.
        sections.firstIndex { $0.id == id }.map { sections[$0] }
    }

    /// The title of the approving body `id` ("Regional Director ..."), or the id itself.
    public func approverTitle(_ id: String) -> String { approvals.first { $0.id == id }?.title ?? id }

    /// Every constraint: edition-wide first, then each section's in order.
    public let allConstraints: [Constraint]
    /// Every derived value, in declaration order: edition-wide first, then each section's.
    public let allDerived: [DerivedValue]
    /// Every derived value ordered so that each comes after those it reads (cycles are rejected at load).
    public let derivedInDependencyOrder: [DerivedValue]
    /// Where each derived id is in ``allDerived`` (the first, should one be defined twice).
    private let derivedPositions: [String: Int]

    /// The derived value `id`, if the edition defines one.
    public func derived(_ id: String) -> DerivedValue? {
        derivedPositions[id].map { allDerived[$0] }
    }

    /// Every clause: edition-wide first, then by section.
    public var allClauses: [Clause] { general.clauses + sections.flatMap(\.rules.clauses) }

    /// Every clause of a branch's standing orders, by section.
    public var allBranchClauses: [Clause] { general.branchClauses + sections.flatMap(\.rules.branchClauses) }

    /// Every schedule (standing-order table): edition-wide first, then by section.
    public var allSchedules: [Schedule] { general.schedules + sections.flatMap(\.rules.schedules) }
}

/// The AGMs an edition governs: those held from `from` to `until`, both days included, with the source of
/// the dates and the editions that govern the AGMs before and after.
public struct AGMDates: Sendable, Hashable {
    public var from: TOMLDate
    public var until: TOMLDate
    /// The edition for AGMs after `until`, if there is one.
    public var next: String?
    public var cite: String?

    public func contains(_ date: TOMLDate) -> Bool { from <= date && date <= until }
}

/// The constraints, derived values and clauses of one file (a section or `edition.toml`).
public struct RuleSet: Sendable {
    public var constraints: [Constraint] = []
    public var derived: [DerivedValue] = []
    public var clauses: [Clause] = []
    /// The clauses of a branch's standing orders (`scope = "branch"`), kept apart from the CLP's.
    public var branchClauses: [Clause] = []
    public var schedules: [Schedule] = []

    public init() {}
}

/// A declared id with a human title and optional citation: a vote or an approving body.
public struct NamedItem: Sendable, Hashable {
    public var id: String
    public var title: String
    public var summary: String?
    public var cite: String?
    public var span: SourceSpan
}
