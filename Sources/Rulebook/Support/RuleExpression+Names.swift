import RuleLanguage

extension RuleExpression {
    /// Calls `body` on this node and every node below it, in the order written (including `where`
    /// predicates and projected field names).
    func forEachNode(_ body: (RuleExpression) -> Void) {
        body(self)
        switch kind {
        case .list(let items), .call(_, let items):
            items.forEach { $0.forEachNode(body) }
        case .unary(_, let operand):
            operand.forEachNode(body)
        case .binary(_, let left, let right, _):
            left.forEachNode(body)
            right.forEachNode(body)
        case .conditional(let condition, let then, let otherwise):
            [condition, then, otherwise].forEach { $0.forEachNode(body) }
        case .filter(_, let list, let predicate):
            list.forEachNode(body)
            predicate.forEachNode(body)
        case .path, .integer, .string, .boolean, .date, .invalid:
            break
        }
    }

    /// Every dotted name the expression reads, in the order written. Inside a `where` predicate bare names
    /// are mostly the item's fields, but it may also read a derived value; callers keep only the names that
    /// are derived ids (to order derived values and find cycles) or selections keys (to locate inputs).
    var referencedNames: [String] {
        var names: [String] = []
        forEachNode { node in if let name = node.pathName { names.append(name) } }
        return names
    }

    /// Every integer literal (the thresholds a rule compares against), for the fix search.
    var integerLiterals: [Int] {
        var result: [Int] = []
        forEachNode { node in if case .integer(let value) = node.kind { result.append(value) } }
        return result
    }

    /// Every string literal (option ids, post ids), to find the officers a rule names.
    var stringLiterals: [String] {
        var result: [String] = []
        forEachNode { node in if case .string(let value) = node.kind { result.append(value) } }
        return result
    }
}
