import Testing

@testable import RuleLanguage

/// The lexer's keyword test (by length and first letter) agrees with the list of keywords.
@Suite struct KeywordTableTests {
    @Test func everyKeywordIsFoundAndNothingElse() {
        for (spelling, kind) in RuleTokenKind.keywords {
            spelling.withUnsafeBufferPointer { #expect(RuleTokenKind.keyword($0[...]) == kind) }
        }
        let names = [
            "a", "an", "ant", "o", "ox", "nor", "i", "ix", "id", "that", "thin", "tree", "else_", "elsa", "were",
            "fals", "falsy", "in_", "if_", "ORS", "And", "whose", "final",
        ]
        for name in names where !RuleTokenKind.keywords.contains(where: { $0.spelling == Array(name.utf8) }) {
            Array(name.utf8).withUnsafeBufferPointer { #expect(RuleTokenKind.keyword($0[...]) == nil, "\(name)") }
        }
    }
}

/// The printer's binding powers agree with the operator table that drives the parser.
@Suite struct OperatorPowerTests {
    @Test func everyOperatorHasItsTablePower() {
        for op in RuleBinaryOperator.allCases {
            let entry = RuleOperatorTable.infix.first { $0.node == op }
            #expect(RuleOperatorTable.power(of: op) == entry?.power ?? 0, "\(op)")
        }
    }
}
