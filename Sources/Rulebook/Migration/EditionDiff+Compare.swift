import RuleLanguage

/// What changed about one section, option, setting, fact, post or report question, in words.
struct ItemComparer: Sendable {
    let old: Edition
    let new: Edition
    let links: MigrationLinks

    func section(_ before: Section, _ after: Section) -> ItemComparison {
        var result = ItemComparison()
        result.compare(Self.choiceWords(before.choose), Self.choiceWords(after.choose), "the choice")
        // The old defaults by the ids they have in the newer edition, so a renamed default is no change.
        let carried = before.defaults.map { id in
            links.link(for: before.id + "." + id)?.to.map { String($0.split(separator: ".").last ?? "") } ?? id
        }
        if carried != after.defaults {
            let titles = { (section: Section) -> String? in
                let titles = section.defaults.map { id in section.option(id)?.title ?? id }
                return titles.isEmpty ? nil : titles.joinedAsList()
            }
            result.compare(titles(before), titles(after), "the default")
        }
        return result
    }

    func option(_ before: Option, _ after: Option) -> ItemComparison {
        var result = ItemComparison()
        for body in after.approvals where !before.approvals.contains(body) {
            result.add("it now needs approval from the \(new.approverTitle(body))", .tightened)
        }
        for body in before.approvals where !after.approvals.contains(body) {
            result.add("it no longer needs approval from the \(old.approverTitle(body))", .loosened)
        }
        result.add(condition(before.requires, after.requires, "when it can be chosen"))
        result.add(condition(before.excludes, after.excludes, "what rules it out"))
        result.compare(
            before.availableFrom.map(RuleValueFormatter.date), after.availableFrom.map(RuleValueFormatter.date),
            "the first AGM date it can be chosen from")
        return result
    }

    func parameter(_ before: Parameter, _ after: Parameter) -> ItemComparison {
        var result = ItemComparison()
        switch (before.kind, after.kind) {
        case (.integer(let was), .integer(let now)):
            let direction = Self.rangeDirection(was, now)
            result.compare(
                BookletBuilder.allowed(before), BookletBuilder.allowed(after), "what it can be", direction: direction)
        case (.choice(let was), .choice(let now)):
            let added = now.filter { !was.contains($0) }.map { "'\($0)'" }
            let removed = was.filter { !now.contains($0) }.map { "'\($0)'" }
            if !added.isEmpty { result.add("it can now also be " + added.joinedAsList("or"), .loosened) }
            if !removed.isEmpty { result.add("it can no longer be " + removed.joinedAsList("or"), .tightened) }
        default:
            result.compare(BookletBuilder.allowed(before), BookletBuilder.allowed(after), "what it can be")
        }
        result.compare(BookletBuilder.defaultText(before), BookletBuilder.defaultText(after), "the default")
        result.add(condition(before.applies, after.applies, "when it is asked"))
        return result
    }

    func fact(_ before: FactDefinition, _ after: FactDefinition) -> ItemComparison {
        var result = ItemComparison()
        switch (before.kind, after.kind) {
        case (.integer(let was), .integer(let now)):
            result.compare(
                Self.rangeWords(was), Self.rangeWords(now), "what it can be", direction: Self.rangeDirection(was, now))
        case (.list(let was), .list(let now)):
            result.compare(was.map(\.id).joinedAsList(), now.map(\.id).joinedAsList(), "what each record holds")
        default:
            result.compare(Self.kindWords(before.kind), Self.kindWords(after.kind), "what it holds")
        }
        if before.required != after.required {
            result.add(after.required ? "it must now be given" : "it may now be left out", nil)
        }
        result.compare(
            before.defaultValue.map(RuleValueFormatter.text), after.defaultValue.map(RuleValueFormatter.text),
            "the value used when it is left out")
        return result
    }

    /// A post is its id and title; a new title alone is a rewording, so nothing else is compared.
    func post(_ before: NamedItem, _ after: NamedItem) -> ItemComparison { ItemComparison() }

    func question(_ before: ReportQuestion, _ after: ReportQuestion) -> ItemComparison {
        var result = ItemComparison()
        if before.text != after.text { result.add("it used to ask: \(before.text)") }
        result.compare(Self.answerWords(before.kind), Self.answerWords(after.kind), "the answer")
        if before.required != after.required {
            result.add(after.required ? "an answer is now required" : "an answer is now optional", nil)
        }
        return result
    }

    /// A changed condition, named by the titles of what it now reads.
    private func condition(_ before: CompiledExpression?, _ after: CompiledExpression?, _ what: String)
        -> ItemComparison
    {
        var result = ItemComparison()
        switch (before, after) {
        case (nil, nil): return result
        case (let was?, let now?):
            guard FigureChange.compare(was.expression, now.expression, renames: links.expressionRenames) != .same
            else { return result }
        default: break
        }
        guard let after else {
            result.add("\(what) no longer depends on anything (it did on \(titles(before, in: old)))")
            return result
        }
        result.add("\(what) changed: it now depends on \(titles(after, in: new))")
        return result
    }

    private func titles(_ expression: CompiledExpression?, in edition: Edition) -> String {
        expression.map { ReadableNames.titles(in: $0.expression, of: edition) } ?? "nothing"
    }

    // MARK: - Words

    static func choiceWords(_ mode: Section.ChoiceMode) -> String {
        switch mode {
        case .one: "one option"
        case .any: "any number of options"
        case .none: "no options, only settings"
        }
    }

    static func rangeWords(_ range: ClosedRange<Int>?) -> String {
        range.map { "\($0.lowerBound) to \($0.upperBound)" } ?? "any whole number"
    }

    static func kindWords(_ kind: FactDefinition.Kind) -> String {
        switch kind {
        case .integer(let range): rangeWords(range)
        case .boolean: "yes or no"
        case .string: "text"
        case .date: "a date"
        case .list: "a list of records"
        }
    }

    static func answerWords(_ kind: ReportQuestion.Kind) -> String {
        switch kind {
        case .text: "text"
        case .integer: "a whole number"
        case .boolean: "yes or no"
        case .rating: "a rating from 1 to 5"
        case .choice(let choices): "one of " + choices.joinedAsList("or")
        }
    }

    /// A range inside the old one tightened; one holding the old one loosened; one that moved, neither.
    static func rangeDirection(_ was: ClosedRange<Int>?, _ now: ClosedRange<Int>?) -> EditionChange.Direction? {
        switch (was, now) {
        case (nil, _?): return .tightened
        case (_?, nil): return .loosened
        case (let was?, let now?):
            if was.lowerBound <= now.lowerBound && now.upperBound <= was.upperBound { return .tightened }
            if now.lowerBound <= was.lowerBound && was.upperBound <= now.upperBound { return .loosened }
            return nil
        case (nil, nil): return nil
        }
    }
}
