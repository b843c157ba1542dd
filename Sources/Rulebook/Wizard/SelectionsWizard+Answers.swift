import RuleLanguage
import TOML

extension SelectionsWizard {
    /// Records `value` (nil: left out) as the answer to `question`, queueing any questions it leads to.
    mutating func take(_ value: RuleValue?, for question: WizardQuestion) -> [WizardOutput] {
        switch question.target {
        case .clpName: answers.clpName = Self.text(value)
        case .region: answers.region = Self.text(value)
        case .agmDate: if case .date(let date)? = value { answers.agmDate = date }
        case .fact(let id): answers.facts[id] = value
        case .keepList(let id):
            answers.facts[id] = value == .boolean(true) ? last.facts[id] : .list([])
            if let fact = edition.facts.first(where: { $0.id == id }) {
                queue.insert(addRecordQuestion(fact, first: value != .boolean(true)), at: 0)
            }
        case .addRecord(let id):
            guard value == .boolean(true), let fact = edition.facts.first(where: { $0.id == id }) else { return [] }
            record = []
            queue.insert(contentsOf: recordQuestions(fact) + [addRecordQuestion(fact, first: false)], at: 0)
        case .recordField(let fact, let field): return takeField(value, fact: fact, field: field)
        case .keepOfficers:
            answers.officers = value == .boolean(true) ? last.officers : []
            queue.insert(postQuestion, at: 0)
        case .keepGivenOfficers:
            if value == .boolean(false) { answers.officers = [] }
            queue.insert(postQuestion, at: 0)
            return value == .boolean(false) ? [] : [.text("  Add any more officers, or press Enter.")]
        case .officerPost: return takePost(value)
        case .officerName: officer.name = Self.text(value) ?? ""
        case .officerWoman: officer.woman = value == .boolean(true)
        case .officerJobShare: officer.jobShare = value == .boolean(true)
        case .officerUnionMember:
            officer.unionMember = value == .boolean(true)
            answers.officers = (answers.officers ?? []) + [officer]
            return [.text("  Added: " + postTitle(officer.post) + ", " + WizardQuestion.shown(officer.name) + ".")]
        case .choice(let section):
            var answer = answers.sections[section] ?? WizardAnswers.SectionAnswer()
            answer.options = Self.ids(value)
            answers.sections[section] = answer
        case .parameter(let section, let id):
            var answer = answers.sections[section] ?? WizardAnswers.SectionAnswer()
            answer.parameters[id] = value
            answers.sections[section] = answer
        case .approvalDate(let option, let body): return takeApproval(date: value, of: option, by: body)
        case .approvalReference: takeReference(value)
        case .applyFix(let index): return takeFix(value == .boolean(true), index: index)
        case .revisitFacts: return value == .boolean(true) ? revisitFacts() : []
        }
        return []
    }

    private mutating func takeApproval(date value: RuleValue?, of option: String, by body: String) -> [WizardOutput] {
        guard case .date(let date)? = value else { return [.text("  Noted: not approved yet.")] }
        approval = WizardAnswers.Approval(approves: option, by: body, date: date)
        queue.insert(
            WizardQuestion(
                "  Its reference (the letter's or minute's)", kind: .text, mayBeLeftOut: true,
                target: .approvalReference), at: 0)
        return []
    }

    private mutating func takeReference(_ value: RuleValue?) {
        guard var given = approval else { return }
        given.reference = Self.text(value)
        answers.approvals.removeAll { $0.approves == given.approves && $0.by == given.by }
        answers.approvals.append(given)
        approval = nil
    }

    /// Asks the AGM date and the facts (not the lists) again, then whether to keep the officers, then checks again.
    private mutating func revisitFacts() -> [WizardOutput] {
        shown.removeAll()
        let officers = answers.officers?.count ?? 0
        let keep = WizardQuestion(
            "Keep the \(officers) officer\(officers == 1 ? "" : "s") given so far", kind: .boolean,
            default: .boolean(true), target: .keepGivenOfficers)
        let date = WizardQuestion(
            "The date of the AGM", kind: .date, default: answers.agmDate.map(RuleValue.date), target: .agmDate)
        queue.insert(contentsOf: [date] + edition.facts.compactMap(factQuestion) + [keep], at: 0)
        // Checked again once they are answered, before going on.
        stage = resumeStage == .finalReview ? .finalReview : .baseline
        return [.heading("The AGM date and the facts")]
    }

    private mutating func takeField(_ value: RuleValue?, fact id: String, field: String) -> [WizardOutput] {
        if let value { record.append(RuleRecord.Field(name: field, value: value)) }
        guard let fact = edition.facts.first(where: { $0.id == id }), case .list(let fields) = fact.kind,
            fields.last?.id == field
        else { return [] }
        var items: [RuleValue] = []
        if case .list(let existing)? = answers.facts[id] { items = existing }
        let added = RuleValue.record(RuleRecord(fields: record))
        answers.facts[id] = .list(items + [added])
        record = []
        return [.text("  Added" + (Self.recordName(added).map { ": " + $0 } ?? "") + ".")]
    }

    private mutating func takePost(_ value: RuleValue?) -> [WizardOutput] {
        guard case .string(let post)? = value else {
            let count = answers.officers?.count ?? 0
            return [.text("  \(count) officer\(count == 1 ? "" : "s") in all.")]
        }
        officer = WizardAnswers.Officer(post: post, name: "", woman: false)
        let title = postTitle(post)
        queue.insert(
            contentsOf: [
                WizardQuestion("  \(title): name", kind: .text, target: .officerName),
                WizardQuestion(
                    "  A woman? (the rules on gender balance count women)", kind: .boolean, target: .officerWoman),
                WizardQuestion(
                    "  Does the post job-share with another person?", kind: .boolean, default: .boolean(false),
                    target: .officerJobShare),
                WizardQuestion(
                    "  Member of an affiliated trade union?", kind: .boolean, default: .boolean(false),
                    target: .officerUnionMember),
                postQuestion,
            ], at: 0)
        return []
    }

    private mutating func takeFix(_ accepted: Bool, index: Int) -> [WizardOutput] {
        guard accepted, offered.indices.contains(index) else { return [.text("  Left as it is.")] }
        let fix = offered[index]
        for edit in fix.edits { answers.apply(edit) }
        return [.text("  Done: " + describe(fix) + ".")]
    }

    static func text(_ value: RuleValue?) -> String? {
        if case .string(let text)? = value { text } else { nil }
    }

    static func ids(_ value: RuleValue?) -> [String] {
        switch value {
        case .string(let id)?: [id]
        case .list(let items)?: items.compactMap { if case .string(let id) = $0 { id } else { nil } }
        default: []
        }
    }
}
