import Diagnostics
import RuleLanguage
import Testing

/// The nesting limit is what `docs/rule-language.md` promises: 64 nested brackets, prefixes, `if`s or
/// template blocks are read; one more is R114.
@Suite("Nesting limit")
struct NestingLimitTests {
    static let limit = RuleParser.maximumDepth

    static func parse(_ text: String) -> (RuleExpression?, [String]) {
        let (expression, problems) = RuleParser.parse(RuleSource(text: text))
        return (expression, problems.map(\.code))
    }

    @Test("the documented limit is 64")
    func limitIsSixtyFour() {
        #expect(Self.limit == 64)
    }

    @Test(
        "exactly the limit is read, one more is R114",
        arguments: [
            ("(", "1", ")"), ("(", "1 + 2", ")"), ("f(", "1", ")"), ("[", "1", "]"), ("not ", "a", ""),
            ("-", "1", ""), ("if a then ", "1 else 2", ""), ("(a where ", "b", ")"),
        ])
    func exactlyAtTheLimit(open: String, inner: String, close: String) {
        let atLimit =
            String(repeating: open, count: Self.limit) + inner + String(repeating: close, count: Self.limit)
        let (expression, problems) = Self.parse(atLimit)
        #expect(expression != nil, "\(Self.limit) × '\(open)' must be read")
        #expect(!problems.contains("R114"), "\(Self.limit) × '\(open)': \(problems)")
        let pastLimit =
            String(repeating: open, count: Self.limit + 1) + inner + String(repeating: close, count: Self.limit + 1)
        let (tooDeep, pastProblems) = Self.parse(pastLimit)
        #expect(tooDeep == nil)
        #expect(pastProblems == ["R114"], "\(Self.limit + 1) × '\(open)'")
    }

    @Test("64 nested brackets evaluate")
    func nestedBracketsEvaluate() throws {
        let text = String(repeating: "(", count: 64) + "1 + 2" + String(repeating: ")", count: 64) + " * 3"
        let (expression, problems) = RuleParser.parse(RuleSource(text: text))
        #expect(problems.isEmpty)
        let parsed = try #require(expression)
        #expect(RuleEvaluator(bindings: RuleBindings()).evaluate(parsed).value == .integer(9))
    }

    @Test("template blocks nest 64 deep, not 65")
    func templateBlocks() {
        let open = "{{#when true}}"
        let close = "{{/when}}"
        let fine = String(repeating: open, count: 64) + "x" + String(repeating: close, count: 64)
        let (template, problems) = RuleTemplate.parse(RuleSource(text: fine))
        #expect(template != nil)
        #expect(problems.isEmpty)
        let deep = String(repeating: open, count: 65) + "x" + String(repeating: close, count: 65)
        let (tooDeep, deepProblems) = RuleTemplate.parse(RuleSource(text: deep))
        #expect(tooDeep == nil)
        #expect(deepProblems.map(\.code) == ["R114"])
    }
}
