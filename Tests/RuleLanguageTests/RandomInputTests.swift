import Diagnostics
import RuleLanguage
import TestSupport
import Testing

/// Seeded random inputs: nothing crashes, every diagnostic points inside the text, and printing a parsed
/// tree gives text that parses to the same tree.
@Suite("Random inputs")
struct RandomInputTests {
    private static let vocabulary = [
        "facts.members", "quorum", "governance.option", "officers", "woman", "facts.branch.members", "forums.options",
        "agm.date", "1", "0", "7", "9223372036854775807", "\"delegate_gc\"", "\"x\"", "\"\\n\"", "2026-06-14", "2026-02-30",
        "true", "false", "and", "or", "not", "in", "if", "then", "else", "where", "==", "!=", "<", "<=", ">", ">=", "+",
        "-", "*", "/", "(", ")", "[", "]", ",", ".", "count(", "sum(", "min(", "max(", "ceil_div(", "days_between(",
        "percent(", "any(", "all(", "len(", "distinct(", ").name", "{{", "}}", "{{#when", "{{/when}}", "{{#each", "{{/each}}", "{{else}}",
        "é",
        "👨‍👩‍👧", "\"", "=", "&&", "_", "'", "\\", "\n", "10_", "{", "}",
    ]

    private static func checkLocations(_ problems: [Diagnostic], _ text: String, _ label: String) {
        let size = text.utf8.count
        for problem in problems {
            let range = problem.location?.range ?? -1..<0
            #expect(range.lowerBound >= 0 && range.upperBound <= size, "\(label): \(problem.message) at \(range)")
        }
    }

    /// Parses, checks, evaluates, explains and renders `text` as both an expression and a template.
    private static func exercise(_ text: String) {
        let source = RuleSource(text: text)
        let checker = RuleTypeChecker(schema: Sample.schema)
        let evaluator = RuleEvaluator(bindings: Sample.bindings)
        let (expression, problems) = RuleParser.parse(source)
        checkLocations(problems, text, text)
        if let expression {
            let (_, typeProblems) = checker.check(expression, source: source, expecting: .boolean)
            checkLocations(typeProblems, text, text)
            let evaluation = evaluator.evaluate(expression)
            if evaluation.boolean == false { _ = evaluator.explainFailure(of: expression, source: source) }
            if !problems.hasErrors {
                let reprinted = RuleParser.parse(RuleSource(text: expression.description))
                #expect(!reprinted.1.hasErrors, "\(text) → \(expression.description)")
                #expect(reprinted.0.map(sexpr) == sexpr(expression), "\(text) → \(expression.description)")
            }
        }
        let (template, templateProblems) = RuleTemplate.parse(source)
        checkLocations(templateProblems, text, text)
        if let template {
            checkLocations(checker.check(template, source: source), text, text)
            _ = evaluator.render(template)
        }
    }

    @Test("token soup never crashes", arguments: [1 as UInt64, 2, 3, 4])
    func tokenSoup(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        for _ in 0..<1_500 {
            let count = Int.random(in: 1...24, using: &random)
            let separator = Bool.random(using: &random) ? " " : ""
            let text = (0..<count).map { _ in Self.vocabulary.randomElement(using: &random) ?? "" }.joined(separator: separator)
            Self.exercise(text)
        }
    }

    /// A random well-formed expression, fully bracketed, possibly ill-typed.
    private static func expression(depth: Int, using random: inout SeededGenerator) -> String {
        let leaves = [
            "0", "1", "2", "7", "100", "9223372036854775807", "facts.members", "quorum", "woman", "true", "false",
            "\"hybrid\"", "2026-06-14", "agm.date", "governance.option", "forums.options", "facts.branch.members", "officers",
        ]
        guard depth > 0, Int.random(in: 0..<4, using: &random) != 0 else {
            return leaves.randomElement(using: &random) ?? "0"
        }
        func sub() -> String { expression(depth: depth - 1, using: &random) }
        let operators = ["and", "or", "==", "!=", "<", "<=", ">", ">=", "in", "not in", "+", "-", "*", "/"]
        switch Int.random(in: 0..<11, using: &random) {
        case 0, 1, 2: return "(\(sub()) \(operators.randomElement(using: &random) ?? "+") \(sub()))"
        case 3: return Bool.random(using: &random) ? "not (\(sub()))" : "-(\(sub()))"
        case 4: return "(if \(sub()) then \(sub()) else \(sub()))"
        case 5: return "[\(sub()), \(sub())]"
        case 6: return "count(officers where \(sub()))"
        case 9:
            let field = ["name", "woman", "post", "x"].randomElement(using: &random) ?? "name"
            return Bool.random(using: &random) ? "(officers where \(sub())).\(field)" : "(\(sub())).\(field)"
        case 10: return "distinct(\(sub()))"
        case 7:
            let function = ["min", "max", "ceil_div", "percent", "days_between"].randomElement(using: &random) ?? "min"
            return "\(function)(\(sub()), \(sub()))"
        default:
            let function = ["sum", "count", "len", "any", "all", "min"].randomElement(using: &random) ?? "sum"
            return "\(function)(\(sub()))"
        }
    }

    @Test("random well-formed expressions round-trip and evaluate without trapping", arguments: [11 as UInt64, 12, 13])
    func grammar(seed: UInt64) throws {
        var random = SeededGenerator(seed: seed)
        for _ in 0..<800 {
            let text = Self.expression(depth: 6, using: &random)
            let (expression, problems) = RuleParser.parse(RuleSource(text: text))
            #expect(problems.isEmpty, "\(text): \(problems.map(\.message))")
            Self.exercise(text)
            let evaluation = RuleEvaluator(bindings: Sample.bindings).evaluate(try #require(expression))
            #expect(evaluation.value != nil || evaluation.error != nil)
        }
    }
}
