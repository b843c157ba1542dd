import Diagnostics
import TOML
import Testing

@testable import Rulebook

/// Constraint examples: each snippet is merged onto `example.toml` and must (not) trigger its constraint.
@Suite struct ExampleRunnerTests {
    static func run(_ fixture: EditionFixture, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> (
        outcomes: [ExampleRunner.Outcome], lines: [String]
    ) {
        let edition = try fixture.loaded(sourceLocation: sourceLocation)
        let base = TOMLParser.parse(fixture.example ?? "", path: "example.toml")
        #expect(base.isValid, sourceLocation: sourceLocation)
        let (outcomes, diagnostics) = ExampleRunner(edition: edition, base: base.document).run()
        return (outcomes, diagnosticLines(diagnostics, files: edition.files + [base.document.source]))
    }

    @Test func everyExampleOfTheMiniEditionBehavesAsDeclared() throws {
        let (outcomes, lines) = try Self.run(MiniEdition.fixture)
        #expect(lines == [])
        #expect(
            outcomes.map { "\($0.constraint.code) \($0.expectFailure ? "fail" : "pass") \($0.passed)" } == [
                "GEN01 pass true", "GEN01 fail true", "GOV02 pass true", "GOV02 fail true",
            ])
        #expect(outcomes.map(\.codes) == [[], ["GEN01"], [], ["GOV02"]])
    }

    @Test func failExampleThatDoesNotFailIsReportedWhereItIsWritten() throws {
        var fixture = MiniEdition.fixture
        fixture.sections[MiniEdition.governanceIndex] = fixture.sections[MiniEdition.governanceIndex]
            .replacing("meetings_per_year = 6", with: "meetings_per_year = 8")
        let (outcomes, lines) = try Self.run(fixture)
        #expect(
            lines == [
                "sections/01.toml:50:9: warning: this 'fail' example does not trigger constraint 'GOV02' (governance.enough_meetings) [M311]"
            ])
        #expect(outcomes.filter { !$0.passed }.map(\.codes) == [[]])
    }

    @Test func passExampleThatTriggersIsReported() throws {
        var fixture = MiniEdition.fixture
        fixture.sections[MiniEdition.governanceIndex] = fixture.sections[MiniEdition.governanceIndex]
            .replacing("meetings_per_year = 9", with: "meetings_per_year = 7")
        let (_, lines) = try Self.run(fixture)
        #expect(
            lines == [
                "sections/01.toml:46:9: warning: this 'pass' example triggers constraint 'GOV02' (governance.enough_meetings) [M311]"
            ])
    }

    @Test func brokenSnippetIsReportedInsideTheMenuString() throws {
        var fixture = MiniEdition.fixture
        fixture.sections[MiniEdition.governanceIndex] = fixture.sections[MiniEdition.governanceIndex]
            .replacing("meetings_per_year = 9", with: "meetings_per_year = = 9")
        let (outcomes, lines) = try Self.run(fixture)
        #expect(outcomes.count == 3, "the broken example is not run")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("sections/01.toml:48:21: error: ") == true, "\(lines)")
        #expect(lines.first?.hasSuffix("]") == true && lines.first?.contains("[T1") == true, "\(lines)")
    }

    @Test func invalidBaseIsReported() throws {
        var fixture = MiniEdition.fixture
        fixture.example = MiniEdition.selections.replacing("meetings_per_year = 10", with: "meetings_per_year = 7")
        let (_, lines) = try Self.run(fixture)
        #expect(lines.first == "example.toml:1:1: warning: example.toml is not valid: it produces 'GOV02' [M310]")
    }

    @Test func snippetTablesMergeKeyByKeyAndArraysReplace() throws {
        let base = TOMLParser.parse(MiniEdition.selections, path: "example.toml").document
        let snippet = TOMLParser.parse(
            """
            [governance]
            meetings_per_year = 6
            [forums]
            options = ["bame_forum"]
            [[officers]]
            post = "secretary"
            name = "B. Jones"
            woman = false
            """, path: "snippet.toml"
        ).document
        let merged = ExampleRunner.merge(base.root, snippet.root)
        let governance = try #require(merged["governance"]?.table)
        #expect(governance["option"]?.string == "delegate_gc", "a table merges: keys the snippet leaves out stay")
        #expect(governance["meetings_per_year"]?.integer == 6, "a key in the snippet replaces the base's")
        #expect(merged["forums"]?.table?["options"]?.array?.compactMap(\.string) == ["bame_forum"], "arrays replace")
        let officers = try #require(merged["officers"]?.array)
        #expect(officers.map { $0.table?["post"]?.string } == ["secretary"], "[[officers]] replaces the base's whole")
        #expect(merged["facts"]?.table?["members"]?.integer == 812, "tables the snippet does not mention are kept")
        #expect(merged.keys == base.root.keys, "no key is lost or reordered")
    }

    @Test func mergedExampleIsLoadedAsAWholeSelectionsFile() throws {
        // The snippet sets one fact; the merged [facts] must keep the base's other facts, or loading would
        // report a missing fact and the pass example would carry an S104.
        var fixture = MiniEdition.fixture
        fixture.sections[MiniEdition.governanceIndex] = fixture.sections[MiniEdition.governanceIndex]
            .replacing("[governance]\nmeetings_per_year = 9", with: "[facts]\nmembers = 900")
        #expect(fixture.sections[MiniEdition.governanceIndex].contains("members = 900"))
        let (outcomes, lines) = try Self.run(fixture)
        #expect(lines == [])
        #expect(outcomes.first { $0.constraint.code == "GOV02" && !$0.expectFailure }?.codes == [])
    }
}
