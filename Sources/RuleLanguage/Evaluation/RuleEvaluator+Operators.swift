/// Evaluation of the infix operators (and of `.name` after a bracket or a call), with overflow and division
/// by zero reported, never trapped.
extension RuleEvaluationWalk {
    mutating func binaryValue(
        _ op: RuleBinaryOperator, _ left: RuleExpression, _ right: RuleExpression, range: Range<Int>
    ) throws(RuleEvaluationError) -> RuleValue {
        switch op {
        case .and:
            guard try boolean(left, for: "and") else { return .boolean(false) }
            return .boolean(try boolean(right, for: "and"))
        case .or:
            if try boolean(left, for: "or") { return .boolean(true) }
            return .boolean(try boolean(right, for: "or"))
        case .add, .subtract, .multiply, .divide:
            let lhs = try integer(left, for: op.spelling)
            let rhs = try integer(right, for: op.spelling)
            return .integer(try Self.arithmetic(op, lhs, rhs, range: range))
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            let lhs = try value(of: left)
            let rhs = try value(of: right)
            guard let order = Self.order(lhs, rhs) else {
                throw RuleEvaluationError(
                    .wrongTypes(
                        operation: op.spelling, expected: "integers or dates", found: [lhs.typeName, rhs.typeName]),
                    at: range)
            }
            switch op {
            case .less: return .boolean(order < 0)
            case .lessOrEqual: return .boolean(order <= 0)
            case .greater: return .boolean(order > 0)
            default: return .boolean(order >= 0)
            }
        case .equal, .notEqual:
            let equal = try value(of: left) == value(of: right)
            return .boolean(op == .equal ? equal : !equal)
        case .in, .notIn:
            let item = try value(of: left)
            let contains = try list(right, for: op.spelling).contains(item)
            return .boolean(op == .in ? contains : !contains)
        case .field:
            guard case .string(let name) = right.kind else { throw RuleEvaluationError(.invalidExpression, at: range) }
            return try Self.field(name, of: try value(of: left), owner: left.abbreviatedDescription, range: range)
        }
    }

    /// -1, 0 or 1 for two integers or two dates; `nil` for anything else.
    static func order(_ lhs: RuleValue, _ rhs: RuleValue) -> Int? {
        switch (lhs, rhs) {
        case (.integer(let a), .integer(let b)): a < b ? -1 : (a == b ? 0 : 1)
        case (.date(let a), .date(let b)): a < b ? -1 : (a == b ? 0 : 1)
        default: nil
        }
    }

    static func arithmetic(
        _ op: RuleBinaryOperator, _ lhs: Int, _ rhs: Int, range: Range<Int>
    ) throws(RuleEvaluationError) -> Int {
        let (result, overflow): (Int, Bool)
        switch op {
        case .add: (result, overflow) = lhs.addingReportingOverflow(rhs)
        case .subtract: (result, overflow) = lhs.subtractingReportingOverflow(rhs)
        case .multiply: (result, overflow) = lhs.multipliedReportingOverflow(by: rhs)
        default:
            guard rhs != 0 else { throw RuleEvaluationError(.divisionByZero(operation: "/"), at: range) }
            (result, overflow) = lhs.dividedReportingOverflow(by: rhs)
        }
        if overflow { throw RuleEvaluationError(.overflow(operation: op.spelling), at: range) }
        return result
    }
}
