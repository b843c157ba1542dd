import Diagnostics
import RuleLanguage
import TestSupport
import Testing

/// One expected diagnostic: at which marker, with which code and message.
struct Expected: CustomStringConvertible {
    var marker: Character
    var code: String
    var message: String

    init(_ marker: Character, _ code: String, _ message: String) {
        self.marker = marker
        self.code = code
        self.message = message
    }

    var description: String { "\(marker) \(code) \(message)" }
}

enum Phase {
    case parse, check, evaluate
}

/// Parses (and, for `.check`, type-checks against ``Sample/schema``) the marked text; returns the diagnostics.
func diagnostics(_ source: RuleSource, phase: Phase, expecting: RuleType? = nil) -> [Diagnostic] {
    let (expression, parseProblems) = RuleParser.parse(source)
    guard phase != .parse, let expression, !parseProblems.hasErrors else { return parseProblems }
    return RuleTypeChecker(schema: Sample.schema).check(expression, source: source, expecting: expecting).1
}

/// Checks the diagnostics of `marked` (an expression with `1️⃣` markers): code, message and start offset
/// per marker, in order; then again with the expression placed after a line of multi-byte characters, where
/// the reported line and column must be line 2 and the marker's character column.
func assertDiagnostics(
    _ marked: String, phase: Phase = .check, expecting: RuleType? = nil, _ expected: [Expected],
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    let text = MarkedText(marked)
    let found = diagnostics(RuleSource(file: "t", text: text.text), phase: phase, expecting: expecting)
    CatalogueChecks.checkDeclared(found, in: RuleCatalogue.all, sourceLocation: sourceLocation)
    #expect(
        found.map { "\($0.code) \($0.message)" } == expected.map { "\($0.code) \($0.message)" },
        sourceLocation: sourceLocation)
    #expect(
        found.map { $0.location?.range.lowerBound ?? -1 } == expected.map { text[$0.marker] },
        "byte offsets", sourceLocation: sourceLocation)

    let prefix = "# Ünïcødé — 👨‍👩‍👧 ok\nrequire = "
    let file = prefix + text.text
    let shifted = RuleSource(file: "m.toml", text: text.text, offsets: TextOffsetMap(base: prefix.utf8.count))
    let converter = SourceLocationConverter(text: file)
    let located = diagnostics(shifted, phase: phase, expecting: expecting).map { diagnostic in
        converter.location(of: diagnostic.location?.range.lowerBound ?? 0)
    }
    let columns = expected.map { expectation in
        "require = ".count + String(decoding: Array(text.text.utf8)[..<max(0, text[expectation.marker])], as: UTF8.self).count + 1
    }
    #expect(located.map(\.line) == expected.map { _ in 2 }, sourceLocation: sourceLocation)
    #expect(located.map(\.column) == columns, "columns after a multi-byte line", sourceLocation: sourceLocation)
}

/// Parses `text`, requiring no diagnostics.
func parsed(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> RuleExpression {
    let (expression, problems) = RuleParser.parse(RuleSource(text: text))
    #expect(problems.isEmpty, "\(problems.map(\.message))", sourceLocation: sourceLocation)
    return try #require(expression, sourceLocation: sourceLocation)
}

/// Parses, type-checks against ``Sample/schema`` and evaluates against `bindings`.
func evaluate(
    _ text: String, _ bindings: RuleBindings = Sample.bindings, sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws -> RuleEvaluation {
    let expression = try parsed(text, sourceLocation: sourceLocation)
    let problems = RuleTypeChecker(schema: Sample.schema).check(expression, source: RuleSource(text: text)).1
    #expect(problems.isEmpty, "\(problems.map(\.message))", sourceLocation: sourceLocation)
    let evaluation = RuleEvaluator(bindings: bindings).evaluate(expression)
    if let error = evaluation.error {
        CatalogueChecks.checkDeclared(
            [error.diagnostic(in: RuleSource(text: text))], in: RuleCatalogue.all, sourceLocation: sourceLocation)
    }
    return evaluation
}

/// The value of `text`, or `nil` with a failed expectation if evaluation failed.
func value(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> RuleValue? {
    let evaluation = try evaluate(text, sourceLocation: sourceLocation)
    #expect(evaluation.error == nil, "\(String(describing: evaluation.error))", sourceLocation: sourceLocation)
    return evaluation.value
}
