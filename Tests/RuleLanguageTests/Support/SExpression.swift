import RuleLanguage

/// A fully bracketed rendering of a tree, to assert its shape: `(+ 1 (* 2 3))`.
func sexpr(_ expression: RuleExpression) -> String {
    switch expression.kind {
    case .integer(let value): String(value)
    case .string(let text): "\"\(text)\""
    case .boolean(let flag): String(flag)
    case .date(let date): date.description
    case .list(let items): "[" + items.map(sexpr).joined(separator: " ") + "]"
    case .path(let name): name
    case .unary(let op, let operand): "(\(op == .not ? "not" : "neg") \(sexpr(operand)))"
    case .binary(.field, let base, let field, _):
        if case .string(let name) = field.kind { "(. \(sexpr(base)) \(name))" } else { "(. \(sexpr(base)) \(sexpr(field)))" }
    case .binary(let op, let left, let right, _): "(\(op.spelling) \(sexpr(left)) \(sexpr(right)))"
    case .conditional(let condition, let then, let otherwise): "(if \(sexpr(condition)) \(sexpr(then)) \(sexpr(otherwise)))"
    case .call(let name, let arguments): "(\(name)" + arguments.map { " " + sexpr($0) }.joined() + ")"
    case .filter(let name, let list, let predicate): "(\(name.map { $0 + " " } ?? "")\(sexpr(list)) where \(sexpr(predicate)))"
    case .invalid: "<invalid>"
    }
}
