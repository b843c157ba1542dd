import Diagnostics
import RuleLanguage
import Testing

/// Templates on hostile input: reading 50,000 `{{` is linear, and rendering nested `{{#each}}` stops at an
/// output bound (and a bound on work), with a marker saying the text was cut.
@Suite("Template bounds")
struct TemplateBoundsTests {
    static func parsed(_ text: String) throws -> RuleTemplate {
        let (template, problems) = RuleTemplate.parse(RuleSource(text: text))
        #expect(problems.isEmpty, "\(problems.map(\.message))")
        return try #require(template)
    }

    @Test(arguments: ["{{", "{{ ", "{{\"", "{{#when ", "x{{}", "{{\"}}"])
    func manyOpeningBracesAreReadInLinearTime(piece: String) {
        let text = String(repeating: piece, count: 50_000)
        let started = ContinuousClock.now
        _ = RuleTemplate.parse(RuleSource(text: text))
        #expect(ContinuousClock.now - started < .seconds(10), "'\(piece)' × 50,000")
    }

    @Test func nestedEachIsCutAtTheOutputBound() throws {
        let body = String(repeating: "x", count: 1000)
        let text =
            String(repeating: "{{#each facts.branch}}", count: 4) + "{{name}} " + body
            + String(repeating: "{{/each}}", count: 4)
        let output = try RuleEvaluator(bindings: Sample.bindings).render(try Self.parsed(text)).get()
        #expect(output.utf8.count <= RuleTemplate.maximumOutput + BoundedText.marker.utf8.count)
        #expect(output.hasSuffix(BoundedText.marker))
        let small = "{{#each facts.branch}}{{name}} {{/each}}"
        let fine = try RuleEvaluator(bindings: Sample.bindings).render(try Self.parsed(small)).get()
        #expect(fine == "Northgate Southmead Eastfield ")
    }

    @Test func deepEachWithLittleOutputStopsAtTheWorkBound() throws {
        let depth = 40
        let text =
            String(repeating: "{{#each facts.branch}}", count: depth) + "{{#when false}}x{{/when}}"
            + String(repeating: "{{/each}}", count: depth)
        let started = ContinuousClock.now
        let output = try RuleEvaluator(bindings: Sample.bindings).render(try Self.parsed(text)).get()
        #expect(ContinuousClock.now - started < .seconds(60))
        #expect(output == BoundedText.marker)
    }
}
