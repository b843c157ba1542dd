import Diagnostics

/// Every rule-language diagnostic code, each declared once with its severity and docs: `R1xx` reading (lexer,
/// parser, templates), `R2xx` types, `R3xx` evaluation.
///
/// The factories in `RuleMessages.swift` build their messages from these entries. Codes are never reused.
public enum RuleCatalogue {
    /// Every code, in code order, for `clpconf explain` and the docs.
    public static let all: [MessageDescriptor] = [
        unexpectedCharacter, unterminatedString, badEscape, integerTooLarge, invalidDate, unknownOperator,
        badNumber, singleQuotes, expectedExpression, expectedToken, unexpectedAfterEnd, chainedComparison,
        nestedTooDeeply, whereOutsideFilter, expectedName, unclosedBlock, strayClose, mismatchedClose,
        unclosedTag, unknownBlock, misplacedElse, unknownName, noField, notAnOption, operandTypes,
        incomparableTypes, unknownFunction, wrongArgumentCount, argumentTypes, branchTypesDiffer,
        conditionNotBoolean, wrongType, listItemTypes, emptyList, filterNeedsRecords, unshowable,
        eachNeedsRecords, filterNotAllowed, divisionByZero, overflow, missingValue, runtimeTypes,
        emptyAggregate, invalidExpression, missingField,
    ]

    static let unexpectedCharacter = MessageDescriptor(
        "R101", .rules, .error, summary: "a character that the rule language does not use",
        documentation: """
            The rule contains a character with no meaning in the rule language, such as '%' or '$'. Remove it, \
            or write the operator the rule language uses instead.
            """)

    static let unterminatedString = MessageDescriptor(
        "R102", .rules, .error, summary: "a string without its closing double quote",
        documentation: """
            A text value is opened with " but never closed. Add the closing double quote.
            """)

    static let badEscape = MessageDescriptor(
        "R103", .rules, .error, summary: "an unknown escape inside a string",
        documentation: """
            Inside a text value a backslash may only be followed by ", \\ or n. Use one of those, or leave the \
            backslash out.
            """)

    static let integerTooLarge = MessageDescriptor(
        "R104", .rules, .error, summary: "a whole number too large to store",
        documentation: """
            Whole numbers are 64-bit; the largest is 9223372036854775807. Use a smaller number.
            """)

    static let invalidDate = MessageDescriptor(
        "R105", .rules, .error, summary: "a date that is not in the calendar, such as 2026-02-30",
        documentation: """
            The date is written correctly but does not exist. Correct the day or month.
            """)

    static let unknownOperator = MessageDescriptor(
        "R106", .rules, .error, summary: "an operator from another language, such as '=' or '&&'",
        documentation: """
            Write == for equality and and, or, not for logic; the message suggests the right spelling.
            """)

    static let badNumber = MessageDescriptor(
        "R107", .rules, .error, summary: "a malformed number, such as '12abc' or '10_'",
        documentation: """
            A number may only contain digits, optionally grouped with '_' between digits as in 10_000. Correct \
            the number.
            """)

    static let singleQuotes = MessageDescriptor(
        "R108", .rules, .error, summary: "a string in single quotes instead of double quotes",
        documentation: """
            Text values are written in double quotes: "hybrid", not 'hybrid'. Single quotes are for the TOML \
            string that holds the rule.
            """)

    static let expectedExpression = MessageDescriptor(
        "R110", .rules, .error, summary: "an expression is missing",
        documentation: """
            The rule stops where a value or a name was expected, as in '1 +'. Complete the expression.
            """)

    static let expectedToken = MessageDescriptor(
        "R111", .rules, .error, summary: "a closing bracket or keyword is missing",
        documentation: """
            A bracket is not closed, or 'if' lacks its 'then' or 'else'. Add the ')', ']', 'then' or 'else' the \
            message names.
            """)

    static let unexpectedAfterEnd = MessageDescriptor(
        "R112", .rules, .error, summary: "text left over after a complete expression",
        documentation: """
            The rule is complete but more text follows, as in 'a b'. Join the parts with an operator, or remove \
            the extra text.
            """)

    static let chainedComparison = MessageDescriptor(
        "R113", .rules, .error, summary: "chained comparisons such as 'a < b < c'",
        documentation: """
            Comparisons cannot be chained. Join them with 'and': '1 <= x and x <= 10'.
            """)

    static let nestedTooDeeply = MessageDescriptor(
        "R114", .rules, .error, summary: "brackets or blocks nested too deeply",
        documentation: """
            Brackets, operators or template blocks are nested deeper than the limit, a guard against runaway \
            input. Simplify the rule, or split it into derived values.
            """)

    static let whereOutsideFilter = MessageDescriptor(
        "R115", .rules, .error, summary: "'where' outside brackets, or after a second argument",
        documentation: """
            A filter is written in brackets of its own, '(LIST where CONDITION)', or as the only argument of \
            count, any or all.
            """)

    static let expectedName = MessageDescriptor(
        "R116", .rules, .error, summary: "a '.' not followed by a name",
        documentation: """
            A dot must be followed by the name of a field or key, as in 'facts.members'. Complete the name.
            """)

    static let unclosedBlock = MessageDescriptor(
        "R120", .rules, .error, summary: "a template block that is never closed",
        documentation: """
            A '{{#when}}' or '{{#each}}' block has no matching close. Add '{{/when}}' or '{{/each}}'.
            """)

    static let strayClose = MessageDescriptor(
        "R121", .rules, .error, summary: "a template block closed that was never opened",
        documentation: """
            A '{{/when}}' or '{{/each}}' has no matching open block. Remove it, or add the opening block.
            """)

    static let mismatchedClose = MessageDescriptor(
        "R122", .rules, .error, summary: "a template block closed with the wrong kind",
        documentation: """
            A block opened with '{{#each}}' is closed with '{{/when}}', or the other way round. Close each block \
            with its own kind.
            """)

    static let unclosedTag = MessageDescriptor(
        "R123", .rules, .error, summary: "a '{{' without its '}}'",
        documentation: """
            A template tag is opened with '{{' but never closed. Add the '}}'.
            """)

    static let unknownBlock = MessageDescriptor(
        "R124", .rules, .error, summary: "an unknown template block",
        documentation: """
            Templates know only '{{#when ...}}' and '{{#each ...}}' blocks and '{{else}}'. Use one of those; the \
            message suggests the nearest.
            """)

    static let misplacedElse = MessageDescriptor(
        "R125", .rules, .error, summary: "a misplaced or repeated '{{else}}'",
        documentation: """
            '{{else}}' belongs inside a '{{#when}}' or '{{#each}}' block, at most once. Move it into its block \
            or remove the extra one.
            """)

    static let unknownName = MessageDescriptor(
        "R201", .rules, .error, summary: "a name that the edition does not define",
        documentation: """
            The rule reads a name that is not a fact, section, parameter, derived value or built-in of the \
            edition. Correct the spelling; the message suggests the nearest name.
            """)

    static let noField = MessageDescriptor(
        "R202", .rules, .error, summary: "a field that a record does not have",
        documentation: """
            The rule reads a field that the record (a fact entry, an officer, a vote) does not have. Use one of \
            the record's fields; the message suggests the nearest.
            """)

    static let notAnOption = MessageDescriptor(
        "R203", .rules, .error, summary: "a text that is not one of a section's options",
        documentation: """
            A choice is compared with a text that is not one of its section's option ids, so the comparison \
            could never hold. Use the option id; the message suggests the nearest.
            """)

    static let operandTypes = MessageDescriptor(
        "R204", .rules, .error, summary: "an operator used on the wrong types",
        documentation: """
            An operator is given values it cannot work on, such as '"x" + 1' or '1 and true'. The message says \
            what the operator expects.
            """)

    static let incomparableTypes = MessageDescriptor(
        "R205", .rules, .error, summary: "two values of different types compared",
        documentation: """
            Two values of different kinds are compared, or looked for one in the other, such as a number with a \
            text. Compare like with like.
            """)

    static let unknownFunction = MessageDescriptor(
        "R206", .rules, .error, summary: "an unknown function",
        documentation: """
            The rule calls a function the rule language does not have. Use one of the functions in \
            docs/rule-language.md; the message suggests the nearest.
            """)

    static let wrongArgumentCount = MessageDescriptor(
        "R207", .rules, .error, summary: "a function called with the wrong number of arguments",
        documentation: """
            The function takes a different number of arguments; see its entry in the function table.
            """)

    static let argumentTypes = MessageDescriptor(
        "R208", .rules, .error, summary: "a function called with the wrong types",
        documentation: """
            An argument is of a kind the function does not take, such as sum of a list of records. See the \
            function table for what it expects.
            """)

    static let branchTypesDiffer = MessageDescriptor(
        "R209", .rules, .error, summary: "'then' and 'else' of different types",
        documentation: """
            Both branches of 'if ... then ... else ...' must give the same kind of value. Make them match.
            """)

    static let conditionNotBoolean = MessageDescriptor(
        "R210", .rules, .error, summary: "a condition that is not yes/no",
        documentation: """
            A condition of 'if', 'where' or '{{#when}}' must be true or false. Compare the value, as in 'quorum \
            > 0'.
            """)

    static let wrongType = MessageDescriptor(
        "R211", .rules, .error, summary: "an expression of the wrong type for its place",
        documentation: """
            The expression gives a value of a different kind than its place needs: a constraint's 'require' must \
            be yes/no, a derived value must match its declared type.
            """)

    static let listItemTypes = MessageDescriptor(
        "R212", .rules, .error, summary: "a list whose items have different types",
        documentation: """
            All items of a list written in a rule must have the same kind. Make them match.
            """)

    static let emptyList = MessageDescriptor(
        "R213", .rules, .error, summary: "an empty list '[]'",
        documentation: """
            An empty list has no item type, so nothing can be tested against it. Leave the test out, or list at \
            least one item.
            """)

    static let filterNeedsRecords = MessageDescriptor(
        "R214", .rules, .error, summary: "'where' over a list that is not a list of records",
        documentation: """
            'where' filters a list of records by their fields. Use 'in' for a list of plain values, or filter \
            the records first.
            """)

    static let unshowable = MessageDescriptor(
        "R215", .rules, .error, summary: "a template value that cannot be shown as text",
        documentation: """
            A record or a list of records cannot be written into text. Show one of its fields instead, as in \
            '{{officers.name}}'.
            """)

    static let eachNeedsRecords = MessageDescriptor(
        "R216", .rules, .error, summary: "'{{#each}}' over something that is not a list of records",
        documentation: """
            '{{#each}}' repeats its body for each record of a list. Give it a list fact or a filtered list of \
            records.
            """)

    static let filterNotAllowed = MessageDescriptor(
        "R217", .rules, .error, summary: "'where' given to a function that does not take it",
        documentation: """
            Only count, any and all take a 'where' filter. Filter in brackets of its own instead: 'sum((x where \
            ...).field)'.
            """)

    static let divisionByZero = MessageDescriptor(
        "R301", .rules, .error, summary: "division by zero",
        documentation: """
            The rule divides by a value that is zero for this CLP. Guard the division, as in 'quorum > 0 and \
            ...'.
            """)

    static let overflow = MessageDescriptor(
        "R302", .rules, .error, summary: "a calculation too large for a whole number",
        documentation: """
            The result of a calculation does not fit in 64 bits. Check the numbers in the selections and in the \
            rule.
            """)

    static let missingValue = MessageDescriptor(
        "R303", .rules, .error, summary: "a name with no value in the selections",
        documentation: """
            The rule reads a name that the CLP's selections do not give a value to. Add it to the selections \
            file.
            """)

    static let runtimeTypes = MessageDescriptor(
        "R304", .rules, .error, summary: "a value of the wrong type in the selections",
        documentation: """
            A value in the selections has a different kind than the rule needs. Correct the selections.
            """)

    static let emptyAggregate = MessageDescriptor(
        "R305", .rules, .error, summary: "'min' or 'max' of an empty list",
        documentation: """
            min and max of an empty list have no value. Guard the rule with 'count(...) > 0 and ...'.
            """)

    static let invalidExpression = MessageDescriptor(
        "R306", .rules, .error, summary: "evaluating an expression that has syntax errors",
        documentation: """
            The rule could not be read, so it cannot be checked. Fix its R1xx errors first.
            """)

    static let missingField = MessageDescriptor(
        "R307", .rules, .error, summary: "a record in the selections without a field the rule reads",
        documentation: """
            An entry in the selections (a vote, an officer, a fact record) lacks a field that the rule reads. \
            Add the field to the selections.
            """)
}
