import Foundation
import Testing

@testable import CLPConfCLI

/// `clpconf menu`, `explain` and `init` against the shipped editions.
@Suite struct MenuCommandTests {
    let harness = RepositoryHarness()

    @Test func listShowsEveryEdition() {
        let outcome = harness.run(["menu", "list"])
        #expect(outcome.exitCode == .success)
        #expect(outcome.standardOutput.contains("2012  2012-01-01"))
        #expect(outcome.standardOutput.contains("2019  2019-11-01"))
        #expect(outcome.standardOutput.contains("supersedes 2012"))
        // The draft has no publication date, and says it is a draft.
        #expect(outcome.standardOutput.contains("2024  undated "))
        #expect(outcome.standardOutput.contains("(DRAFT, supersedes 2019"))
        // The third column is the edition's short digest: 12 lowercase hex digits. Columns are two or more
        // spaces apart (an undated edition's date column is padded).
        for line in outcome.standardOutput.split(separator: "\n") {
            let columns = line.components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
            #expect(columns.count > 3, "\(line)")
            let digest = columns.count > 2 ? columns[2] : ""
            #expect(digest.count == 12 && digest.allSatisfy { "0123456789abcdef".contains($0) }, "\(line)")
        }
    }

    @Test(arguments: ["2012", "2019", "2024"])
    func shippedEditionsLintClean(edition: String) {
        let outcome = harness.run(["menu", "lint", "menus/" + edition, "--strict"])
        #expect(outcome.exitCode == .success)
        #expect(outcome.standardError.isEmpty)
    }

    @Test func theDraftEditionIsMarkedAsADraft() {
        let show = harness.run(["menu", "show", "2024"])
        #expect(show.exitCode == .success)
        #expect(show.standardOutput.contains("*** DRAFT ***"))
        #expect(show.standardOutput.contains("Draft edition 2024, not yet published"))
        let booklet = harness.run(["menu", "booklet", "2024", "--format", "md"])
        #expect(booklet.standardOutput.contains("> **DRAFT**"))
        #expect(booklet.standardOutput.contains("Draft menu edition 2024, not yet published"))
        let published = harness.run(["menu", "show", "2019"])
        #expect(!published.standardOutput.contains("DRAFT"))
    }

    @Test func explainPrefersPublishedEditionsToDrafts() {
        let published = harness.run(["explain", "EXE01"])
        #expect(published.exitCode == .success)
        #expect(published.standardOutput.contains("Edition 2019"))
        let draftOnly = harness.run(["explain", "EXE17"])
        #expect(draftOnly.exitCode == .success)
        #expect(draftOnly.standardOutput.contains("Edition 2024"))
    }

    @Test func showOneOptionAndOneSetting() {
        let option = harness.run(["menu", "show", "2019", "governance.delegate_gc"])
        #expect(option.exitCode == .success)
        #expect(option.standardOutput.hasPrefix("Delegate General Committee"))
        #expect(option.standardOutput.contains("Works well when"))
        let setting = harness.run(["menu", "show", "2019", "meetings.meetings_per_year"])
        #expect(setting.standardOutput.contains("Allowed: 1 to 12 meetings"))
        let typo = harness.run(["menu", "show", "2019", "governance.delegate_cg"])
        #expect(typo.exitCode == .usageOrIOError)
        #expect(typo.standardError.contains("did you mean 'governance.delegate_gc'?"))
    }

    @Test func bookletHTMLIsStandaloneAndWrittenAtomically() throws {
        let output = NSTemporaryDirectory() + "booklet-" + UUID().uuidString + ".html"
        defer { try? FileManager.default.removeItem(atPath: output) }
        let outcome = harness.run(["menu", "booklet", "2019", "--format", "html", "-o", output])
        #expect(outcome.exitCode == .success)
        let html = try String(contentsOfFile: output, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<nav class=\"contents\">"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("src=\"http"))
        #expect(html.contains("Delegate General Committee"))
    }

    @Test func explainAConstraintCodeAndABuiltInCode() {
        let rule = harness.run(["explain", "MTG01", "--edition", "2019"])
        #expect(rule.exitCode == .success)
        #expect(!rule.standardOutput.contains(">="), "the rule as written only with --verbose")
        #expect(rule.standardOutput.contains("Rule Book 2019"))
        #expect(
            rule.standardOutput.contains(
                "because 6 General Meetings a year are planned, and members must be offered at least 8"))
        let verbose = harness.run(["explain", "MTG01", "--edition", "2019", "--verbose"])
        #expect(verbose.exitCode == .success)
        #expect(verbose.standardOutput.contains("Requires: meetings.meetings_per_year >= 8"))
        let code = harness.run(["explain", "S106"])
        #expect(code.standardOutput.hasPrefix("S106: an option that is not in this edition\nseverity: error"))
        let ruleLanguage = harness.run(["explain", "R201"])
        #expect(ruleLanguage.exitCode == .success)
    }

    @Test func initWritesAFileThatNamesEveryOption() throws {
        let outcome = harness.run(["init", "--edition", "2019", "--year", "2026"])
        #expect(outcome.exitCode == .success)
        #expect(outcome.standardOutput.contains("edition = \"2019\"\nyear = 2026\n"))
        #expect(outcome.standardOutput.contains("#   all_member_meetings: "))
        #expect(outcome.standardOutput.contains("option = \"delegate_gc\""))
    }

    @Test func initNeverOverwrites() {
        let outcome = harness.run(["init", "--edition", "2019", "-o", "examples/eastbrook-2022.toml"])
        #expect(outcome.exitCode == .usageOrIOError)
        #expect(outcome.standardError.contains("already exists"))
    }
}
