import Diagnostics
import RuleLanguage

extension YearReport {
    /// The report on `year`.
    ///
    /// - Parameters:
    ///   - year: this year's evaluation, valid or not.
    ///   - last: last year's evaluation (with its own edition), for the changes; nil for none.
    ///   - feedback: the secretary's answers (``FeedbackLoader``), or nil.
    ///   - generator: the clpconf version and the time, from the caller.
    public init(_ year: YearEvaluation, last: YearEvaluation? = nil, feedback: Feedback? = nil, generator: Generator) {
        self.generator = generator
        self.feedback = feedback
        let selections = year.selections
        file = year.text.path
        clpName = selections?.clpName?.value
        region = selections?.region?.value
        self.year = selections?.year?.value
        agmDate = selections?.agmDate?.value.description
        editionID = year.edition.id
        editionTitle = year.edition.title
        editionDigest = year.editionDigest
        // The loader fills in a fact's default; the file's own [facts] table says whether it was written.
        let written = year.text.document.root["facts"]?.table
        facts = year.edition.facts.map { fact in
            Fact(
                id: fact.id, title: fact.title, value: selections?.facts[fact.id]?.value ?? fact.defaultValue,
                isDefault: written?[fact.id] == nil)
        }
        valid = year.isValid
        sections = year.edition.sections.map { Self.entry($0, in: year) }
        derived = year.derived.map {
            Derived(id: $0.id, title: $0.definition.title, value: $0.value, because: $0.because)
        }
        problems = Self.problems(year)
        approvalPeriod = year.approvals?.period.map {
            Period(from: $0.from.description, to: $0.lastDay.description)
        }
        approvals = (year.approvals?.needs ?? []).map {
            Approval(
                approves: $0.approves, by: $0.by, status: $0.status,
                date: $0.record.map { $0.date.value.description }, reference: $0.record?.reference)
        }
        adoptions = selections?.adoptions ?? []
        localAdditions = (selections?.localAdditions ?? []).map {
            LocalAddition(topic: $0.topic.value, text: $0.text.value, characters: $0.text.value.count)
        }
        lastYear = last.map { last in
            LastYear(
                file: last.text.path, year: last.selections?.year?.value, editionID: last.edition.id,
                changes: ChoiceChange.between(last, year).map {
                    Change(name: $0.name, title: $0.title, before: $0.before, after: $0.after)
                })
        }
    }

    private static func entry(_ section: Section, in year: YearEvaluation) -> SectionEntry {
        let choice = year.selections?.choices[section.id]
        let options: [ChosenOption]? = section.choiceName.map { name in
            let ids: [String] =
                switch year.bindings[name] {
                case .string(let id): [id]
                case .list(let items):
                    items.compactMap {
                        if case .string(let id) = $0 { id } else { nil }
                    }
                default: []
                }
            return ids.map { ChosenOption(id: $0, title: section.option($0)?.title ?? $0) }
        }
        let evaluator = RuleEvaluator(bindings: year.bindings)
        let settings = section.parameters.map { parameter in
            Setting(
                name: parameter.qualifiedName, title: parameter.title, value: year.bindings[parameter.qualifiedName],
                unit: parameter.unit, isDefault: choice?.parameters[parameter.id] == nil,
                applies: parameter.applies.map { evaluator.evaluate($0.expression).boolean != false } ?? true)
        }
        return SectionEntry(
            id: section.id, title: section.title, options: options, optionsAreDefault: choice?.usedDefault ?? true,
            settings: settings)
    }

    /// Every diagnostic, each located by line and column when it points into one of the year's files.
    private static func problems(_ year: YearEvaluation) -> [Problem] {
        let files = year.files
        var converters: [String: SourceLocationConverter] = [:]
        return year.diagnostics.map { diagnostic in
            var problem = Problem(
                code: diagnostic.code, severity: diagnostic.severity, message: diagnostic.message)
            guard let span = diagnostic.location, let source = files.first(where: { $0.path == span.file }) else {
                return problem
            }
            let converter = converters[span.file] ?? SourceLocationConverter(text: source.text)
            converters[span.file] = converter
            let location = converter.location(of: span.range.lowerBound)
            problem.file = span.file
            problem.line = location.line
            problem.column = location.column
            return problem
        }
    }
}
