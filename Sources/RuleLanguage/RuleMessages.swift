/// The catalogue of rule-language diagnostics: one static factory per message, sorted alphabetically.
///
/// Codes: `R1xx` reading (lexer, parser, templates), `R2xx` types, `R3xx` evaluation. Codes are never reused.
extension RuleMessage {
    static func argumentTypes(_ function: String, expected: String, found: [RuleType]) -> RuleMessage {
        .init("R208", "'\(function)' expects \(expected), found \(quotedList(found.map(\.description)))")
    }

    static func badEscape(_ escape: String) -> RuleMessage {
        .init("R103", "unknown escape '\\\(escape)' in string; use '\\\"', '\\\\' or '\\n'")
    }

    static func badNumber(_ text: String) -> RuleMessage {
        .init("R107", "'\(text)' is not a valid number; write digits, optionally grouped with '_' as in 10_000")
    }

    static func branchTypesDiffer(_ then: RuleType, _ otherwise: RuleType) -> RuleMessage {
        .init("R209", "'then' and 'else' must have the same type, found '\(then)' and '\(otherwise)'")
    }

    static func cannotCompare(_ op: String, _ left: RuleType, _ right: RuleType) -> RuleMessage {
        .init("R205", "'\(op)' cannot compare '\(left)' with '\(right)'")
    }

    static func cannotFind(_ op: String, _ item: RuleType, in list: RuleType) -> RuleMessage {
        .init("R205", "'\(op)' cannot look for '\(item)' in a '\(list)'")
    }

    static func chainedComparison() -> RuleMessage {
        .init("R113", "comparisons cannot be chained; join them with 'and'")
    }

    static func conditionNotBoolean(_ context: String, found: RuleType) -> RuleMessage {
        .init("R210", "\(context) condition must be 'boolean', found '\(found)'")
    }

    static func divisionByZero(_ operation: String) -> RuleMessage {
        .init("R301", "division by zero in '\(operation)'")
    }

    static func duplicateElse() -> RuleMessage {
        .init("R125", "a block can have only one '{{else}}'")
    }

    static func eachNeedsRecords(found: RuleType) -> RuleMessage {
        .init("R216", "'{{#each}}' needs a list of records, found '\(found)'")
    }

    static func elseOutsideBlock() -> RuleMessage {
        .init("R125", "'{{else}}' must be inside a '{{#when}}' or '{{#each}}' block")
    }

    static func emptyAggregate(_ function: String) -> RuleMessage {
        .init("R305", "'\(function)' of an empty list has no value")
    }

    static func emptyList() -> RuleMessage {
        .init("R213", "an empty list '[]' has no item type; leave it out or list at least one item")
    }

    static func expected(_ what: String, found: String) -> RuleMessage {
        .init("R111", "expected \(what), found \(found)")
    }

    static func expectedExpression(found: String) -> RuleMessage {
        .init("R110", "expected an expression, found \(found)")
    }

    static func expectedName(found: String) -> RuleMessage {
        .init("R116", "expected a name after '.', found \(found)")
    }

    static func filterNeedsRecords(found: RuleType) -> RuleMessage {
        .init("R214", "'where' needs a list of records, found '\(found)'")
    }

    static func filterNotAllowed(_ function: String) -> RuleMessage {
        .init("R217", "'\(function)' does not take a 'where' filter; only 'count', 'any' and 'all' do")
    }

    static func invalidDate(_ text: String) -> RuleMessage {
        .init("R105", "'\(text)' is not a date in the calendar")
    }

    static func invalidExpression() -> RuleMessage {
        .init("R306", "the expression has syntax errors and cannot be evaluated")
    }

    static func listItemTypes(_ first: RuleType, _ other: RuleType) -> RuleMessage {
        .init("R212", "list items must all have the same type, found '\(first)' and '\(other)'")
    }

    static func mismatchedClose(_ close: String, open: String) -> RuleMessage {
        .init("R122", "'{{/\(close)}}' does not match the open '{{#\(open)}}'")
    }

    static func missingField(_ owner: String, _ field: String) -> RuleMessage {
        .init("R307", "'\(owner)' has no field '\(field)' in the selections")
    }

    static func missingValue(_ name: String) -> RuleMessage {
        .init("R303", "no value for '\(name)'")
    }

    static func missingValue(_ name: String, scope owner: String) -> RuleMessage {
        .init("R303", "no value for '\(name)': it is neither a field of '\(owner)' nor a name in the selections")
    }

    static func nestedTooDeeply(limit: Int) -> RuleMessage {
        .init("R114", "expression is nested too deeply; the limit is \(limit) levels")
    }

    static func noField(_ owner: String, _ field: String, suggestion: String?) -> RuleMessage {
        .init("R202", "'\(owner)' has no field '\(field)'" + Self.suggestion(suggestion))
    }

    static func noFields(_ owner: String, type: RuleType, field: String) -> RuleMessage {
        .init("R202", "'\(owner)' is '\(type)', which has no field '\(field)'")
    }

    static func notAnOption(_ literal: String, of choice: String, suggestion: String?) -> RuleMessage {
        .init("R203", "'\(literal)' is not an option of '\(choice)'" + Self.suggestion(suggestion))
    }

    static func operandTypes(_ op: String, expected: String, found: [RuleType]) -> RuleMessage {
        .init("R204", "'\(op)' expects \(expected), found \(quotedList(found.map(\.description)))")
    }

    static func overflow(_ operation: String) -> RuleMessage {
        .init("R302", "the result of '\(operation)' is too large for a whole number")
    }

    static func runtimeTypes(_ operation: String, expected: String, found: [String]) -> RuleMessage {
        .init("R304", "'\(operation)' expects \(expected), but the values are \(quotedList(found))")
    }

    static func singleQuotes() -> RuleMessage {
        .init("R108", "strings are written in double quotes, not single quotes")
    }

    static func strayClose(_ block: String) -> RuleMessage {
        .init("R121", "'{{/\(block)}}' has no matching '{{#\(block)}}'")
    }

    static func tooLarge(_ text: String) -> RuleMessage {
        .init("R104", "integer '\(text)' is too large; the largest is 9223372036854775807")
    }

    static func unclosedBlock(_ block: String) -> RuleMessage {
        .init("R120", "'{{#\(block)}}' is never closed; expected '{{/\(block)}}'")
    }

    static func unclosedTag() -> RuleMessage {
        .init("R123", "'{{' is never closed; expected '}}'")
    }

    static func unexpectedAfterEnd(_ found: String) -> RuleMessage {
        .init("R112", "unexpected \(found) after the end of the expression")
    }

    static func unexpectedCharacter(_ text: String) -> RuleMessage {
        .init("R101", "unexpected character\(text.count == 1 ? "" : "s") '\(text)'")
    }

    static func unknownBlock(_ tag: String, suggestion: String?) -> RuleMessage {
        .init("R124", "unknown block '{{\(tag)}}'" + Self.suggestion(suggestion.map { "{{\($0)}}" }))
    }

    static func unknownFunction(_ name: String, suggestion: String?) -> RuleMessage {
        .init("R206", "unknown function '\(name)'" + Self.suggestion(suggestion))
    }

    static func unknownName(_ name: String, suggestion: String?) -> RuleMessage {
        .init("R201", "unknown name '\(name)'" + Self.suggestion(suggestion))
    }

    static func unknownOperator(_ spelling: String, suggestion: String) -> RuleMessage {
        .init("R106", "'\(spelling)' is not an operator" + Self.suggestion(suggestion))
    }

    static func unshowable(_ type: RuleType) -> RuleMessage {
        .init("R215", "a '\(type)' cannot be shown in text; show one of its fields instead")
    }

    static func unterminatedString() -> RuleMessage {
        .init("R102", "unterminated string; expected a closing '\"'")
    }

    static func whereOutsideFilter() -> RuleMessage {
        let forms = "'(LIST where CONDITION)' or 'count(LIST where CONDITION)'"
        return .init("R115", "'where' must follow a list alone in brackets: \(forms)")
    }

    static func wrongArgumentCount(_ function: String, expected: String, found: Int) -> RuleMessage {
        .init("R207", "'\(function)' expects \(expected), found \(found)")
    }

    static func wrongType(expected: RuleType, found: RuleType) -> RuleMessage {
        .init("R211", "expected a value of type '\(expected)', found '\(found)'")
    }
}

extension RuleMessage {
    /// Every code with a one-line summary, in code order, for `clpconf explain` and the docs.
    public static let catalogue: [RuleMessageEntry] = [
        .init(code: "R101", summary: "a character that the rule language does not use"),
        .init(code: "R102", summary: "a string without its closing double quote"),
        .init(code: "R103", summary: "an unknown escape inside a string"),
        .init(code: "R104", summary: "a whole number too large to store"),
        .init(code: "R105", summary: "a date that is not in the calendar, such as 2026-02-30"),
        .init(code: "R106", summary: "an operator from another language, such as '=' or '&&'"),
        .init(code: "R107", summary: "a malformed number, such as '12abc' or '10_'"),
        .init(code: "R108", summary: "a string in single quotes instead of double quotes"),
        .init(code: "R110", summary: "an expression is missing"),
        .init(code: "R111", summary: "a closing bracket or keyword is missing"),
        .init(code: "R112", summary: "text left over after a complete expression"),
        .init(code: "R113", summary: "chained comparisons such as 'a < b < c'"),
        .init(code: "R114", summary: "brackets or blocks nested too deeply"),
        .init(code: "R115", summary: "'where' outside brackets, or after a second argument"),
        .init(code: "R116", summary: "a '.' not followed by a name"),
        .init(code: "R120", summary: "a template block that is never closed"),
        .init(code: "R121", summary: "a template block closed that was never opened"),
        .init(code: "R122", summary: "a template block closed with the wrong kind"),
        .init(code: "R123", summary: "a '{{' without its '}}'"),
        .init(code: "R124", summary: "an unknown template block"),
        .init(code: "R125", summary: "a misplaced or repeated '{{else}}'"),
        .init(code: "R201", summary: "a name that the edition does not define"),
        .init(code: "R202", summary: "a field that a record does not have"),
        .init(code: "R203", summary: "a text that is not one of a section's options"),
        .init(code: "R204", summary: "an operator used on the wrong types"),
        .init(code: "R205", summary: "two values of different types compared"),
        .init(code: "R206", summary: "an unknown function"),
        .init(code: "R207", summary: "a function called with the wrong number of arguments"),
        .init(code: "R208", summary: "a function called with the wrong types"),
        .init(code: "R209", summary: "'then' and 'else' of different types"),
        .init(code: "R210", summary: "a condition that is not yes/no"),
        .init(code: "R211", summary: "an expression of the wrong type for its place"),
        .init(code: "R212", summary: "a list whose items have different types"),
        .init(code: "R213", summary: "an empty list '[]'"),
        .init(code: "R214", summary: "'where' over a list that is not a list of records"),
        .init(code: "R215", summary: "a template value that cannot be shown as text"),
        .init(code: "R216", summary: "'{{#each}}' over something that is not a list of records"),
        .init(code: "R217", summary: "'where' given to a function that does not take it"),
        .init(code: "R301", summary: "division by zero"),
        .init(code: "R302", summary: "a calculation too large for a whole number"),
        .init(code: "R303", summary: "a name with no value in the selections"),
        .init(code: "R304", summary: "a value of the wrong type in the selections"),
        .init(code: "R305", summary: "'min' or 'max' of an empty list"),
        .init(code: "R306", summary: "evaluating an expression that has syntax errors"),
        .init(code: "R307", summary: "a record in the selections without a field the rule reads"),
    ]
}
