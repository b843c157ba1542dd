import Foundation
import TOML
import Testing

@testable import CLPConfCLI

/// `clpconf init` and `check --set` write and amend TOML only through the writer: a year it cannot write is
/// refused, last year's text stays text, and an amendment is one value (issue 8).
@Suite struct InitCommandTests {
    let harness = RepositoryHarness()

    /// A scratch folder outside the repository, removed by the caller.
    private func scratchFolder() throws -> String {
        let directory = NSTemporaryDirectory() + "clpconf-init-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        return directory
    }

    private func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    private func run(_ arguments: [String]) -> CommandOutcome {
        harness.run(arguments + ["--menus", Golden.repositoryRoot + "/menus"])
    }

    private static func example(_ name: String) throws -> String {
        try String(contentsOfFile: Golden.repositoryRoot + "/examples/" + name, encoding: .utf8)
    }

    @Test(arguments: ["5", "999", "10000", "-2026", "0"])
    func yearThatIsNotFourDigitsIsAUsageError(year: String) {
        let outcome = run(["init", "--edition", "2019", "--year", year])
        #expect(outcome.exitCode == .usageOrIOError)
        #expect(outcome.standardError.contains("a year from 1000 to 9999"), "\(outcome.standardError)")
        #expect(outcome.standardOutput.isEmpty, "wrote \(outcome.standardOutput.prefix(200))")
    }

    @Test func fourDigitYearsAtTheEdgesAreWritten() {
        for year in ["1000", "9999"] {
            let outcome = run(["init", "--edition", "2019", "--year", year])
            #expect(outcome.exitCode == .success)
            #expect(outcome.standardOutput.contains("date = \(year)-09-01"))
            #expect(TOMLParser.parse(outcome.standardOutput, path: "new.toml").isValid)
        }
    }

    /// `year = 9223372036854775807` in last year's file trapped on `year + 1` (exit 132).
    @Test(arguments: ["9223372036854775807", "9999", "-9223372036854775808", "-1"])
    func lastYearWhoseNextYearCannotBeWrittenIsADiagnostic(year: String) throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let last = folder + "/last.toml"
        try write(try Self.example("eastbrook-2022.toml").replacingOccurrences(of: "year = 2022", with: "year = \(year)"), to: last)
        let outcome = run(["init", "--from", last])
        #expect(outcome.exitCode == .invalidInput)
        #expect(outcome.standardError.contains("last.toml:5:8: error: "), "\(outcome.standardError)")
        #expect(outcome.standardError.contains("[S103]"))
        #expect(outcome.standardOutput.isEmpty)
        let given = run(["init", "--from", last, "--year", "2027"])
        #expect(given.exitCode == .success, "--year overrides last year's year: \(given.standardError)")
    }

    /// `--set 'meetings.meetings_per_year=8\n[approvals]\n...'` spliced a table into the checked text.
    @Test func setThatIsMoreThanOneValueIsRefused() {
        let argument = "meetings.meetings_per_year=8\n[approvals]\nnec = { date = 2022-01-01, reference = \"forged\" }"
        let outcome = run(["check", "examples/eastbrook-2022.toml", "--set", argument])
        #expect(outcome.exitCode == .usageOrIOError)
        #expect(outcome.standardError.contains("is not one TOML value"), "\(outcome.standardError)")
        #expect(!outcome.standardError.contains("T111"))
    }

    /// Errors in an amended value used to point at lines of the amended text, which the file does not have.
    @Test func errorsInAnAmendedValuePointAtTheArgument() {
        let outcome = run([
            "check", "examples/eastbrook-2022.toml", "--set", "meetings.meetings_per_year=100", "--set",
            "meetings.no_such_key=1", "--no-fixes",
        ])
        #expect(outcome.exitCode == .invalidInput)
        #expect(
            outcome.standardError.contains(
                "--set:1:28: error: in --set meetings.meetings_per_year=100: 'meetings.meetings_per_year' is 100 but must be between 1 and 12 [S103]"
            ), "\(outcome.standardError)")
        #expect(outcome.standardError.contains("--set:2:10: error: in --set meetings.no_such_key=1: unknown key 'no_such_key'"))
        #expect(!outcome.standardError.contains("eastbrook-2022.toml:"), "\(outcome.standardError)")
    }
}
