import Foundation
import Testing

@testable import CLPConfCLI

/// Every shipped example's standing orders in each format, and the redline between two years, against
/// reviewed golden files.
@Suite struct BuildGoldenTests {
    static let valid = CheckGoldenTests.examples.filter { !$0.hasPrefix("invalid-") }
    static let formats = ["md", "html", "txt"]

    @Test(arguments: valid, formats)
    func standingOrders(example: String, format: String) {
        let outcome = RepositoryHarness().run(["build", "examples/" + example, "--format", format])
        #expect(outcome.exitCode == .success)
        Golden.assertMatches(outcome.standardOutput, "build/\(example.dropLast(5)).\(format)")
    }

    @Test func invalidFileIsNotBuilt() {
        let outcome = RepositoryHarness().run(["build", "examples/invalid-2022.toml"])
        #expect(outcome.exitCode == .invalidInput)
        #expect(outcome.standardOutput.isEmpty)
        #expect(outcome.standardError.contains("standing orders not built"))
        #expect(outcome.standardError.contains("[MTG01]"))
    }

    @Test func draftOfAnInvalidFileIsMarkedAndListsItsProblems() {
        let outcome = RepositoryHarness().run(["build", "examples/invalid-2022.toml", "--draft", "--format", "txt"])
        #expect(outcome.exitCode == .invalidInput)
        #expect(outcome.standardOutput.contains("*** DRAFT ***"))
        Golden.assertMatches(outcome.standardOutput, "build/invalid-2022-draft.txt")
    }

    @Test(arguments: ["text", "md", "html"])
    func redline(format: String) {
        let outcome = RepositoryHarness().run([
            "diff", "examples/eastbrook-2021.toml", "examples/eastbrook-2022.toml", "--format", format,
        ])
        #expect(outcome.exitCode == .success)
        Golden.assertMatches(outcome.standardOutput, "diff/eastbrook-2021-2022.\(format == "text" ? "txt" : format)")
    }

    @Test func redlineAcrossEditionsSucceeds() {
        let outcome = RepositoryHarness().run(["diff", "examples/aldermoor-2015.toml", "examples/riverside-2023.toml"])
        #expect(outcome.exitCode == .success)
        #expect(outcome.standardOutput.contains("Choices and settings that changed"))
    }

    @Test func redlineOfAnInvalidFileFails() {
        let outcome = RepositoryHarness().run(["diff", "examples/eastbrook-2022.toml", "examples/invalid-2022.toml"])
        #expect(outcome.exitCode == .invalidInput)
        #expect(outcome.standardOutput.isEmpty)
    }
}
