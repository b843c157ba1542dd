import Foundation
import Testing

@testable import CLPConfCLI

/// `clpconf report`: every shipped example's report, as JSON and as Markdown, against reviewed golden
/// files (`.ci/run` validates the JSON ones against `docs/report.schema.json`).
@Suite struct ReportGoldenTests {
    static let formats = ["json", "md"]

    @Test(arguments: CheckGoldenTests.examples, formats)
    func report(example: String, format: String) {
        let outcome = RepositoryHarness().run(["report", "examples/" + example, "--format", format])
        let valid = !example.hasPrefix("invalid-")
        #expect(outcome.exitCode == (valid ? .success : .invalidInput))
        Golden.assertMatches(outcome.standardOutput, "report/\(example.dropLast(5)).\(format)")
    }

    /// The examples that have last year's file beside them: (last year, this year).
    static let consecutiveYears = [("eastbrook-2021", "eastbrook-2022"), ("riverside-2022", "riverside-2023")]

    @Test(arguments: consecutiveYears.map { "\($0.0) \($0.1)" }, formats)
    func reportWithLastYear(pair: String, format: String) throws {
        let names = pair.split(separator: " ").map(String.init)
        let (last, this) = (names[0], names[1])
        let outcome = RepositoryHarness().run([
            "report", "examples/\(this).toml", "--last", "examples/\(last).toml", "--format", format,
        ])
        #expect(outcome.exitCode == .success)
        #expect(outcome.standardOutput.contains("examples/\(last).toml"))
        Golden.assertMatches(outcome.standardOutput, "report/\(this)-with-last.\(format)")
    }

    @Test func invalidYearIsReportedWithItsProblems() {
        let outcome = RepositoryHarness().run(["report", "examples/invalid-2022.toml"])
        #expect(outcome.exitCode == .invalidInput)
        #expect(outcome.standardOutput.contains("\"valid\": false"))
        #expect(outcome.standardOutput.contains("\"code\": \"MTG01\""))
        #expect(outcome.standardError.contains("[MTG01]"))
    }

    @Test func fileThatDoesNotLoadGetsNoReport() {
        let outcome = RepositoryHarness().run(["report", "README.md"])
        #expect(outcome.exitCode == .invalidInput)
        #expect(outcome.standardOutput.isEmpty)
        #expect(outcome.standardError.contains("no report"))
    }

    @Test func reportIsByteDeterministic() {
        let first = RepositoryHarness().run(["report", "examples/riverside-2023.toml"])
        let second = RepositoryHarness().run(["report", "examples/riverside-2023.toml"])
        #expect(first.standardOutput == second.standardOutput)
        #expect(first.standardOutput.contains(RepositoryHarness.fixedTime))
    }
}
