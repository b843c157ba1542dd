import RuleLanguage

/// What changed about a rule (a constraint) between editions, in the words the booklet and `explain`
/// use for it: its message with the live values left out.
struct RuleComparer: Sendable {
    /// The migration map's renames, which do not count as a change to a rule that reads them.
    let renames: [String: String]
    /// The derived values of each edition by id, so a rule whose own words are unchanged but which reads
    /// a value now worked out differently is still a changed rule.
    let oldDerived: [String: DerivedValue]
    let newDerived: [String: DerivedValue]

    init(renames: [String: String], old: Edition, new: Edition) {
        self.renames = renames
        oldDerived = Dictionary(old.allDerived.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        newDerived = Dictionary(new.allDerived.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The rule in words: its message as ``ConstraintExplainer`` and the booklet show it, without a trailing
    /// ", not …" that only makes sense with this year's value.
    static func words(_ constraint: Constraint) -> String {
        var text = BookletBuilder.plainTemplate(constraint.message.text)
        for ending in [", not …", " (…)"] where text.hasSuffix(ending) {
            text.removeLast(ending.count)
        }
        while let last = text.last, last == "." || last == " " { text.removeLast() }
        return text
    }

    func compare(_ before: Constraint, _ after: Constraint) -> ItemComparison {
        var result = ItemComparison()
        if before.severity != after.severity {
            let tighter = after.severity == .error
            result.add(
                tighter ? "it is now an error (it was advice)" : "it is now advice only (it was an error)",
                tighter ? .tightened : .loosened)
        }
        switch (before.when, after.when) {
        case (nil, nil): break
        case (nil, _?): result.add("it now applies only in some cases", .loosened)
        case (_?, nil): result.add("it now applies in every case", .tightened)
        case (let was?, let now?):
            if FigureChange.compare(was.expression, now.expression, renames: renames) != .same {
                result.add("the cases it applies to changed")
            }
        }
        switch FigureChange.compare(before.require.expression, after.require.expression, renames: renames) {
        case .same: break
        case .figure(let figure): result.figure(figure.old, figure.new, figure.direction)
        case .other: result.add("what it requires changed")
        }
        for title in changedValues(read: after.require.expression) {
            result.add("a value it reads is now worked out differently: \(title)")
        }
        return result
    }

    /// The titles of the derived values `expression` reads that each edition works out differently.
    private func changedValues(read expression: RuleExpression) -> [String] {
        var titles: [String] = []
        expression.forEachNode { node in
            guard let name = node.pathName, let now = newDerived[name], let was = oldDerived[name] else { return }
            let same = FigureChange.compare(was.value.expression, now.value.expression, renames: renames) == .same
            if !same, !titles.contains(now.title) { titles.append(now.title) }
        }
        return titles
    }
}
