import Diagnostics
import RuleLanguage
import TOML
import Testing

@testable import Rulebook

/// Every constraint's failing example, in both shipped editions, is reported at a key the requirement read:
/// a value it compared, the officer or record that breaks it, or the list a missing post belongs in
/// (issue 9, item 2).
@Suite struct ConstraintLocationTests {
    struct Case: CustomStringConvertible, Sendable {
        var edition: String
        var constraint: String
        var index: Int
        var description: String { "\(edition) \(constraint) fail[\(index)]" }
    }

    static let cases: [Case] = ["2012", "2019"].flatMap { id in
        (ShippedYear.editions[id]?.allConstraints ?? []).flatMap { constraint in
            constraint.failExamples.indices.map { Case(edition: id, constraint: constraint.qualifiedID, index: $0) }
        }
    }

    @Test func everyConstraintHasAFailingExampleToCheck() {
        #expect(Self.cases.count > 120)
    }

    @Test(arguments: cases)
    func primaryLocationIsOnAKeyTheRequirementRead(_ testCase: Case) throws {
        let edition = try #require(ShippedYear.editions[testCase.edition])
        let constraint = try #require(edition.allConstraints.first { $0.qualifiedID == testCase.constraint })
        let base = TOMLParser.parse(
            try ShippedYear.exampleText(edition: testCase.edition), path: "menus/\(testCase.edition)/example.toml"
        ).document
        let example = constraint.failExamples[testCase.index]
        let snippet = TOMLParser.parse(example.text, path: "snippet.toml").document
        let merged = TOMLDocument(root: ExampleRunner.merge(base.root, snippet.root), source: base.source)
        let selections = try #require(SelectionsLoader.load(merged, edition: edition).0)
        let result = Validator(edition: edition).validate(selections)
        let diagnostic = try #require(result.diagnostics.first { $0.code == constraint.code })
        let primary = try #require(diagnostic.location)

        let locator = SelectionsLocator(edition: edition, selections: selections)
        let evaluator = RuleEvaluator(bindings: result.bindings)
        var allowed = Self.spans(read: evaluator.evaluate(constraint.require.expression).reads, locator, merged)
        // A requirement that read only what the file does not write (no vote recorded, no approval) is shown
        // at what made the rule apply: the keys its condition read.
        if allowed.isEmpty, let when = constraint.when {
            allowed = Self.spans(read: evaluator.evaluate(when.expression).reads, locator, merged)
        }
        #expect(
            allowed.contains { $0.contains(primary.range.lowerBound) || $0 == primary.range },
            "\(testCase): '\(diagnostic.message)' is at \(primary.range), not on anything the requirement read")
    }

    /// Where the values `reads` names were written: each value, each record of a list (its table and every
    /// field), and an empty list's place in [facts].
    static func spans(read reads: [String], _ locator: SelectionsLocator, _ document: TOMLDocument) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        for name in locator.inputs(of: reads) {
            if let span = locator.span(of: name) { spans.append(span.range) }
            guard ConstraintReport.isList(name) else { continue }
            for entry in ConstraintReport.tableEntries(name, in: document) {
                spans.append(entry.range)
                spans += (entry.table?.entries ?? []).map(\.value.range)
            }
            spans += locator.itemSpans(of: name).map(\.range)
        }
        return spans
    }
}
