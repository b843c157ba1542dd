import RuleLanguage

/// The values a rule reads, named the way the menu names them for people: by title, with this year's
/// value in words, never by an internal id or the rule's own syntax.
///
/// It gives the generic explanation of a constraint the menu wrote no `because` for, and the words of a
/// failed option requirement or a setting that does not apply.
struct ReadableNames {
    let edition: Edition
    let bindings: RuleBindings

    /// "the rule is not met with these values: Meetings per year, 6; the year this file covers, 2026".
    ///
    /// For `a and b` only the first part that fails is described; for anything else, every value it reads.
    func explanation(of expression: RuleExpression) -> String {
        let phrases = values(in: failingPart(of: expression)).map { "\(title(of: $0.name)), \($0.words)" }
        guard !phrases.isEmpty else { return "the rule is not met with this year's choices" }
        return "the rule is not met with these values: " + phrases.joined(separator: "; ")
    }

    /// Why an option's exclusion holds: the values it reads.
    func exclusion(_ expression: RuleExpression) -> String {
        let phrases = values(in: expression).map { "\(title(of: $0.name)), \($0.words)" }
        guard !phrases.isEmpty else { return "the menu rules it out with this year's choices" }
        return "the menu rules it out with these values: " + phrases.joined(separator: "; ")
    }

    /// What a setting's `applies` reads, by title with this year's value: "the choice of Governance (All-member meetings)".
    func dependence(on expression: RuleExpression) -> String {
        let phrases = values(in: expression).map { "\(title(of: $0.name)) (now \($0.words))" }
        return phrases.isEmpty ? "other choices" : RuleValueFormatter.series(phrases)
    }

    /// The names and values `expression` reads, each once, in the order written: the names that have a
    /// value here (fields read inside `where` belong to each item, so they are left out).
    func values(in expression: RuleExpression) -> [(name: String, words: String)] {
        var seen = Set<String>()
        var result: [(name: String, words: String)] = []
        let evaluator = RuleEvaluator(bindings: bindings)
        expression.forEachNode { node in
            guard let name = node.pathName, seen.insert(name).inserted, result.count < 12 else { return }
            guard let value = evaluator.evaluate(node, tracesReads: false).value else { return }
            result.append((name, words(for: value, of: name)))
        }
        return result
    }

    /// The titles of what `expression` reads, with no values: "the choice of Meetings and Individual members".
    static func titles(in expression: RuleExpression, of edition: Edition) -> String {
        let names = ReadableNames(edition: edition, bindings: RuleBindings())
        var seen = Set<String>()
        var titles: [String] = []
        expression.forEachNode { node in
            guard let name = node.pathName else { return }
            let title = names.title(of: name)
            // A bare field read inside `where` has no title of its own: its list's title names it.
            guard title != name || name.contains("."), seen.insert(title).inserted else { return }
            titles.append(title)
        }
        return titles.isEmpty ? "other choices" : RuleValueFormatter.series(titles)
    }

    /// The part of `expression` that is false: the first failing operand of `and`, followed down.
    private func failingPart(of expression: RuleExpression) -> RuleExpression {
        guard case .binary(.and, let left, let right, _) = expression.kind else { return expression }
        let evaluator = RuleEvaluator(bindings: bindings)
        for part in [left, right] where evaluator.evaluate(part, tracesReads: false).boolean == false {
            return failingPart(of: part)
        }
        return expression
    }

    /// What the menu calls `name`: a fact's, setting's, vote's or derived value's title.
    func title(of name: String) -> String {
        let parts = name.split(separator: ".").map(String.init)
        guard let root = parts.first else { return name }
        switch root {
        case "year": return "the year this file covers"
        case "agm": return "the AGM date"
        case "clp": return "the CLP's " + (parts.count > 1 ? parts[1] : "name")
        case "officers": return "the officers elected"
        case "facts":
            guard parts.count > 1, let fact = edition.facts.first(where: { $0.id == parts[1] }) else { return name }
            return parts.count > 2 ? "\(fact.title) (\(parts[2...].joined(separator: " ")))" : fact.title
        case "votes":
            guard parts.count > 1, let vote = edition.votes.first(where: { $0.id == parts[1] }) else { return name }
            switch parts.count > 2 ? parts[2] : "" {
            case "for": return "votes for (\(vote.title))"
            case "against": return "votes against (\(vote.title))"
            case "recorded": return "whether a vote is recorded (\(vote.title))"
            default: return vote.title
            }
        case "approvals":
            guard parts.count > 1, let approval = edition.approvals.first(where: { $0.id == parts[1] }) else {
                return name
            }
            return "approval from the \(approval.title)"
        default:
            if let derived = edition.derived(name) { return derived.title }
            guard let section = edition.section(root), parts.count > 1 else { return name }
            if parts[1] == "option" || parts[1] == "options" { return "the choice of \(section.title)" }
            return section.parameter(parts[1])?.title ?? name
        }
    }

    /// A value in words; a section's choice by its options' titles, an approval as recorded or not.
    func words(for value: RuleValue, of name: String) -> String {
        let parts = name.split(separator: ".").map(String.init)
        if parts.first == "approvals", case .boolean(let given) = value {
            return given ? "recorded" : "none recorded"
        }
        if parts.count == 2, parts[1] == "option" || parts[1] == "options", let section = edition.section(parts[0]) {
            let ids: [String] =
                switch value {
                case .string(let id): [id]
                case .list(let items): items.compactMap { if case .string(let id) = $0 { id } else { nil } }
                default: []
                }
            let titles = ids.map { id in section.option(id)?.title ?? id }
            return titles.isEmpty ? "none" : RuleValueFormatter.series(titles)
        }
        if case .list(let items) = value {
            if items.isEmpty { return "none" }
            if items.contains(where: { if case .record = $0 { true } else { false } }) {
                return items.count == 1 ? "1 entry" : "\(items.count) entries"
            }
        }
        return RuleValueFormatter.text(value)
    }
}
