/// What changed about a rule (a constraint) between editions, in the words the booklet and `explain`
/// use for it: its message with the live values left out.
enum RuleComparer {
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

    static func compare(_ before: Constraint, _ after: Constraint) -> ItemComparison {
        var result = ItemComparison()
        if before.severity != after.severity {
            let tighter = after.severity == .error
            result.add(
                tighter ? "it is now an error (it was advice)" : "it is now advice only (it was an error)",
                tighter ? .tightened : .loosened)
        }
        if before.when?.expression.description != after.when?.expression.description {
            switch (before.when, after.when) {
            case (nil, _?): result.add("it now applies only in some cases", .loosened)
            case (_?, nil): result.add("it now applies in every case", .tightened)
            default: result.add("the cases it applies to changed")
            }
        }
        if before.require.expression.description != after.require.expression.description {
            if let figure = FigureChange.between(before.require.expression, after.require.expression) {
                result.figure(figure.old, figure.new, figure.direction)
            } else {
                result.add("what it requires changed")
            }
        }
        return result
    }
}
