/// The rule-language messages: one static factory per message, sorted alphabetically. Each takes its code and
/// severity from the entry it names in ``RuleCatalogue``.
extension RuleMessage {
    static func argumentTypes(_ function: String, expected: String, found: [RuleType]) -> RuleMessage {
        .init(
            RuleCatalogue.argumentTypes,
            "'\(function)' expects \(expected), found \(quotedList(found.map(\.description)))")
    }

    static func badEscape(_ escape: String) -> RuleMessage {
        .init(RuleCatalogue.badEscape, "unknown escape '\\\(escape)' in string; use '\\\"', '\\\\' or '\\n'")
    }

    static func badNumber(_ text: String) -> RuleMessage {
        .init(
            RuleCatalogue.badNumber,
            "'\(text)' is not a valid number; write digits, optionally grouped with '_' as in 10_000")
    }

    static func branchTypesDiffer(_ then: RuleType, _ otherwise: RuleType) -> RuleMessage {
        .init(
            RuleCatalogue.branchTypesDiffer,
            "'then' and 'else' must have the same type, found '\(then)' and '\(otherwise)'")
    }

    static func cannotCompare(_ op: String, _ left: RuleType, _ right: RuleType) -> RuleMessage {
        .init(RuleCatalogue.incomparableTypes, "'\(op)' cannot compare '\(left)' with '\(right)'")
    }

    static func cannotFind(_ op: String, _ item: RuleType, in list: RuleType) -> RuleMessage {
        .init(RuleCatalogue.incomparableTypes, "'\(op)' cannot look for '\(item)' in a '\(list)'")
    }

    static func chainedComparison() -> RuleMessage {
        .init(RuleCatalogue.chainedComparison, "comparisons cannot be chained; join them with 'and'")
    }

    static func conditionNotBoolean(_ context: String, found: RuleType) -> RuleMessage {
        .init(RuleCatalogue.conditionNotBoolean, "\(context) condition must be 'boolean', found '\(found)'")
    }

    static func divisionByZero(_ operation: String) -> RuleMessage {
        .init(RuleCatalogue.divisionByZero, "division by zero in '\(operation)'")
    }

    static func duplicateElse() -> RuleMessage {
        .init(RuleCatalogue.misplacedElse, "a block can have only one '{{else}}'")
    }

    static func eachNeedsRecords(found: RuleType) -> RuleMessage {
        .init(RuleCatalogue.eachNeedsRecords, "'{{#each}}' needs a list of records, found '\(found)'")
    }

    static func elseOutsideBlock() -> RuleMessage {
        .init(RuleCatalogue.misplacedElse, "'{{else}}' must be inside a '{{#when}}' or '{{#each}}' block")
    }

    static func emptyAggregate(_ function: String) -> RuleMessage {
        .init(RuleCatalogue.emptyAggregate, "'\(function)' of an empty list has no value")
    }

    static func emptyList() -> RuleMessage {
        .init(RuleCatalogue.emptyList, "an empty list '[]' has no item type; leave it out or list at least one item")
    }

    static func expected(_ what: String, found: String) -> RuleMessage {
        .init(RuleCatalogue.expectedToken, "expected \(what), found \(found)")
    }

    static func expectedExpression(found: String) -> RuleMessage {
        .init(RuleCatalogue.expectedExpression, "expected an expression, found \(found)")
    }

    static func expectedName(found: String) -> RuleMessage {
        .init(RuleCatalogue.expectedName, "expected a name after '.', found \(found)")
    }

    static func filterNeedsRecords(found: RuleType) -> RuleMessage {
        .init(RuleCatalogue.filterNeedsRecords, "'where' needs a list of records, found '\(found)'")
    }

    static func filterNotAllowed(_ function: String) -> RuleMessage {
        .init(
            RuleCatalogue.filterNotAllowed,
            "'\(function)' does not take a 'where' filter; only 'count', 'any' and 'all' do")
    }

    static func invalidDate(_ text: String) -> RuleMessage {
        .init(RuleCatalogue.invalidDate, "'\(text)' is not a date in the calendar")
    }

    static func invalidExpression() -> RuleMessage {
        .init(RuleCatalogue.invalidExpression, "the expression has syntax errors and cannot be evaluated")
    }

    static func listItemTypes(_ first: RuleType, _ other: RuleType) -> RuleMessage {
        .init(RuleCatalogue.listItemTypes, "list items must all have the same type, found '\(first)' and '\(other)'")
    }

    static func mismatchedClose(_ close: String, open: String) -> RuleMessage {
        .init(RuleCatalogue.mismatchedClose, "'{{/\(close)}}' does not match the open '{{#\(open)}}'")
    }

    static func missingField(_ owner: String, _ field: String) -> RuleMessage {
        .init(RuleCatalogue.missingField, "'\(owner)' has no field '\(field)' in the selections")
    }

    static func missingValue(_ name: String) -> RuleMessage {
        .init(RuleCatalogue.missingValue, "no value for '\(name)'")
    }

    static func missingValue(_ name: String, scope owner: String) -> RuleMessage {
        .init(
            RuleCatalogue.missingValue,
            "no value for '\(name)': it is neither a field of '\(owner)' nor a name in the selections")
    }

    static func nestedTooDeeply(limit: Int) -> RuleMessage {
        .init(RuleCatalogue.nestedTooDeeply, "expression is nested too deeply; the limit is \(limit) levels")
    }

    static func noField(_ owner: String, _ field: String, suggestion: String?) -> RuleMessage {
        .init(RuleCatalogue.noField, "'\(owner)' has no field '\(field)'" + Self.suggestion(suggestion))
    }

    static func noFields(_ owner: String, type: RuleType, field: String) -> RuleMessage {
        .init(RuleCatalogue.noField, "'\(owner)' is '\(type)', which has no field '\(field)'")
    }

    static func notAnOption(_ literal: String, of choice: String, suggestion: String?) -> RuleMessage {
        .init(RuleCatalogue.notAnOption, "'\(literal)' is not an option of '\(choice)'" + Self.suggestion(suggestion))
    }

    static func operandTypes(_ op: String, expected: String, found: [RuleType]) -> RuleMessage {
        .init(RuleCatalogue.operandTypes, "'\(op)' expects \(expected), found \(quotedList(found.map(\.description)))")
    }

    static func overflow(_ operation: String) -> RuleMessage {
        .init(RuleCatalogue.overflow, "the result of '\(operation)' is too large for a whole number")
    }

    static func runtimeTypes(_ operation: String, expected: String, found: [String]) -> RuleMessage {
        .init(RuleCatalogue.runtimeTypes, "'\(operation)' expects \(expected), but the values are \(quotedList(found))")
    }

    static func singleQuotes() -> RuleMessage {
        .init(RuleCatalogue.singleQuotes, "strings are written in double quotes, not single quotes")
    }

    static func strayClose(_ block: String) -> RuleMessage {
        .init(RuleCatalogue.strayClose, "'{{/\(block)}}' has no matching '{{#\(block)}}'")
    }

    static func tooLarge(_ text: String) -> RuleMessage {
        .init(RuleCatalogue.integerTooLarge, "integer '\(text)' is too large; the largest is 9223372036854775807")
    }

    static func unclosedBlock(_ block: String) -> RuleMessage {
        .init(RuleCatalogue.unclosedBlock, "'{{#\(block)}}' is never closed; expected '{{/\(block)}}'")
    }

    static func unclosedTag() -> RuleMessage {
        .init(RuleCatalogue.unclosedTag, "'{{' is never closed; expected '}}'")
    }

    static func unexpectedAfterEnd(_ found: String) -> RuleMessage {
        .init(RuleCatalogue.unexpectedAfterEnd, "unexpected \(found) after the end of the expression")
    }

    static func unexpectedCharacter(_ text: String) -> RuleMessage {
        .init(RuleCatalogue.unexpectedCharacter, "unexpected character\(text.count == 1 ? "" : "s") '\(text)'")
    }

    static func unknownBlock(_ tag: String, suggestion: String?) -> RuleMessage {
        .init(
            RuleCatalogue.unknownBlock, "unknown block '{{\(tag)}}'" + Self.suggestion(suggestion.map { "{{\($0)}}" }))
    }

    static func unknownFunction(_ name: String, suggestion: String?) -> RuleMessage {
        .init(RuleCatalogue.unknownFunction, "unknown function '\(name)'" + Self.suggestion(suggestion))
    }

    static func unknownName(_ name: String, suggestion: String?) -> RuleMessage {
        .init(RuleCatalogue.unknownName, "unknown name '\(name)'" + Self.suggestion(suggestion))
    }

    static func unknownOperator(_ spelling: String, suggestion: String) -> RuleMessage {
        .init(RuleCatalogue.unknownOperator, "'\(spelling)' is not an operator" + Self.suggestion(suggestion))
    }

    static func unshowable(_ type: RuleType) -> RuleMessage {
        .init(RuleCatalogue.unshowable, "a '\(type)' cannot be shown in text; show one of its fields instead")
    }

    static func unterminatedString() -> RuleMessage {
        .init(RuleCatalogue.unterminatedString, "unterminated string; expected a closing '\"'")
    }

    static func whereOutsideFilter() -> RuleMessage {
        let forms = "'(LIST where CONDITION)' or 'count(LIST where CONDITION)'"
        return .init(RuleCatalogue.whereOutsideFilter, "'where' must follow a list alone in brackets: \(forms)")
    }

    static func wrongArgumentCount(_ function: String, expected: String, found: Int) -> RuleMessage {
        .init(RuleCatalogue.wrongArgumentCount, "'\(function)' expects \(expected), found \(found)")
    }

    static func wrongType(expected: RuleType, found: RuleType) -> RuleMessage {
        .init(RuleCatalogue.wrongType, "expected a value of type '\(expected)', found '\(found)'")
    }
}
