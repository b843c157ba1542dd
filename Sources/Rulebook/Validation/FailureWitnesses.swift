import RuleLanguage

/// Which items of the CLP's lists (officers, branches, affiliates) make a failed rule fail, found by walking
/// the failing part of its requirement with the live values.
///
/// - Offending items break the rule themselves: the job-shared treasurer of `not any(officers where job_share
///   and post in [...])`, the late affiliate of `all(facts.affiliate where ...)`.
/// - A missing item is what `any(LIST where post == "X")` did not find: the post nobody holds.
/// - Counted items are those a count or a filter took in (`count(officers where woman and ...)`), never
///   those it left out.
///
/// Only the parts that make the requirement false are walked: in `a or b` both, in `a and b` the false
/// ones; under `not` the sense flips. Derived values are followed into their definitions.
struct FailureWitnesses {
    /// What was found in one list.
    enum Finding: Equatable {
        /// `fields` are the item fields the rule read, to point at within each item.
        case offending(list: String, items: [Int], fields: [String])
        case missing(list: String, post: String?)
        case counted(list: String, items: [Int])
    }

    let edition: Edition
    let bindings: RuleBindings
    /// A bound on the walk, whatever the expression's size (derived values may refer to each other).
    private static let nodeLimit = 2_000

    /// The findings for a requirement that evaluated to false, in the order the walk met them.
    func findings(_ requirement: RuleExpression) -> [Finding] {
        var walk = Walk(owner: self)
        walk.visit(requirement, explaining: .falsity)
        return walk.findings
    }

    /// What the walk explains about a node: why it is false, why it is true, or how its value came about.
    enum Sense {
        case falsity, truth, value
    }

    private struct Walk {
        let owner: FailureWitnesses
        var findings: [Finding] = []
        var visited = 0
        var expanding: Set<String> = []

        mutating func visit(_ expression: RuleExpression, explaining sense: Sense) {
            visited += 1
            guard visited <= FailureWitnesses.nodeLimit else { return }
            switch expression.kind {
            case .binary(.and, let left, let right, _):
                for side in [left, right] where sense != .falsity || owner.boolean(side) == false {
                    visit(side, explaining: sense == .value ? .value : sense)
                }
            case .binary(.or, let left, let right, _):
                for side in [left, right] where sense != .truth || owner.boolean(side) == true {
                    visit(side, explaining: sense == .value ? .value : sense)
                }
            case .unary(.not, let operand):
                visit(operand, explaining: sense == .falsity ? .truth : sense == .truth ? .falsity : .value)
            case .binary(.equal, let left, let right, _):
                // `len(distinct((L where P).field)) == count(...)` says no field value may repeat: the items
                // whose value repeats break it. (Elsewhere `distinct` only counts each person once.)
                for side in [left, right] {
                    if case .call("len", let arguments) = side.kind,
                        case .call("distinct", let inner)? = arguments.first?.kind,
                        let projection = inner.first, let repeated = owner.repeated(in: projection)
                    {
                        findings.append(repeated)
                    }
                }
                visit(left, explaining: .value)
                visit(right, explaining: .value)
            case .binary(_, let left, let right, _):
                visit(left, explaining: .value)
                visit(right, explaining: .value)
            case .call("count", let arguments), .call("len", let arguments):
                // `count(facts.branch)`: every item is counted.
                if let list = arguments.first, let name = list.pathName, owner.isRecordList(list) {
                    let all = RuleExpression(.boolean(true), range: list.range)
                    findings.append(.counted(list: name, items: owner.items(of: list, where: all)))
                }
                for argument in arguments { visit(argument, explaining: .value) }
            case .call(_, let arguments):
                for argument in arguments { visit(argument, explaining: .value) }
            case .conditional(let condition, let then, let otherwise):
                visit(owner.boolean(condition) == true ? then : otherwise, explaining: sense)
            case .path(let name):
                guard let derived = owner.edition.derived(name),
                    expanding.insert(name).inserted
                else { return }
                visit(derived.value.expression, explaining: .value)
                expanding.remove(name)
            case .filter(let function, let list, let predicate):
                record(function: function, list: list, predicate: predicate, sense: sense)
            case .integer, .string, .boolean, .date, .list, .unary, .invalid:
                return
            }
        }

        private mutating func record(function: String?, list: RuleExpression, predicate: RuleExpression, sense: Sense) {
            guard let name = list.pathName else { return }
            switch (function, sense) {
            case ("any", .falsity):
                findings.append(.missing(list: name, post: Self.postNamed(in: predicate)))
            case ("any", .truth):
                findings.append(
                    .offending(
                        list: name, items: owner.items(of: list, where: predicate), fields: predicate.referencedNames))
            case ("all", .falsity):
                let negated = RuleExpression(.unary(.not, predicate), range: predicate.range)
                findings.append(
                    .offending(
                        list: name, items: owner.items(of: list, where: negated), fields: predicate.referencedNames))
            case ("all", _), ("any", _):
                return
            default:
                findings.append(.counted(list: name, items: owner.items(of: list, where: predicate)))
            }
        }

        /// `X` in a predicate that is, or has as a conjunct, `post == "X"`.
        private static func postNamed(in predicate: RuleExpression) -> String? {
            switch predicate.kind {
            case .binary(.equal, let left, let right, _):
                guard left.pathName == "post", case .string(let post) = right.kind else { return nil }
                return post
            case .binary(.and, let left, let right, _):
                return postNamed(in: left) ?? postNamed(in: right)
            default:
                return nil
            }
        }
    }

    /// For `(L where P).field` or `L.field`, the items of `L` (that `P` holds for) whose `field` value some
    /// other such item has too; nil when none repeats.
    private func repeated(in projection: RuleExpression) -> Finding? {
        guard case .binary(.field, let source, let fieldName, _) = projection.kind,
            case .string(let field) = fieldName.kind
        else { return nil }
        let list: RuleExpression
        let items: [Int]
        if case .filter(nil, let inner, let predicate) = source.kind {
            list = inner
            items = self.items(of: inner, where: predicate)
        } else {
            list = source
            items = self.items(of: source, where: RuleExpression(.boolean(true), range: source.range))
        }
        guard let name = list.pathName,
            case .list(let all)? = RuleEvaluator(bindings: bindings).evaluate(list, tracesReads: false).value
        else { return nil }
        var counts: [RuleValue: Int] = [:]
        let values = items.map { item -> RuleValue? in
            guard item < all.count, case .record(let record) = all[item] else { return nil }
            return record[field]
        }
        for case let value? in values { counts[value, default: 0] += 1 }
        let repeats = zip(items, values).compactMap { item, value in value.flatMap { counts[$0] ?? 0 > 1 ? item : nil }
        }
        return repeats.isEmpty ? nil : .offending(list: name, items: repeats, fields: [field])
    }

    /// Whether `expression` is a list of records (officers, branches, affiliates).
    private func isRecordList(_ expression: RuleExpression) -> Bool {
        guard case .list(let items)? = RuleEvaluator(bindings: bindings).evaluate(expression, tracesReads: false).value
        else {
            return false
        }
        return items.allSatisfy { if case .record = $0 { true } else { false } }
    }

    private func boolean(_ expression: RuleExpression) -> Bool? {
        RuleEvaluator(bindings: bindings).evaluate(expression, tracesReads: false).boolean
    }

    /// The positions in `list`'s value of the items `predicate` holds for.
    private func items(of list: RuleExpression, where predicate: RuleExpression) -> [Int] {
        let filter = RuleExpression(.filter(nil, list: list, predicate: predicate), range: list.range)
        guard case .list(let all)? = RuleEvaluator(bindings: bindings).evaluate(list, tracesReads: false).value,
            case .list(let chosen)? = RuleEvaluator(bindings: bindings).evaluate(filter, tracesReads: false).value
        else { return [] }
        var positions: [Int] = []
        var next = 0
        for item in chosen {
            while next < all.count, all[next] != item { next += 1 }
            guard next < all.count else { break }
            positions.append(next)
            next += 1
        }
        return positions
    }
}
