/// Plain explanations of why a constraint is false, with the live values, e.g.
/// "governance.meetings_per_year (= 6) must be at least 8".
extension RuleEvaluator {
    /// Explains why `expression` (which evaluated to `false`) failed.
    ///
    /// Comparisons name both sides with their values; for `and` the first failing part is explained; for
    /// `or` every part is; a yes/no name says which answer was needed. Anything else gives
    /// "the expression is false".
    ///
    /// - Parameters:
    ///   - expression: The failed expression.
    ///   - source: The text it was parsed from, to quote its parts.
    public func explainFailure(of expression: RuleExpression, source: RuleSource) -> String {
        explanation(of: expression, source: source) ?? "the expression is false"
    }

    private func explanation(of expression: RuleExpression, source: RuleSource) -> String? {
        switch expression.kind {
        case .binary(.and, let left, let right, _):
            for part in [left, right] where evaluate(part).boolean == false {
                return explanation(of: part, source: source) ?? "'\(source.slice(part.range))' is false"
            }
            return nil
        case .binary(.or, _, _, _):
            let parts = alternatives(expression).map {
                explanation(of: $0, source: source) ?? "'\(source.slice($0.range))' would be true"
            }
            return "one of these must hold: " + parts.joined(separator: "; or ")
        case .binary(let op, let left, let right, _) where op.isComparison:
            return comparison(op, left, right, source: source)
        case .path, .binary(.field, _, _, _):
            return "\(source.slice(expression.range)) must be yes"
        case .unary(.not, let operand) where operand.pathName != nil:
            return "\(source.slice(operand.range)) must be no"
        default:
            return nil
        }
    }

    /// The operands of a chain of `or`, left to right.
    private func alternatives(_ expression: RuleExpression) -> [RuleExpression] {
        if case .binary(.or, let left, let right, _) = expression.kind {
            return alternatives(left) + alternatives(right)
        }
        return [expression]
    }

    private func comparison(
        _ op: RuleBinaryOperator, _ left: RuleExpression, _ right: RuleExpression, source: RuleSource
    ) -> String {
        let leftValue = evaluate(left).value
        let rightValue = evaluate(right).value
        if op == .in || op == .notIn, left.isLiteral, !right.isLiteral {
            let verb = op == .in ? "must include" : "must not include"
            return "\(operand(right, rightValue, source)) \(verb) \(operand(left, leftValue, source))"
        }
        let isDate: Bool
        if case .date? = leftValue { isDate = true } else { isDate = false }
        return
            "\(operand(left, leftValue, source)) \(Self.phrase(op, dates: isDate)) \(operand(right, rightValue, source))"
    }

    private static func phrase(_ op: RuleBinaryOperator, dates: Bool) -> String {
        switch op {
        case .equal: "must be"
        case .notEqual: "must not be"
        case .less: dates ? "must be before" : "must be less than"
        case .lessOrEqual: dates ? "must be on or before" : "must be at most"
        case .greater: dates ? "must be after" : "must be more than"
        case .greaterOrEqual: dates ? "must be on or after" : "must be at least"
        case .in: "must be one of"
        case .notIn: "must not be one of"
        default: "must be " + op.spelling
        }
    }

    /// A literal as written; anything else as written plus its value: `quorum (= 5)`.
    private func operand(_ expression: RuleExpression, _ value: RuleValue?, _ source: RuleSource) -> String {
        let text = source.slice(expression.range)
        guard !expression.isLiteral, let value else { return text }
        return "\(text) (= \(RuleValueFormatter.quoted(value)))"
    }
}
