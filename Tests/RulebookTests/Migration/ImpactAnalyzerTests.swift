import CSV
import Diagnostics
import Rulebook
import Testing

/// The impact of the draft 2024 edition on the shipped examples, from their selections files and their reports.
@Suite struct ImpactAnalyzerTests {
    static let draft: Edition? = (try? ShippedEditionTests.source("2024")).flatMap { EditionLoader.load($0).edition }

    static func analyzer() throws -> ImpactAnalyzer {
        let draft = try #require(Self.draft)
        return ImpactAnalyzer(
            draft: draft, editions: CompileFixtures.editions.map { ($0, CompileFixtures.digests[$0.id] ?? "") })
    }

    static func assessed(_ outcome: ImpactAnalyzer.Outcome) throws -> ImpactCase {
        guard case .assessed(let assessed) = outcome else { throw ShippedYear.Missing(what: "an assessed year") }
        return assessed
    }

    @Test func aProblemTheYearAlreadyHasIsNotTheDrafts() throws {
        let text = try ShippedYear.text("invalid-2022.toml")
        let assessed = try Self.assessed(try Self.analyzer().assess(Array(text.utf8), path: "i.toml", as: .selections))
        #expect(!assessed.validNow)
        let now = try ShippedYear.example("invalid-2022.toml").diagnostics.map(\.code)
        #expect(!now.isEmpty)
        for code in now { #expect(!assessed.findings.map(\.code).contains(code)) }
    }

    @Test func theMergedViceChairsAreTheDraftsProblemForAFile() throws {
        let text = try ShippedYear.text("riverside-2023.toml")
        let assessed = try Self.assessed(try Self.analyzer().assess(Array(text.utf8), path: "r.toml", as: .selections))
        #expect(assessed.validNow)
        #expect(!assessed.validUnderDraft)
        #expect(assessed.becomesInvalid)
        #expect(assessed.findings.map(\.code).contains("EXE08"))
        #expect(assessed.findings.allSatisfy { !$0.unassessed })
    }

    @Test func aRuleThatReadsOfficersIsNotCountedAgainstAReport() throws {
        let bytes = try CompileFixtures.report("riverside-2023.toml")
        let assessed = try Self.assessed(try Self.analyzer().assess(bytes, path: "r.json", as: .report))
        #expect(assessed.source == .report)
        #expect(assessed.validNow)
        // The report has no officers, so the merged vice-chairs cannot clash in it.
        #expect(!assessed.findings.map(\.code).contains("EXE08"))
        let officerRules = assessed.findings.filter(\.unassessed).map(\.code)
        #expect(assessed.validUnderDraft == assessed.findings.allSatisfy { $0.unassessed || $0.severity != .error })
        for code in officerRules { #expect(["EXE03", "EXE14", "EXE17"].contains(code), "\(code)") }
    }

    @Test func theAGMsDateIsNotHeldAgainstAnOlderYear() throws {
        let text = try ShippedYear.text("aldermoor-2015.toml")
        let assessed = try Self.assessed(try Self.analyzer().assess(Array(text.utf8), path: "a.toml", as: .selections))
        #expect(assessed.editionID == "2012")
        #expect(!assessed.findings.contains { ["S115", "S207"].contains($0.code) })
        #expect(!assessed.losses.isEmpty)
        #expect(assessed.losses.allSatisfy { $0.losesValue })
    }

    @Test func ofTwoReportsOfOneYearTheLaterIsKept() throws {
        let analyzer = try Self.analyzer()
        let first = try CompileFixtures.report("riverside-2023.toml", generatedAt: "2026-12-01T12:00:00Z")
        let second = try CompileFixtures.report("riverside-2023.toml", generatedAt: "2026-12-02T12:00:00Z")
        let result = ImpactResult(
            draft: try #require(Self.draft),
            outcomes: [analyzer.assess(second, path: "b.json", as: .report), analyzer.assess(first, path: "a.json", as: .report)])
        #expect(result.cases.map(\.file) == ["b.json"])
        #expect(result.leftOut.map(\.file) == ["a.json"])
        #expect(result.leftOut.first?.reason.contains("replaced by b.json") == true)
    }

    @Test func hostileNamesComeOutInert() throws {
        let bytes = try CompileFixtures.report(
            "riverside-2023.toml",
            replacing: [("name = \"Riverside\"", "name = \"=HYPERLINK(\\\"http://x\\\") <script>alert(1)</script> *x*\"")])
        let result = ImpactResult(
            draft: try #require(Self.draft), outcomes: [try Self.analyzer().assess(bytes, path: "h.json", as: .report)])
        #expect(result.cases.first?.clp.hasPrefix("=HYPERLINK") == true)
        let csv = result.csvText()
        #expect(csv.contains(",\"'=HYPERLINK("))
        #expect(!csv.contains(",=HYPERLINK(") && !csv.contains(",\"=HYPERLINK("))
        let html = DocumentFormat.html.render(result.document())
        #expect(!html.contains("<script>alert"))
        #expect(html.contains("&lt;script&gt;"))
        let markdown = DocumentFormat.md.render(result.document())
        #expect(markdown.contains("\\*x\\*"))
    }

    @Test func theTotalsAddUp() throws {
        let analyzer = try Self.analyzer()
        let outcomes = try ReportedYearTests.examples.map {
            analyzer.assess(try CompileFixtures.report($0), path: $0, as: .report)
        }
        let result = ImpactResult(draft: try #require(Self.draft), outcomes: outcomes)
        #expect(result.cases.count == ReportedYearTests.examples.count)
        #expect(
            result.becomingInvalid + result.becomingValid + result.stayingValid + result.stayingInvalid
                == result.cases.count)
    }
}
