import Diagnostics

/// Typing of calls to the built-in functions (``RuleFunction/all``), of `f(LIST where CONDITION)` and of
/// `(LIST where CONDITION)`.
extension RuleTypeWalk {
    mutating func callType(_ name: String, _ arguments: [RuleExpression], range: Range<Int>) -> RuleType? {
        let types = arguments.map { type(of: $0) }
        guard let function = knownFunction(name, at: range) else { return nil }
        guard function.arity.contains(arguments.count) else {
            report(.wrongArgumentCount(name, expected: function.arityText, found: arguments.count), at: range)
            return function.result
        }
        let known = types.compactMap { $0 }
        guard known.count == types.count else { return function.result }
        if let (expected, culprit) = argumentProblem(function, known) {
            let location = arguments[culprit].range
            var notes = [note(for: arguments[culprit])].compactMap { $0 }
            if function.takesFilter {
                notes.append(Note("to test each item, write '\(name)(LIST where CONDITION)'"))
            }
            report(.argumentTypes(name, expected: expected, found: known), at: location, notes: notes)
            return function.result
        }
        return function.result ?? known.first
    }

    /// What the arguments should have been and the index of the first wrong one, or `nil` if they are fine.
    private func argumentProblem(_ function: RuleFunction, _ types: [RuleType]) -> (String, Int)? {
        func firstFailing(_ test: (RuleType) -> Bool) -> Int? { types.firstIndex { !test($0) } }
        switch function.name {
        case "count":
            return firstFailing { if case .list = $0 { true } else { false } }.map { ("a list", $0) }
        case "any", "all":
            return firstFailing { $0 == .list(.boolean) }.map { ("a list of booleans", $0) }
        case "distinct":
            return firstFailing { if case .list(let item) = $0 { item.isScalar } else { false } }.map {
                ("a list of integers, booleans, strings, dates or choices", $0)
            }
        case "sum":
            return firstFailing { $0 == .list(.integer) }.map { ("a list of integers", $0) }
        case "len":
            return firstFailing { type in
                if case .list = type { return true }
                return type.conforms(to: .string)
            }.map { ("a string or a list", $0) }
        case "days_between", "clear_days":
            return firstFailing { $0 == .date }.map { ("dates", $0) }
        case "month_name", "weekday", "nth_in_month", "last_in_month":
            return firstFailing { $0 == .date }.map { ("a date", $0) }
        case "join", "join_or":
            return firstFailing { if case .list(let item) = $0 { item.isScalar } else { false } }.map {
                ("a list of integers, booleans, strings, dates or choices", $0)
            }
        case "plural":
            let expected = [RuleType.integer, .string, .string]
            return types.indices.first { !types[$0].conforms(to: expected[$0]) }.map {
                ("an integer and two strings", $0)
            }
        case "min", "max":
            if types.count == 1, types[0] == .list(.integer) { return nil }
            return firstFailing { $0 == .integer }.map { ("integers or one list of integers", $0) }
        default:
            return firstFailing { $0 == .integer }.map { ("integers", $0) }
        }
    }

    mutating func filterType(
        _ name: String, list: RuleExpression, predicate: RuleExpression, range: Range<Int>
    ) -> RuleType? {
        let listType = type(of: list)
        guard let function = knownFunction(name, at: range) else { return nil }
        guard function.takesFilter else {
            report(
                .filterNotAllowed(name), at: nameRange(name, in: range),
                notes: [
                    Note("to filter the list first, give it brackets of its own: '\(name)((LIST where CONDITION))'")
                ])
            return function.result
        }
        checkPredicate(predicate, over: list, listType)
        return function.result
    }

    /// The type of `(LIST where CONDITION)`: the list's own type.
    mutating func filteredType(list: RuleExpression, predicate: RuleExpression) -> RuleType? {
        let listType = type(of: list)
        return checkPredicate(predicate, over: list, listType) ? listType : nil
    }

    /// Checks `predicate` with the fields of `list`'s records in scope.
    ///
    /// - Returns: Whether `list` is a list of records; if it is not (or its type is unknown), the predicate is
    ///   not checked.
    @discardableResult
    private mutating func checkPredicate(
        _ predicate: RuleExpression, over list: RuleExpression, _ listType: RuleType?
    ) -> Bool {
        guard let listType else { return false }
        guard case .list(.record(let record)) = listType else {
            report(.filterNeedsRecords(found: listType), at: list.range, notes: [note(for: list)].compactMap { $0 })
            return false
        }
        scopes.append(record)
        defer { scopes.removeLast() }
        if let found = type(of: predicate), found != .boolean {
            report(.conditionNotBoolean("'where'", found: found), at: predicate.range)
        }
        return true
    }

    /// The function called `name`, or `nil` after reporting it unknown.
    private mutating func knownFunction(_ name: String, at range: Range<Int>) -> RuleFunction? {
        if let function = RuleFunction.named(name) { return function }
        let suggestion = RuleSuggester.suggestion(for: name, among: RuleFunction.all.map(\.name))
        let location = nameRange(name, in: range)
        let fixIts = suggestion.map { source.replacement(location, with: $0, summary: "replace with '\($0)'") } ?? []
        report(.unknownFunction(name, suggestion: suggestion), at: location, fixIts: fixIts)
        return nil
    }

    /// Where a call's function name was written: the start of the call.
    private func nameRange(_ name: String, in range: Range<Int>) -> Range<Int> {
        range.lowerBound..<min(range.upperBound, range.lowerBound + name.utf8.count)
    }
}
