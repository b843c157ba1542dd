import TOML

/// A parsed rule expression: one node of the syntax tree with the UTF-8 range it was written at.
///
/// Ranges are offsets into the ``RuleSource/text`` the expression was parsed from; convert them with
/// ``RuleSource/span(_:)``. Parentheses leave no node of their own, except around a filter
/// (`(list where predicate)`), whose node takes them in.
public struct RuleExpression: Sendable, Hashable {
    /// What the node is.
    public var kind: Kind
    /// Where it was written, in the source text.
    public var range: Range<Int>

    /// Creates a node.
    public init(_ kind: Kind, range: Range<Int>) {
        self.kind = kind
        self.range = range
    }

    /// The shapes of expression the language has.
    public indirect enum Kind: Sendable, Hashable {
        /// A whole number such as `12` or `10_000`.
        case integer(Int)
        /// A string literal such as `"delegate_gc"`, with escapes decoded.
        case string(String)
        /// `true` or `false`.
        case boolean(Bool)
        /// A date literal such as `2026-06-14`.
        case date(TOMLDate)
        /// A list literal such as `["a", "b"]`.
        case list([RuleExpression])
        /// A name such as `quorum` or a dotted path such as `facts.branch.members`.
        case path(String)
        /// `not x` or `-x`.
        case unary(RuleUnaryOperator, RuleExpression)
        /// `a op b`; `operatorRange` is where the operator itself was written.
        ///
        /// For ``RuleBinaryOperator/field`` (`(a).name`), the right side is a ``string(_:)`` node holding the
        /// field's name, with the range where the name was written.
        case binary(RuleBinaryOperator, RuleExpression, RuleExpression, operatorRange: Range<Int>)
        /// `if condition then a else b`.
        case conditional(RuleExpression, then: RuleExpression, else: RuleExpression)
        /// `f(a, b)`.
        case call(String, [RuleExpression])
        /// `f(list where predicate)`, for `count`, `any` and `all`; with no function name,
        /// `(list where predicate)`, the items of the list for which the predicate holds.
        case filter(String?, list: RuleExpression, predicate: RuleExpression)
        /// A part that could not be parsed; its error has been reported.
        case invalid
    }

    /// The dotted name of a path node (`facts.members`), or `nil` for other nodes.
    public var pathName: String? {
        if case .path(let name) = kind { return name }
        return nil
    }

    /// Whether the node is a literal (a number, string, yes/no, date, or a list of literals).
    public var isLiteral: Bool {
        switch kind {
        case .integer, .string, .boolean, .date: true
        case .list(let items): items.allSatisfy(\.isLiteral)
        case .unary(.negate, let operand): operand.isLiteral
        default: false
        }
    }
}

/// A prefix operator.
public enum RuleUnaryOperator: String, Sendable, Hashable, CaseIterable {
    /// `not x`: the opposite of a yes/no value.
    case not
    /// `-x`: the negative of a whole number.
    case negate = "-"

    /// How the operator is written.
    public var spelling: String { rawValue }
}

/// An infix operator; its precedence lives in ``RuleOperatorTable``.
public enum RuleBinaryOperator: String, Sendable, Hashable, CaseIterable {
    case or
    case and
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case `in`
    case notIn = "not in"
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"
    /// `(a).name`: field `name` of a record, or of every record in a list. The right operand is the name.
    case field = "."

    /// How the operator is written.
    public var spelling: String { rawValue }

    /// `==`, `!=`, `<`, `<=`, `>`, `>=`, `in` and `not in`: they produce a yes/no and cannot be chained.
    public var isComparison: Bool {
        switch self {
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual, .in, .notIn: true
        default: false
        }
    }

    /// `+`, `-`, `*`, `/`.
    public var isArithmetic: Bool {
        switch self {
        case .add, .subtract, .multiply, .divide: true
        default: false
        }
    }
}
