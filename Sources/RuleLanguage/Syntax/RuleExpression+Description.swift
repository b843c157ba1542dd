extension RuleExpression: CustomStringConvertible {
    /// The expression written out canonically, with brackets only where precedence needs them; parsing it
    /// gives back the same tree (apart from ranges).
    public var description: String {
        var output = ""
        write(into: &output)
        return output
    }

    private static let leafPower = 100

    /// How tightly the node's outermost operator binds when it is written without brackets.
    private var printPower: Int {
        switch kind {
        case .binary(let op, _, _, _): RuleOperatorTable.power(of: op)
        case .unary(.not, _): RuleOperatorTable.notPower
        case .unary(.negate, _): RuleOperatorTable.negatePower
        case .conditional: 0
        default: Self.leafPower
        }
    }

    private func write(into output: inout String) {
        switch kind {
        case .integer(let value): output += String(value)
        case .string(let text): Self.writeQuoted(text, into: &output)
        case .boolean(let flag): output += flag ? "true" : "false"
        case .date(let date): output += date.description
        case .list(let items):
            output += "["
            Self.writeList(items, into: &output)
            output += "]"
        case .path(let name): output += name
        case .unary(let op, let operand):
            output += op == .not ? "not " : "-"
            operand.write(into: &output, bracketedBelow: printPower)
        case .binary(.field, let base, let field, _):
            // A name needs brackets before '.', or the field would join its path.
            base.write(into: &output, bracketedBelow: base.pathName == nil ? printPower : Self.leafPower + 1)
            output += "."
            if case .string(let name) = field.kind { output += name } else { field.write(into: &output) }
        case .binary(let op, let left, let right, _):
            let power = printPower
            left.write(into: &output, bracketedBelow: op.isComparison ? power + 1 : power)
            output += " "
            output += op.spelling
            output += " "
            right.write(into: &output, bracketedBelow: power + 1)
        case .conditional(let condition, let then, let otherwise):
            output += "if "
            condition.write(into: &output)
            output += " then "
            then.write(into: &output)
            output += " else "
            otherwise.write(into: &output)
        case .call(let name, let arguments):
            output += name
            output += "("
            Self.writeList(arguments, into: &output)
            output += ")"
        case .filter(let name, let list, let predicate):
            if let name { output += name }
            output += "("
            list.write(into: &output)
            output += " where "
            predicate.write(into: &output)
            output += ")"
        case .invalid:
            output += "<invalid>"
        }
    }

    /// The description, cut short with `...` past 48 characters, for naming a part of an expression in
    /// messages.
    var abbreviatedDescription: String {
        let text = description
        return text.count > 48 ? String(text.prefix(45)) + "..." : text
    }

    private func write(into output: inout String, bracketedBelow power: Int) {
        if printPower < power {
            output += "("
            write(into: &output)
            output += ")"
        } else {
            write(into: &output)
        }
    }

    private static func writeList(_ items: [RuleExpression], into output: inout String) {
        for (index, item) in items.enumerated() {
            if index > 0 { output += ", " }
            item.write(into: &output)
        }
    }

    /// ``quote(_:)`` written onto `output`: a text with nothing to escape is copied as it is.
    private static func writeQuoted(_ text: String, into output: inout String) {
        var bytes = text
        let plain = bytes.withUTF8 { utf8 in
            !utf8.contains { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\n") }
        }
        if plain {
            output += "\""
            output += text
            output += "\""
        } else {
            output += quote(text)
        }
    }

    /// A string literal with `"`, `\` and newlines escaped.
    static func quote(_ text: String) -> String {
        var output = "\""
        for character in text.unicodeScalars {
            switch character {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            default: output.unicodeScalars.append(character)
            }
        }
        return output + "\""
    }
}
