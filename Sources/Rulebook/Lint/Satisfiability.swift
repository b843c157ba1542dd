import RuleLanguage

/// A cheap, sound-for-"never" check: can a boolean expression ever hold, given the integer ranges the menu
/// declares for parameters and facts? Answers `false` only when it provably cannot; otherwise `true`.
///
/// Used by lint to find options whose `requires` can never hold, constraints that can never fire and
/// clauses that can never be emitted.
struct Satisfiability {
    /// Integer ranges by expression name: the declared range, or all 64-bit integers when none is declared
    /// (a value read from TOML is never outside them, so `x > 9223372036854775807` can never hold).
    let ranges: [String: ClosedRange<Int>]

    init(edition: Edition) {
        var ranges: [String: ClosedRange<Int>] = [:]
        for fact in edition.facts {
            if case .integer(let range) = fact.kind { ranges["facts." + fact.id] = range ?? Int.min...Int.max }
        }
        for parameter in edition.sections.flatMap(\.parameters) {
            if case .integer(let range) = parameter.kind {
                ranges[parameter.qualifiedName] = range ?? Int.min...Int.max
            }
        }
        self.ranges = ranges
    }

    /// Whether `expression` (or its negation) might hold.
    func canHold(_ expression: RuleExpression, negated: Bool = false) -> Bool {
        switch expression.kind {
        case .boolean(let value):
            return value != negated
        case .unary(.not, let operand):
            return canHold(operand, negated: !negated)
        case .binary(.and, let left, let right, _):
            return negated
                ? canHold(left, negated: true) || canHold(right, negated: true)
                : canHold(left) && canHold(right)
        case .binary(.or, let left, let right, _):
            return negated
                ? canHold(left, negated: true) && canHold(right, negated: true)
                : canHold(left) || canHold(right)
        case .binary(let op, let left, let right, _) where op.isComparison:
            return comparisonCanHold(op, left, right, negated: negated)
        default:
            return true
        }
    }

    private func comparisonCanHold(
        _ op: RuleBinaryOperator, _ left: RuleExpression, _ right: RuleExpression, negated: Bool
    ) -> Bool {
        let effective = negated ? Self.negate(op) : op
        if let name = left.pathName, let range = ranges[name], case .integer(let value) = right.kind {
            return Self.intervalAllows(effective, range: range, value: value)
        }
        if let name = right.pathName, let range = ranges[name], case .integer(let value) = left.kind {
            return Self.intervalAllows(Self.mirror(effective), range: range, value: value)
        }
        return true
    }

    /// Whether some x in `range` satisfies `x op value`.
    static func intervalAllows(_ op: RuleBinaryOperator?, range: ClosedRange<Int>, value: Int) -> Bool {
        switch op {
        case .equal?: range.contains(value)
        case .notEqual?: range.lowerBound != range.upperBound || range.lowerBound != value
        case .less?: range.lowerBound < value
        case .lessOrEqual?: range.lowerBound <= value
        case .greater?: range.upperBound > value
        case .greaterOrEqual?: range.upperBound >= value
        default: true
        }
    }

    static func negate(_ op: RuleBinaryOperator) -> RuleBinaryOperator? {
        switch op {
        case .equal: .notEqual
        case .notEqual: .equal
        case .less: .greaterOrEqual
        case .lessOrEqual: .greater
        case .greater: .lessOrEqual
        case .greaterOrEqual: .less
        case .in: .notIn
        case .notIn: .in
        default: nil
        }
    }

    /// `a op b` as `b op' a`.
    static func mirror(_ op: RuleBinaryOperator?) -> RuleBinaryOperator? {
        switch op {
        case .less?: .greater
        case .lessOrEqual?: .greaterOrEqual
        case .greater?: .less
        case .greaterOrEqual?: .lessOrEqual
        default: op
        }
    }
}
