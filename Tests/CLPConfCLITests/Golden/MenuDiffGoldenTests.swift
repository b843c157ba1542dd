import Foundation
import Testing

@testable import CLPConfCLI

/// `clpconf menu diff` between the shipped editions against reviewed golden files, and its usage errors.
@Suite struct MenuDiffGoldenTests {
    let harness = RepositoryHarness()

    @Test(arguments: ["text", "md", "html"])
    func from2012To2019(format: String) {
        let outcome = harness.run(["menu", "diff", "2012", "2019", "--format", format])
        #expect(outcome.exitCode == .success)
        #expect(outcome.standardError.isEmpty)
        Golden.assertMatches(outcome.standardOutput, "menu-diff/2012-2019.\(format == "text" ? "txt" : format)")
    }

    @Test(arguments: ["md", "html"])
    func from2019ToTheDraft2024(format: String) {
        let outcome = harness.run(["menu", "diff", "2019", "2024", "--format", format])
        #expect(outcome.exitCode == .success)
        #expect(outcome.standardOutput.contains("DRAFT"))
        Golden.assertMatches(outcome.standardOutput, "menu-diff/2019-2024.\(format)")
    }

    @Test func theSummaryComesFirstAndTheRenameHasItsNote() {
        // Markdown, which does not wrap lines.
        let outcome = harness.run(["menu", "diff", "2012", "2019", "--format", "md"])
        let text = outcome.standardOutput
        let summary = text.range(of: "Summary")?.lowerBound
        let firstSection = text.range(of: "How the CLP governs itself")?.lowerBound
        #expect(summary != nil && firstSection != nil && summary! < firstSection!)
        #expect(text.contains("**Renamed option:** Ethnic Minorities Officer is now BAME officer"))
        #expect(text.contains("_Note:_ Same post under the name the Party now uses"))
    }

    @Test func anUnknownEditionIsAUsageError() {
        let outcome = harness.run(["menu", "diff", "2012", "2031"])
        #expect(outcome.exitCode == .usageOrIOError)
        #expect(outcome.standardOutput.isEmpty)
        #expect(outcome.standardError.contains("2031"))
        #expect(outcome.standardError.contains("2019"))
    }

    @Test func aMissingArgumentIsAUsageError() {
        let outcome = harness.run(["menu", "diff", "2012"])
        #expect(outcome.exitCode == .usageOrIOError)
    }

    @Test func helpHasAnExample() {
        let outcome = harness.run(["menu", "diff", "--help"])
        #expect(outcome.exitCode == .success)
        #expect(outcome.standardOutput.contains("clpconf menu diff 2012 2019"))
    }

    @Test func writesToAFileAtomically() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("menu-diff-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("changes.html").path
        let outcome = harness.run(["menu", "diff", "2012", "2019", "--format", "html", "-o", path])
        #expect(outcome.exitCode == .success)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.hasPrefix("<!DOCTYPE html>"))
        #expect(outcome.standardOutput.isEmpty)
    }
}
