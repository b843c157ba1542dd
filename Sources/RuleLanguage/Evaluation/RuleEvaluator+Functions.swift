import TOML

/// Evaluation of the built-in functions (``RuleFunction/all``), of `f(LIST where CONDITION)` and of
/// `(LIST where CONDITION)`.
extension RuleEvaluationWalk {
    mutating func callValue(
        _ name: String, _ arguments: [RuleExpression], range: Range<Int>
    ) throws(RuleEvaluationError) -> RuleValue {
        guard let function = RuleFunction.named(name), function.arity.contains(arguments.count) else {
            throw RuleEvaluationError(.invalidExpression, at: range)
        }
        switch name {
        case "count":
            return .integer(try list(arguments[0], for: name).count)
        case "distinct":
            var seen: Set<RuleValue> = []
            return .list(try list(arguments[0], for: name).filter { seen.insert($0).inserted })
        case "any", "all":
            let values = try booleans(try list(arguments[0], for: name), for: name, range: range)
            return .boolean(name == "any" ? values.contains(true) : !values.contains(false))
        case "sum":
            var total = 0
            for value in try integers(try list(arguments[0], for: name), for: name, range: range) {
                let (next, overflow) = total.addingReportingOverflow(value)
                if overflow { throw RuleEvaluationError(.overflow(operation: name), at: range) }
                total = next
            }
            return .integer(total)
        case "min", "max":
            return .integer(try extreme(name, arguments, range: range))
        case "len":
            switch try value(of: arguments[0]) {
            case .string(let text): return .integer(text.count)
            case .list(let items): return .integer(items.count)
            case let other:
                throw RuleEvaluationError(
                    .wrongTypes(operation: name, expected: "a string or a list", found: [other.typeName]), at: range)
            }
        case "days_between", "clear_days":
            let first = try date(arguments[0], for: name)
            let second = try date(arguments[1], for: name)
            let (days, overflow) = second.daysSinceEpoch.subtractingReportingOverflow(first.daysSinceEpoch)
            if overflow { throw RuleEvaluationError(.overflow(operation: name), at: range) }
            // Clear days count neither date: a fee paid 35 days before the AGM leaves 34 clear days.
            return .integer(name == "clear_days" ? max(days - 1, 0) : days)
        case "month_name", "weekday", "nth_in_month", "last_in_month":
            return Self.calendarValue(name, of: try date(arguments[0], for: name))
        case "join", "join_or", "plural", "percent_text", "thousands":
            return try wordValue(name, arguments, range: range)
        case "ceil_div":
            return .integer(
                try Self.ceilingDivision(
                    try integer(arguments[0], for: name), try integer(arguments[1], for: name), range: range))
        default:
            return .integer(
                try Self.percent(
                    try integer(arguments[0], for: name), try integer(arguments[1], for: name), range: range))
        }
    }

    mutating func filterValue(
        _ name: String, list listExpression: RuleExpression, predicate: RuleExpression, range: Range<Int>
    ) throws(RuleEvaluationError) -> RuleValue {
        let items = try list(listExpression, for: name)
        var count = 0
        for item in items {
            let matches = try holds(predicate, for: item, of: listExpression)
            if name == "any", matches { return .boolean(true) }
            if name == "all", !matches { return .boolean(false) }
            if matches { count += 1 }
        }
        switch name {
        case "any": return .boolean(false)
        case "all": return .boolean(true)
        case "count": return .integer(count)
        default: throw RuleEvaluationError(.invalidExpression, at: range)
        }
    }

    /// The items of the list for which the predicate holds, in order.
    mutating func filteredValue(
        list listExpression: RuleExpression, predicate: RuleExpression
    ) throws(RuleEvaluationError) -> RuleValue {
        var kept: [RuleValue] = []
        for item in try list(listExpression, for: "where") {
            if try holds(predicate, for: item, of: listExpression) { kept.append(item) }
        }
        return .list(kept)
    }

    // MARK: - Helpers

    /// Whether `predicate` holds with the fields of `item`, a record of `listExpression`, in scope.
    private mutating func holds(
        _ predicate: RuleExpression, for item: RuleValue, of listExpression: RuleExpression
    ) throws(RuleEvaluationError) -> Bool {
        guard case .record(let record) = item else {
            throw RuleEvaluationError(
                .wrongTypes(operation: "where", expected: "a list of records", found: [item.typeName]),
                at: listExpression.range)
        }
        scopes.append(Scope(record: record, owner: listExpression.pathName ?? "the list"))
        defer { scopes.removeLast() }
        return try boolean(predicate, for: "where")
    }

    private mutating func extreme(
        _ name: String, _ arguments: [RuleExpression], range: Range<Int>
    ) throws(RuleEvaluationError) -> Int {
        var values: [Int] = []
        if arguments.count == 1, case .list(let items) = try value(of: arguments[0]) {
            values = try integers(items, for: name, range: range)
        } else {
            for argument in arguments { values.append(try integer(argument, for: name)) }
        }
        guard let result = name == "min" ? values.min() : values.max() else {
            throw RuleEvaluationError(.emptyAggregate(function: name), at: range)
        }
        return result
    }

    private mutating func date(_ expression: RuleExpression, for operation: String) throws(RuleEvaluationError)
        -> TOMLDate
    {
        let found = try value(of: expression)
        guard case .date(let date) = found else {
            throw RuleEvaluationError(
                .wrongTypes(operation: operation, expected: "dates", found: [found.typeName]), at: expression.range)
        }
        return date
    }

    private func integers(_ values: [RuleValue], for operation: String, range: Range<Int>) throws(RuleEvaluationError)
        -> [Int]
    {
        var result: [Int] = []
        result.reserveCapacity(values.count)
        for value in values {
            guard case .integer(let number) = value else {
                throw RuleEvaluationError(
                    .wrongTypes(operation: operation, expected: "a list of integers", found: [value.typeName]),
                    at: range)
            }
            result.append(number)
        }
        return result
    }

    private func booleans(_ values: [RuleValue], for operation: String, range: Range<Int>) throws(RuleEvaluationError)
        -> [Bool]
    {
        var result: [Bool] = []
        result.reserveCapacity(values.count)
        for value in values {
            guard case .boolean(let flag) = value else {
                throw RuleEvaluationError(
                    .wrongTypes(operation: operation, expected: "a list of booleans", found: [value.typeName]),
                    at: range)
            }
            result.append(flag)
        }
        return result
    }

    /// `a / b` rounded towards positive infinity.
    static func ceilingDivision(_ lhs: Int, _ rhs: Int, range: Range<Int>) throws(RuleEvaluationError) -> Int {
        guard rhs != 0 else { throw RuleEvaluationError(.divisionByZero(operation: "ceil_div"), at: range) }
        let (quotient, overflow) = lhs.dividedReportingOverflow(by: rhs)
        if overflow { throw RuleEvaluationError(.overflow(operation: "ceil_div"), at: range) }
        let remainder = lhs - quotient * rhs
        guard remainder != 0, (remainder > 0) == (rhs > 0) else { return quotient }
        return quotient + 1
    }

    /// `part * 100 / whole` rounded towards negative infinity.
    static func percent(_ part: Int, _ whole: Int, range: Range<Int>) throws(RuleEvaluationError) -> Int {
        guard whole != 0 else { throw RuleEvaluationError(.divisionByZero(operation: "percent"), at: range) }
        let (scaled, overflow) = part.multipliedReportingOverflow(by: 100)
        let (quotient, divisionOverflow) = scaled.dividedReportingOverflow(by: whole)
        if overflow || divisionOverflow { throw RuleEvaluationError(.overflow(operation: "percent"), at: range) }
        let remainder = scaled - quotient * whole
        guard remainder != 0, (remainder < 0) != (whole < 0) else { return quotient }
        return quotient - 1
    }
}
