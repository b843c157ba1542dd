/// The operator table that drives the Pratt parser: token → binding power → node.
///
/// Higher binding powers bind tighter. `if … then … else` binds loosest of all (its `else` branch reaches
/// to the end), then `or`, `and`, `not`, the comparisons, `+ -`, `* /`, unary `-`, and `.name` after a
/// bracket or a call. The right side of `.` is a field name, not an expression; after a plain name the dot
/// is part of the path instead (`facts.branch.members`).
///
/// `where` is not in the table: it is read only inside brackets, as `(list where predicate)` or
/// `f(list where predicate)`, so the predicate always ends at the closing bracket.
enum RuleOperatorTable {
    /// An infix operator entry.
    struct Infix: Sendable {
        var token: RuleTokenKind
        var power: Int
        var node: RuleBinaryOperator
    }

    /// A prefix operator entry: its operand is parsed at `power`.
    struct Prefix: Sendable {
        var token: RuleTokenKind
        var power: Int
        var node: RuleUnaryOperator
    }

    static let orPower = 10
    static let andPower = 20
    static let notPower = 30
    static let comparisonPower = 40
    static let additivePower = 50
    static let multiplicativePower = 60
    static let negatePower = 70
    static let fieldPower = 80

    /// Every infix operator. `not in` is two tokens; the parser handles it as `in` preceded by `not`.
    static let infix: [Infix] = [
        Infix(token: .keywordOr, power: orPower, node: .or),
        Infix(token: .keywordAnd, power: andPower, node: .and),
        Infix(token: .equal, power: comparisonPower, node: .equal),
        Infix(token: .notEqual, power: comparisonPower, node: .notEqual),
        Infix(token: .less, power: comparisonPower, node: .less),
        Infix(token: .lessEqual, power: comparisonPower, node: .lessOrEqual),
        Infix(token: .greater, power: comparisonPower, node: .greater),
        Infix(token: .greaterEqual, power: comparisonPower, node: .greaterOrEqual),
        Infix(token: .keywordIn, power: comparisonPower, node: .in),
        Infix(token: .keywordNot, power: comparisonPower, node: .notIn),
        Infix(token: .plus, power: additivePower, node: .add),
        Infix(token: .minus, power: additivePower, node: .subtract),
        Infix(token: .star, power: multiplicativePower, node: .multiply),
        Infix(token: .slash, power: multiplicativePower, node: .divide),
        Infix(token: .dot, power: fieldPower, node: .field),
    ]

    /// Every prefix operator.
    static let prefix: [Prefix] = [
        Prefix(token: .keywordNot, power: notPower, node: .not),
        Prefix(token: .minus, power: negatePower, node: .negate),
    ]

    /// ``infix`` indexed by token kind, for a constant-time lookup per token.
    static let infixByToken: [Infix?] = {
        var table = [Infix?](repeating: nil, count: RuleTokenKind.allCases.count)
        for entry in infix { table[Int(entry.token.rawValue)] = entry }
        return table
    }()

    /// ``prefix`` indexed by token kind.
    static let prefixByToken: [Prefix?] = {
        var table = [Prefix?](repeating: nil, count: RuleTokenKind.allCases.count)
        for entry in prefix { table[Int(entry.token.rawValue)] = entry }
        return table
    }()

    /// The binding power of `node` (used when printing with the fewest brackets): its entry's in ``infix``,
    /// as a switch because printing asks it of every node (a test holds the two to the same answer).
    static func power(of node: RuleBinaryOperator) -> Int {
        switch node {
        case .or: orPower
        case .and: andPower
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual, .in, .notIn: comparisonPower
        case .add, .subtract: additivePower
        case .multiply, .divide: multiplicativePower
        case .field: fieldPower
        }
    }
}
