import Rulebook
import Testing

/// `clpconf explain CODE` and `clpconf menu show` documents.
@Suite struct ExplainerTests {
    @Test func constraintPageShowsTheRuleItsSourceAndExamples() throws {
        let edition = try MiniEdition.fixture.loaded()
        let constraint = try #require(edition.allConstraints.first { $0.code == "GOV02" })
        let page = ConstraintExplainer.document(constraint, edition: edition)
        #expect(page.title == "GOV02: governance.enough_meetings")
        #expect(page.subtitle == "Edition t")
        let lines = BookletBuilderTests.flatten(page.blocks)
        #expect(lines.first == "p members must be offered at least 8 general meetings a year, not …")
        #expect(lines.contains("Source: Rule Book T, Chapter 7, Clause VIII.3"))
        #expect(!lines.contains { $0.contains(">=") }, "the rule as written only with --verbose")
        let verbose = BookletBuilderTests.flatten(
            ConstraintExplainer.document(constraint, edition: edition, verbose: true).blocks)
        #expect(verbose.contains("Applies when: always"))
        #expect(verbose.contains("Requires: governance.meetings_per_year >= 8"))
        #expect(lines.contains("pre [governance]\nmeetings_per_year = 6"))
    }

    @Test func menuShowFindsSectionsOptionsAndParameters() throws {
        let explainer = MenuExplainer(edition: try MiniEdition.fixture.loaded())
        #expect(explainer.document(for: "governance")?.title == "How the CLP is governed")
        #expect(explainer.document(for: "governance.delegate_gc")?.title == "Delegate General Committee")
        let parameter = try #require(explainer.document(for: "governance.delegate_ratio"))
        let lines = BookletBuilderTests.flatten(parameter.blocks)
        #expect(lines.prefix(3) == ["Allowed: 5 to 50", "Default: 15", #"p Asked only when: governance.option == "delegate_gc""#])
        #expect(explainer.document(for: "governance.nothing") == nil)
        #expect(explainer.document(for: "nothing") == nil)
        let overview = BookletBuilderTests.flatten(explainer.overview().blocks)
        #expect(overview.contains("- youth_forum: A forum for young members"))
        #expect(overview.contains("p Settings: quorum_percent"))
    }
}
