import RuleLanguage

extension RuleExpression {
    /// Every dotted name the expression reads, including inside `where` predicates (where bare names
    /// are usually the item's fields), in the order written. Used to order derived values and find cycles among them.
    var referencedNames: [String] {
        var names: [String] = []
        collectNames(into: &names)
        return names
    }

    private func collectNames(into names: inout [String]) {
        switch kind {
        case .path:
            if let name = pathName { names.append(name) }
        case .list(let items), .call(_, let items):
            items.forEach { $0.collectNames(into: &names) }
        case .unary(_, let operand):
            operand.collectNames(into: &names)
        case .binary(_, let left, let right, _):
            left.collectNames(into: &names)
            right.collectNames(into: &names)
        case .conditional(let condition, let then, let otherwise):
            [condition, then, otherwise].forEach { $0.collectNames(into: &names) }
        case .filter(_, let list, let predicate):
            // A predicate's bare names are mostly the item's fields, but it may also read a derived value;
            // callers keep only the names that are derived ids, so collecting them all is safe.
            list.collectNames(into: &names)
            predicate.collectNames(into: &names)
        case .integer, .string, .boolean, .date, .invalid:
            break
        }
    }
}
