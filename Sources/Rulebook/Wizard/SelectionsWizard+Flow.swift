import RuleLanguage
import TOML

extension SelectionsWizard {
    /// Queues the questions of the current stage (with what to show before them) and moves to the next.
    mutating func fill() -> [WizardOutput] {
        switch stage {
        case .identity:
            stage = .facts
            queue = [
                WizardQuestion(
                    "The CLP's name", kind: .text, default: last.clpName.map(RuleValue.string), target: .clpName),
                WizardQuestion(
                    "The party region", kind: .text, default: last.region.map(RuleValue.string), target: .region),
                WizardQuestion(
                    "The date of the AGM", kind: .date, default: last.agmDate.map(RuleValue.date), target: .agmDate),
            ]
            return [.heading("The CLP")]
        case .facts:
            stage = .list(0)
            queue = edition.facts.compactMap(factQuestion)
            return [.heading("Facts about the CLP"), .text("The rules read these: give this year's figures.")]
        case .list(let index): return fillList(index)
        case .officers: return fillOfficers()
        case .baseline: return baseline()
        case .section(let index): return fillSection(index)
        case .approvals(let index):
            stage = .parameters(index)
            queue = approvalQuestions(edition.sections[index])
            return []
        case .parameters(let index): return fillParameters(index)
        case .review(let index):
            stage = .section(index + 1)
            return review(section: edition.sections[index])
        case .finalReview: return finalReview()
        case .summary: return finish()
        case .done: return []
        }
    }

    /// A question for each fact that is not a list; nil for a list.
    func factQuestion(_ fact: FactDefinition) -> WizardQuestion? {
        let kind: WizardQuestion.Kind
        switch fact.kind {
        case .integer(let range): kind = .integer(range, unit: nil)
        case .boolean: kind = .boolean
        case .string: kind = .text
        case .date: kind = .date
        case .list: return nil
        }
        let known = answers.facts[fact.id] ?? last.facts[fact.id] ?? fact.defaultValue
        return WizardQuestion(
            fact.title, kind: kind, default: known, mayBeLeftOut: !fact.required, target: .fact(fact.id))
    }

    private var listFacts: [FactDefinition] {
        edition.facts.filter { if case .list = $0.kind { true } else { false } }
    }

    private mutating func fillList(_ index: Int) -> [WizardOutput] {
        let lists = listFacts
        guard lists.indices.contains(index) else {
            stage = .officers
            return []
        }
        stage = .list(index + 1)
        let fact = lists[index]
        if case .list(let items)? = last.facts[fact.id], !items.isEmpty {
            let names = items.compactMap(Self.recordName).prefix(6).joined(separator: ", ")
            queue = [
                WizardQuestion(
                    "Keep last year's \(items.count) (\(names)\(items.count > 6 ? ", ..." : ""))", kind: .boolean,
                    default: .boolean(true), target: .keepList(fact.id))
            ]
        } else {
            answers.facts[fact.id] = .list([])
            queue = [addRecordQuestion(fact, first: true)]
        }
        return [.heading(fact.title)]
    }

    func addRecordQuestion(_ fact: FactDefinition, first: Bool) -> WizardQuestion {
        WizardQuestion(
            first ? "Add an entry" : "Add another entry", kind: .boolean, default: .boolean(false),
            target: .addRecord(fact.id))
    }

    /// The questions for one record of `fact`, one per field.
    func recordQuestions(_ fact: FactDefinition) -> [WizardQuestion] {
        guard case .list(let fields) = fact.kind else { return [] }
        return fields.map { field in
            let kind: WizardQuestion.Kind =
                switch field.kind {
                case .integer(let range): .integer(range, unit: nil)
                case .boolean: .boolean
                case .date: .date
                case .string, .list: .text
                }
            return WizardQuestion(
                "  " + Self.capitalised(field.title), kind: kind, default: field.defaultValue,
                target: .recordField(fact: fact.id, field: field.id))
        }
    }

    static func capitalised(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    static func recordName(_ value: RuleValue) -> String? {
        guard case .record(let record) = value, case .string(let name)? = record.fields.first?.value else { return nil }
        return WizardQuestion.shown(name)
    }

    private mutating func fillOfficers() -> [WizardOutput] {
        stage = .baseline
        var out: [WizardOutput] = [
            .heading("Officers elected at the AGM"),
            .text(
                WizardText.wrap(
                    "Give each officer in turn: the post (its number or name), then the name. Press Enter at the"
                        + " post when everyone is in. Posts:", indent: "")),
            .text(edition.posts.enumerated().map { "  \($0.offset + 1). \($0.element.title)" }.joined(separator: "\n")),
        ]
        if let officers = last.officers, !officers.isEmpty {
            queue = [
                WizardQuestion(
                    "Keep last year's \(officers.count) officers", kind: .boolean, default: .boolean(true),
                    target: .keepOfficers)
            ]
            out.append(
                .text(
                    "Last year's officers:\n"
                        + officers.map { "  " + postTitle($0.post) + ": " + WizardQuestion.shown($0.name) }.joined(
                            separator: "\n")))
        } else {
            answers.officers = []
            queue = [postQuestion]
        }
        return out
    }

    var postQuestion: WizardQuestion {
        WizardQuestion(
            "Post of the next officer (Enter when done)", kind: .options(edition.posts.map(\.id), any: false),
            mayBeLeftOut: true, target: .officerPost)
    }

    func postTitle(_ id: String) -> String {
        edition.posts.first { $0.id == id }?.title ?? WizardQuestion.shown(id)
    }

    private mutating func fillSection(_ index: Int) -> [WizardOutput] {
        guard edition.sections.indices.contains(index) else {
            stage = .finalReview
            return []
        }
        stage = .approvals(index)
        let section = edition.sections[index]
        var out: [WizardOutput] = [
            .heading("Section \(index + 1) of \(edition.sections.count): " + section.title),
            .text(WizardText.wrap(WizardText.firstSentence(section.intro), indent: "")),
        ]
        guard section.choose != .none else {
            answers.sections[section.id] = answers.sections[section.id] ?? WizardAnswers.SectionAnswer(options: [])
            return out
        }
        let sentence = section.choose == .one ? "Choose one option:" : "Choose any of these options, or none:"
        out.append(
            .text(
                sentence + "\n"
                    + section.options.enumerated().map {
                        "  \($0.offset + 1). \($0.element.title)\n     \($0.element.summary)"
                    }
                    .joined(separator: "\n") + "\n  (Type ? for advice on every option, or ?2 for option 2's.)"))
        let ids = section.options.map(\.id)
        let chosen = answers.sections[section.id]?.options ?? last.sections[section.id]?.options ?? section.defaults
        let defaultValue: RuleValue? =
            section.choose == .one
            ? chosen.first.map(RuleValue.string) : .list(chosen.map(RuleValue.string))
        queue = [
            WizardQuestion(
                section.choose == .one ? "Your choice" : "Your choices",
                kind: .options(ids, any: section.choose == .any),
                default: defaultValue, target: .choice(section: section.id))
        ]
        return out
    }

    private mutating func fillParameters(_ index: Int) -> [WizardOutput] {
        stage = .review(index)
        let section = edition.sections[index]
        let bindings = evaluate(searchingFixes: false)?.bindings ?? RuleBindings()
        let evaluator = RuleEvaluator(bindings: bindings)
        let applying = section.parameters.filter { parameter in
            parameter.applies.map { evaluator.evaluate($0.expression).boolean == true } ?? true
        }
        queue = applying.map { parameter in
            let kind: WizardQuestion.Kind =
                switch parameter.kind {
                case .integer(let range): .integer(range, unit: parameter.unit)
                case .boolean: .boolean
                case .string: .text
                case .date: .date
                case .choice(let values): .choice(values)
                }
            let known =
                answers.sections[section.id]?.parameters[parameter.id]
                ?? last.sections[section.id]?.parameters[parameter.id] ?? parameter.suggestion(evaluator)
                ?? parameter.defaultValue
            return WizardQuestion(
                parameter.title, kind: kind, default: known,
                target: .parameter(section: section.id, id: parameter.id),
                advice: parameter.advice.isEmpty ? nil : parameter.advice)
        }
        return applying.isEmpty ? [] : [.text("Settings (press Enter to keep each one):")]
    }

    /// For each option chosen in `section` that needs approval, a question per approving body: the date it
    /// was given, or Enter when it has not been.
    private func approvalQuestions(_ section: Section) -> [WizardQuestion] {
        let chosen = answers.sections[section.id]?.options ?? []
        return section.options.filter { chosen.contains($0.id) }.flatMap { option in
            option.approvals.map { body in
                WizardQuestion(
                    "'\(option.title)' needs the approval of the \(edition.approverTitle(body)). The date it"
                        + " was given (Enter if not yet)", kind: .date, mayBeLeftOut: true,
                    target: .approvalDate(option: section.id + "." + option.id, body: body))
            }
        }
    }
}
