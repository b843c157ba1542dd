import RuleLanguage

/// The one whole number that differs between two rules of the same shape (`x >= 6` and `x >= 8`), and
/// whether the new figure lets fewer selections through (tightened) or more (loosened).
///
/// The direction is decided only for a figure compared directly (`>=`, `>`, `<=`, `<`), under `and`, `or`,
/// `not` and the branches of `if`; a figure inside arithmetic, a function or an `if` condition changes the
/// rule in a way this does not judge, so its direction is nil.
///
/// Names and option ids the migration map renamed count as the same (`"development_plan"` and
/// `"campaign_development_plan"`), so a rename alone does not read as a changed rule.
struct FigureChange: Sendable, Hashable {
    var old: Int
    var new: Int
    var direction: EditionChange.Direction?

    /// How two expressions compare.
    enum Outcome: Sendable, Hashable {
        /// Written alike, up to the map's renames.
        case same
        /// Alike but for one whole number.
        case figure(FigureChange)
        /// Different in some other way.
        case other
    }

    /// How `old` and `new` compare, with `renames` (old name or option id to new) counting as equal.
    static func compare(_ old: RuleExpression, _ new: RuleExpression, renames: [String: String] = [:]) -> Outcome {
        switch Walker(renames: renames).walk(old, new) {
        case .same: .same
        case .one(let change, _): .figure(change)
        case .other: .other
        }
    }
}

/// Walks two expressions side by side.
private struct Walker {
    let renames: [String: String]

    typealias Difference = FigureChange.Difference

    /// Whether an old name or option id is the new one, directly or by the map.
    func matches(_ old: String, _ new: String) -> Bool {
        if old == new || renames[old] == new { return true }
        // `development_plan.options` after the section was renamed to `planning`.
        guard let dot = old.firstIndex(of: "."), let section = renames[String(old[..<dot])] else { return false }
        return section + old[dot...] == new
    }

}

extension FigureChange {
    /// How two nodes differ: not at all, in one figure (settled once a comparison has judged it), or more.
    fileprivate enum Difference {
        case same
        case one(FigureChange, settled: Bool)
        case other
    }
}

extension Walker {
    func walk(_ old: RuleExpression, _ new: RuleExpression) -> Difference {
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
        case (.string(let was), .string(let now)):
            return matches(was, now) ? .same : .other
        case (.path(let was), .path(let now)):
            return matches(was, now) ? .same : .other
        default:
            return old.kind == new.kind ? .same : .other
        }
    }

    func binary(_ op: RuleBinaryOperator, _ left: Difference, _ right: Difference) -> Difference {
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
    func settle(_ difference: Difference) -> Difference {
        guard case .one(var change, false) = difference else { return difference }
        change.direction = nil
        return .one(change, settled: true)
    }

    /// A difference seen through a node that does not keep direction (`keepDirection` false) or that has
    /// not been judged yet.
    func unsettled(_ difference: Difference, keepDirection: Bool = true) -> Difference {
        guard case .one(var change, _) = difference else { return difference }
        if !keepDirection { change.direction = nil }
        return .one(change, settled: true)
    }

    /// At most one figure among the parts differs, and nothing else.
    func combine(_ parts: [Difference]) -> Difference {
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
