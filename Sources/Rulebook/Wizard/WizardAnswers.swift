import RuleLanguage
import TOML

/// What a secretary has told the wizard so far: the CLP's identity, the AGM date, the facts, the officers
/// and each section answered. Sections not yet answered are absent, so the menu's defaults apply to them.
public struct WizardAnswers: Sendable {
    /// One officer elected at the AGM.
    public struct Officer: Sendable, Equatable {
        public var post: String
        public var name: String
        public var woman: Bool
        public var jobShare: Bool = false
        public var unionMember: Bool = false

        public init(post: String, name: String, woman: Bool, jobShare: Bool = false, unionMember: Bool = false) {
            self.post = post
            self.name = name
            self.woman = woman
            self.jobShare = jobShare
            self.unionMember = unionMember
        }
    }

    /// One section's answers: the options chosen (nil: not yet chosen) and the settings given.
    public struct SectionAnswer: Sendable, Equatable {
        public var options: [String]?
        public var parameters: [String: RuleValue] = [:]

        public init(options: [String]? = nil, parameters: [String: RuleValue] = [:]) {
            self.options = options
            self.parameters = parameters
        }
    }

    /// An approval received for a chosen option: which body gave it, when, and its reference.
    public struct Approval: Sendable, Equatable {
        /// `section.option`.
        public var approves: String
        /// The approving body's id.
        public var by: String
        public var date: TOMLDate
        public var reference: String?

        public init(approves: String, by: String, date: TOMLDate, reference: String? = nil) {
            self.approves = approves
            self.by = by
            self.date = date
            self.reference = reference
        }
    }

    public var clpName: String?
    public var region: String?
    public var agmDate: TOMLDate?
    /// Fact values by id; a list fact holds a list of records.
    public var facts: [String: RuleValue] = [:]
    public var officers: [Officer]?
    /// Answers by section id.
    public var sections: [String: SectionAnswer] = [:]
    /// Approvals received this year (last year's never count for this one, so they are not carried over).
    public var approvals: [Approval] = []
    /// The CLP's own clauses (`[[local_addition]]`): last year's are carried over as written, unasked.
    public var localAdditions: [LocalAddition] = []

    /// A clause the CLP adds in its own words, under a part of the standing orders.
    public struct LocalAddition: Sendable, Hashable {
        public var topic: String
        public var text: String

        public init(topic: String, text: String) {
            self.topic = topic
            self.text = text
        }
    }

    public init() {}

    /// Last year's file as answers, with its AGM date moved to `year` (29 February to the 28th when `year`
    /// has none): the defaults of a wizard started `--from` it.
    public init(last: Selections, year: Int) {
        clpName = last.clpName?.value
        region = last.region?.value
        if let date = last.agmDate?.value {
            let day = min(date.day, TOMLDate.daysInMonth(year: year, month: date.month))
            agmDate = TOMLDate(year: year, month: date.month, day: day)
        }
        facts = last.facts.mapValues(\.value)
        localAdditions = last.localAdditions.map { LocalAddition(topic: $0.topic.value, text: $0.text.value) }
        officers = last.officers.map {
            Officer(post: $0.post, name: $0.name, woman: $0.woman, jobShare: $0.jobShare, unionMember: $0.unionMember)
        }
        for (id, choice) in last.choices {
            sections[id] = SectionAnswer(
                options: choice.usedDefault ? nil : choice.options.map(\.value),
                parameters: choice.parameters.mapValues(\.value))
        }
    }

    /// Applies one change the fix search proposed.
    mutating func apply(_ edit: FixSearch.Edit) {
        var answer = sections[edit.section] ?? SectionAnswer()
        switch (edit.key, edit.value) {
        case ("option", .string(let id)): answer.options = [id]
        case ("options", .list(let items)):
            answer.options = items.compactMap { if case .string(let id) = $0 { id } else { nil } }
        default: answer.parameters[edit.key] = edit.value
        }
        sections[edit.section] = answer
    }
}
