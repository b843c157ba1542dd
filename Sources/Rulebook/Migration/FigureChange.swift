import RuleLanguage

/// The one whole number that differs between two rules of the same shape (`x >= 6` and `x >= 8`), and
/// whether the new figure lets fewer selections through (tightened) or more (loosened).
///
/// The direction is decided only for a figure compared directly (`>=`, `>`, `<=`, `<`), under `and`, `or`,
/// `not` and the branches of `if`; a figure inside arithmetic, a function or an `if` condition changes the
/// rule in a way this does not judge, so its direction is nil.
struct FigureChange: Sendable, Hashable {
    var old: Int
    var new: Int
    var direction: EditionChange.Direction?

    /// The figure that changed between `old` and `new` rules that are otherwise written alike, or nil.
    static func between(_ old: RuleExpression, _ new: RuleExpression) -> FigureChange? {
        guard case .one(let change, _) = walk(old, new) else { return nil }
        return change
    }

    /// How two nodes differ: not at all, in one figure (settled once a comparison has judged it), or more.
    private enum Difference {
        case same
        case one(FigureChange, settled: Bool)
        case other
    }

    private static func walk(_ old: RuleExpression, _ new: RuleExpression) -> Difference {
        switch (old.kind, new.kind) {
        case (.integer(let was), .integer(let now)):
            return was == now ? .same : .one(FigureChange(old: was, new: now, direction: nil), settled: false)
        case (.binary(let op, let l1, let r1, _), .binary(let op2, let l2, let r2, _)) where op == op2:
            return binary(op, walk(l1, l2), walk(r1, r2))
        case (.unary(let op, let a), .unary(let op2, let b)) where op == op2:
            let inner = walk(a, b)
            guard op == .not, case .one(var change, true) = inner else {
                return unsettled(inner, keepDirection: op == .not)
            }
            change.direction = change.direction.map { $0 == .tightened ? .loosened : .tightened }
            return .one(change, settled: true)
        case (.conditional(let c1, let t1, let e1), .conditional(let c2, let t2, let e2)):
            return combine([unsettled(walk(c1, c2), keepDirection: false), settle(walk(t1, t2)), settle(walk(e1, e2))])
        case (.call(let f, let a), .call(let g, let b)) where f == g && a.count == b.count:
            return combine(zip(a, b).map { unsettled(walk($0, $1), keepDirection: false) })
        case (.filter(let f, let l1, let p1), .filter(let g, let l2, let p2)) where f == g:
            return combine([walk(l1, l2), walk(p1, p2)].map { unsettled($0, keepDirection: false) })
        case (.list(let a), .list(let b)) where a.count == b.count:
            return combine(zip(a, b).map { unsettled(walk($0, $1), keepDirection: false) })
        default:
            return old.kind == new.kind ? .same : .other
        }
    }

    private static func binary(_ op: RuleBinaryOperator, _ left: Difference, _ right: Difference) -> Difference {
        switch op {
        case .and, .or:
            return combine([settle(left), settle(right)])
        case .greater, .greaterOrEqual, .less, .lessOrEqual:
            // Raising a lower limit (`x >= N`) or lowering an upper one (`x <= N`) lets fewer through.
            let lowerLimit = op == .greater || op == .greaterOrEqual
            func judged(_ side: Difference, onRight: Bool) -> Difference {
                guard case .one(var change, false) = side else { return settle(side) }
                let raised = change.new > change.old
                let tightens = (lowerLimit == onRight) == raised
                change.direction = tightens ? .tightened : .loosened
                return .one(change, settled: true)
            }
            return combine([judged(left, onRight: false), judged(right, onRight: true)])
        default:
            return combine([unsettled(left, keepDirection: false), unsettled(right, keepDirection: false)])
        }
    }

    /// A figure not judged by a comparison keeps no direction.
    private static func settle(_ difference: Difference) -> Difference {
        guard case .one(var change, false) = difference else { return difference }
        change.direction = nil
        return .one(change, settled: true)
    }

    /// A difference seen through a node that does not keep direction (`keepDirection` false) or that has
    /// not been judged yet.
    private static func unsettled(_ difference: Difference, keepDirection: Bool = true) -> Difference {
        guard case .one(var change, _) = difference else { return difference }
        if !keepDirection { change.direction = nil }
        return .one(change, settled: true)
    }

    /// At most one figure among the parts differs, and nothing else.
    private static func combine(_ parts: [Difference]) -> Difference {
        var found: Difference = .same
        for part in parts {
            switch (found, part) {
            case (_, .same): continue
            case (.same, _): found = part
            default: return .other
            }
        }
        return found
    }
}
