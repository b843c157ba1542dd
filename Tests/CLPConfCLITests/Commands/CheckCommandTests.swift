import Foundation
import Testing

@testable import CLPConfCLI

/// `clpconf check` on real menus: malformed inputs end in located diagnostics and the right exit code,
/// amendments report what they change, and the input file is never touched.
@Suite struct CheckCommandTests {
    let harness = RepositoryHarness()

    /// A scratch file outside the repository, removed by the caller.
    private func scratch(_ name: String, _ contents: [UInt8]) throws -> String {
        let directory = NSTemporaryDirectory() + "clpconf-check-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = directory + "/" + name
        try Data(contents).write(to: URL(fileURLWithPath: path))
        return path
    }

    private func run(_ arguments: [String]) -> CommandOutcome {
        harness.run(arguments + ["--menus", Golden.repositoryRoot + "/menus"])
    }

    @Test func badTOMLIsLocatedAndExitsOne() throws {
        let path = try scratch("bad.toml", Array("edition = \"2019\"\nyear = = 2026\n".utf8))
        let outcome = run(["check", path])
        #expect(outcome.exitCode == .invalidInput)
        #expect(outcome.standardError.contains("bad.toml:2:8: error:"))
    }

    @Test func emptyFileSaysWhichEditionIsMissing() throws {
        let path = try scratch("empty.toml", [])
        let outcome = run(["check", path])
        #expect(outcome.exitCode == .invalidInput)
        #expect(outcome.standardError.contains("empty.toml:1:1: error: the file does not say which menu edition it follows [S101]"))
    }

    @Test func unknownEditionListsTheEditionsFound() throws {
        let path = try scratch("old.toml", Array("edition = \"2091\"\nyear = 2026\n".utf8))
        let outcome = run(["check", path])
        #expect(outcome.exitCode == .invalidInput)
        #expect(outcome.standardError.contains("old.toml:1:11: error: unknown edition '2091'; did you mean '2019'?"))
        #expect(outcome.standardError.contains("the editions found are '2012', '2019'"))
    }

    @Test func binaryGarbageIsALocatedError() throws {
        let path = try scratch("garbage.toml", [0x00, 0xFF, 0xFE, 0x41, 0x0A, 0xC3])
        let outcome = run(["check", path])
        #expect(outcome.exitCode == .invalidInput)
        #expect(outcome.standardError.contains("garbage.toml:1:"))
    }

    @Test func directoryAndMissingFileAreIOErrors() {
        let directory = run(["check", "examples"])
        #expect(directory.exitCode == .usageOrIOError)
        #expect(directory.standardError.contains("is a directory"))
        let missing = run(["check", "examples/no-such-clp.toml"])
        #expect(missing.exitCode == .usageOrIOError)
        #expect(missing.standardError.contains("no-such-clp.toml"))
    }

    @Test func wrongTypesAreReportedWithAFix() throws {
        let original = try String(contentsOfFile: Golden.repositoryRoot + "/examples/eastbrook-2022.toml", encoding: .utf8)
        let path = try scratch("types.toml", Array(original.replacingOccurrences(of: "members = 960", with: "members = \"960\"").utf8))
        let outcome = run(["check", path])
        #expect(outcome.exitCode == .invalidInput)
        #expect(outcome.standardError.contains("error: 'facts.members' must be an integer, found string [S105]"))
        #expect(outcome.standardError.contains("= fix: write 960 without quotes"))
    }

    @Test func amendmentReportsWhatChangesAndLeavesTheFileAlone() throws {
        let file = Golden.repositoryRoot + "/examples/eastbrook-2022.toml"
        let before = try Data(contentsOf: URL(fileURLWithPath: file))
        let outcome = run(["check", "examples/eastbrook-2022.toml", "--set", "meetings.meetings_per_year=6"])
        #expect(outcome.exitCode == .invalidInput)
        #expect(
            outcome.standardOutput.contains(
                "Amendment: set meetings.meetings_per_year = 6\n  the selections become INVALID\n"
                    + "  changes General Meetings offered to members each year (including the AGM): 10 meetings -> 6 meetings\n"
                    + "  newly broken:\n"
                    + "    MTG01 (error): members must be offered at least 8 General Meetings a year, not 6\n"))
        #expect(outcome.standardOutput.contains("  standing orders changed: 2.17 Calendar of meetings\n"))
        #expect(outcome.standardOutput.contains("1. set meetings.meetings_per_year = 8"))
        #expect(
            outcome.standardError.contains(
                "--set:1:28: error: in --set meetings.meetings_per_year=6: members must be offered at least 8"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == before)
    }

    /// A `--set` value of the wrong type is shown where it was written, in the amendment, with a fix that
    /// fits it; the file's own line for that key is not quoted (issue 9, item 6).
    @Test func badAmendmentValueQuotesTheAmendment() {
        let outcome = run(["check", "examples/eastbrook-2022.toml", "--set", #"meetings.meetings_per_year="9""#])
        #expect(outcome.exitCode == .invalidInput)
        #expect(
            outcome.standardError.hasPrefix(
                #"--set:1:28: error: in --set meetings.meetings_per_year="9": 'meetings.meetings_per_year' must be an integer, found string [S105]"#
                    + "\n  |\n1 | meetings.meetings_per_year=\"9\"\n"))
        #expect(outcome.standardError.contains("= fix: write 9 without quotes"))
        #expect(!outcome.standardError.contains("meetings_per_year = 10"))
    }

    @Test func amendmentThatKeepsItValid() {
        let outcome = run(["check", "examples/eastbrook-2022.toml", "--set", "meetings.meetings_per_year=12"])
        #expect(outcome.exitCode == .success)
        #expect(outcome.standardOutput.contains("the selections stay valid"))
    }

    @Test func amendmentThatRepairsAnInvalidFile() {
        let outcome = run(["check", "examples/invalid-2022.toml", "--set", "meetings.meetings_per_year=10", "--format", "json"])
        #expect(outcome.exitCode == .invalidInput)
        #expect(outcome.standardOutput.contains("\"resolved\": [\n      \"MTG01\"\n    ]"))
        #expect(
            outcome.standardOutput.contains(
                "\"nowMet\": [\n      {\n        \"code\": \"MTG01\",\n        \"severity\": \"error\",\n"
                    + "        \"message\": \"members must be offered at least 8 General Meetings a year, not 6\""))
    }

    @Test func amendmentSaysWhichRulesNowHoldInTheirOwnWords() {
        let outcome = run(["check", "examples/invalid-2022.toml", "--set", "meetings.meetings_per_year=8", "--no-fixes"])
        #expect(
            outcome.standardOutput.contains(
                "  now met:\n    MTG01 (error): members must be offered at least 8 General Meetings a year, not 6\n"))
        #expect(!outcome.standardOutput.contains("newly broken"))
    }

    @Test func badAmendmentFormIsAUsageError() {
        let outcome = run(["check", "examples/eastbrook-2022.toml", "--set", "meetings_per_year"])
        #expect(outcome.exitCode == .usageOrIOError)
        #expect(outcome.standardError.contains("--set: 'meetings_per_year' is not of the form section.key=value"))
    }

    @Test func strictMakesWarningsFail() {
        let relaxed = run(["check", "examples/invalid-2022.toml", "--set", "meetings.meetings_per_year=10", "--no-fixes"])
        #expect(relaxed.exitCode == .invalidInput)
        let warningsOnly = run(["check", "examples/riverside-2023.toml", "--set", "governance.branch_delegate_ratio=20"])
        #expect(warningsOnly.exitCode == .success)
        #expect(warningsOnly.standardError.contains("[S204]"))
        let strict = run(["check", "examples/riverside-2023.toml", "--set", "governance.branch_delegate_ratio=20", "--strict"])
        #expect(strict.exitCode == .invalidInput)
    }

    @Test func lastYearsChoicesArePreferred() throws {
        let original = try String(contentsOfFile: Golden.repositoryRoot + "/examples/eastbrook-2022.toml", encoding: .utf8)
        let last = try scratch(
            "last.toml", Array(original.replacingOccurrences(of: "meetings_per_year = 10", with: "meetings_per_year = 11").utf8))
        let outcome = run(["check", "examples/eastbrook-2022.toml", "--set", "meetings.meetings_per_year=6", "--last", last])
        #expect(outcome.standardOutput.contains("1. set meetings.meetings_per_year = 11"))
    }
}
