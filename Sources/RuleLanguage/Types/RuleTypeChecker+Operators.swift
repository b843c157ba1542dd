import Diagnostics

/// Typing of the infix operators, including the check that a text compared with a section's choice is one
/// of that section's option ids.
extension RuleTypeWalk {
    mutating func binaryType(
        _ op: RuleBinaryOperator, _ left: RuleExpression, _ right: RuleExpression, operatorRange: Range<Int>
    ) -> RuleType? {
        // The right side of '.' is a field name, not a value.
        guard op != .field else { return fieldType(left, right) }
        let leftType = type(of: left)
        let rightType = type(of: right)
        switch op {
        case .field:
            return nil  // Handled by the guard above.
        case .and, .or:
            requireBoth(op, "booleans", leftType, rightType, left, right, at: operatorRange) { $0 == .boolean }
            return .boolean
        case .add, .subtract, .multiply, .divide:
            requireBoth(op, "integers", leftType, rightType, left, right, at: operatorRange) { $0 == .integer }
            return .integer
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            if let leftType, let rightType,
                !(leftType == rightType && (leftType == .integer || leftType == .date))
            {
                mismatch(op, "integers or dates", [leftType, rightType], left, right, at: operatorRange)
            }
            return .boolean
        case .equal, .notEqual:
            if case .choice(let ids)? = leftType { validateOption(right, ids, owner: left) }
            if case .choice(let ids)? = rightType { validateOption(left, ids, owner: right) }
            if let leftType, let rightType, leftType.joined(with: rightType) == nil {
                report(
                    .cannotCompare(op.spelling, leftType, rightType), at: operatorRange,
                    notes: [note(for: left), note(for: right)].compactMap { $0 })
            }
            return .boolean
        case .in, .notIn:
            membershipType(op, left, right, leftType, rightType, operatorRange: operatorRange)
            return .boolean
        }
    }

    private mutating func membershipType(
        _ op: RuleBinaryOperator, _ left: RuleExpression, _ right: RuleExpression, _ leftType: RuleType?,
        _ rightType: RuleType?, operatorRange: Range<Int>
    ) {
        guard let rightType else { return }
        guard case .list(let itemType) = rightType else {
            report(.operandTypes(op.spelling, expected: "a list on its right", found: [rightType]), at: right.range)
            return
        }
        if case .choice(let ids) = itemType { validateOption(left, ids, owner: right) }
        if case .choice(let ids)? = leftType, case .list(let items) = right.kind {
            for item in items { validateOption(item, ids, owner: left) }
        }
        if let leftType, leftType.joined(with: itemType) == nil {
            report(
                .cannotFind(op.spelling, leftType, in: rightType), at: operatorRange,
                notes: [note(for: left), note(for: right)].compactMap { $0 })
        }
    }

    /// Reports `op` unless both known operand types pass `test`.
    private mutating func requireBoth(
        _ op: RuleBinaryOperator, _ expected: String, _ leftType: RuleType?, _ rightType: RuleType?,
        _ left: RuleExpression, _ right: RuleExpression, at range: Range<Int>, test: (RuleType) -> Bool
    ) {
        guard let leftType, let rightType, !(test(leftType) && test(rightType)) else { return }
        mismatch(op, expected, [leftType, rightType], left, right, at: range)
    }

    private mutating func mismatch(
        _ op: RuleBinaryOperator, _ expected: String, _ found: [RuleType], _ left: RuleExpression,
        _ right: RuleExpression, at range: Range<Int>
    ) {
        diagnostics.append(
            source.diagnostic(
                .operandTypes(op.spelling, expected: expected, found: found), at: range,
                highlights: [left.range, right.range], notes: [note(for: left), note(for: right)].compactMap { $0 }))
    }

    /// If `literal` is a string literal that is not one of `ids`, reports it with the nearest id.
    mutating func validateOption(_ literal: RuleExpression, _ ids: Set<String>, owner: RuleExpression) {
        guard case .string(let text) = literal.kind, !ids.contains(text) else { return }
        let ownerName = owner.pathName ?? "the choice"
        let suggestion = RuleSuggester.suggestion(for: text, among: ids)
        var notes: [Note] = []
        if let note = note(for: owner) { notes.append(note) }
        if !ids.isEmpty, ids.count <= 12 {
            notes.append(Note("the options are " + RuleMessage.quotedList(ids.sorted())))
        }
        let fixIts =
            suggestion.map { source.replacement(literal.range, with: "\"\($0)\"", summary: "replace with '\"\($0)\"'") }
            ?? []
        report(
            .notAnOption(text, of: ownerName, suggestion: suggestion), at: literal.range, notes: notes, fixIts: fixIts)
    }
}
