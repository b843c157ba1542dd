import Diagnostics
import Rulebook
import Testing

/// A report read back into a selections file holds what the CLP's own file held: every stated choice,
/// setting and fact, and the granted approvals.
@Suite struct ReportedYearTests {
    static let examples = [
        "aldermoor-2015.toml", "eastbrook-2021.toml", "eastbrook-2022.toml", "riverside-2022.toml",
        "riverside-2023.toml",
    ]

    static func rebuilt(_ name: String) throws -> (original: YearEvaluation, rebuilt: YearEvaluation, text: String) {
        let original = try ShippedYear.example(name)
        let bytes = try CompileFixtures.report(name)
        let reader = ReportedYearReader(editions: CompileFixtures.digests)
        guard case .read(let reported) = reader.read(bytes, path: name) else {
            throw ShippedYear.Missing(what: "a readable report of \(name)")
        }
        let text = try reported.selectionsText(edition: original.edition)
        return (original, try ShippedYear.evaluate(text, path: "rebuilt-" + name), text)
    }

    @Test(arguments: examples) func theRebuiltFileLoadsWithoutProblems(_ name: String) throws {
        let (_, rebuilt, text) = try Self.rebuilt(name)
        let loadProblems = rebuilt.loadDiagnostics.filter { $0.severity != .note }
        #expect(loadProblems.isEmpty, "\(loadProblems.map(\.message))\n\(text)")
    }

    @Test(arguments: examples) func everyStatedChoiceAndSettingSurvives(_ name: String) throws {
        let (original, rebuilt, _) = try Self.rebuilt(name)
        let before = try #require(original.selections)
        let after = try #require(rebuilt.selections)
        #expect(Set(after.choices.keys) == Set(before.choices.keys))
        for (section, choice) in before.choices {
            #expect(after.choices[section]?.options.map(\.value) == choice.options.map(\.value), "\(section)")
            #expect(after.choices[section]?.parameters.mapValues(\.value) == choice.parameters.mapValues(\.value))
        }
    }

    @Test(arguments: examples) func everyStatedFactAndGrantedApprovalSurvives(_ name: String) throws {
        let (original, rebuilt, _) = try Self.rebuilt(name)
        let before = try #require(original.selections)
        let after = try #require(rebuilt.selections)
        #expect(after.facts.mapValues(\.value) == before.facts.mapValues(\.value))
        #expect(after.approvals.map(\.approves.value) == before.approvals.map(\.approves.value))
        #expect(after.approvals.map(\.date.value) == before.approvals.map(\.date.value))
        #expect(after.clpName?.value == before.clpName?.value)
        #expect(after.agmDate?.value == before.agmDate?.value)
    }

    @Test func hostileTextInAReportStaysAValue() throws {
        let name = "riverside-2023.toml"
        let hostile = "Riverside\n[approvals]\nby = \"\u{1B}[31mx\""
        let bytes = try CompileFixtures.report(
            name, replacing: [("name = \"Riverside\"", "name = \"Riverside\\n[approvals]\\nby = \\\"\\u001B[31mx\\\"\"")])
        guard case .read(let reported) = ReportedYearReader(editions: CompileFixtures.digests).read(bytes, path: name)
        else {
            Issue.record("the report did not read")
            return
        }
        #expect(reported.clp == hostile)
        let edition = try #require(ShippedYear.editions["2019"])
        let rebuilt = try ShippedYear.evaluate(try reported.selectionsText(edition: edition))
        #expect(rebuilt.selections?.clpName?.value == hostile)
        #expect(rebuilt.selections?.approvals.count == 1)
    }

    @Test func aReportOnAnEditedMenuIsNotRead() throws {
        var digests = CompileFixtures.digests
        digests["2019"] = String(repeating: "0", count: 64)
        let bytes = try CompileFixtures.report("riverside-2023.toml")
        guard case .rejected(let diagnostics, _) = ReportedYearReader(editions: digests).read(bytes, path: "r.json")
        else {
            Issue.record("a report with another digest was read")
            return
        }
        #expect(diagnostics.map(\.code) == ["P104"])
    }
}
