import Foundation
import Testing

@testable import CLPConfCLI

/// `clpconf check` on hostile selections: output capped per code, exit status unchanged, a mistyped
/// edition located at its value, and JSON that carries no raw invisible controls.
@Suite struct HostileInputTests {
    let harness = RepositoryHarness()

    /// A scratch copy of `examples/riverside-2023.toml` with `lines` added under `[governance]`.
    private func riverside(adding lines: String, replacing old: String? = nil, with new: String = "") throws
        -> String
    {
        var text = try String(contentsOfFile: Golden.repositoryRoot + "/examples/riverside-2023.toml", encoding: .utf8)
        text = text.replacingOccurrences(of: "[governance]\n", with: "[governance]\n" + lines)
        if let old { text = text.replacingOccurrences(of: old, with: new) }
        return try scratch(text)
    }

    private func scratch(_ text: String) throws -> String {
        let directory = NSTemporaryDirectory() + "clpconf-hostile-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = directory + "/ours.toml"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    private func run(_ arguments: [String]) -> CommandOutcome {
        harness.run(arguments + ["--menus", Golden.repositoryRoot + "/menus"])
    }

    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test func theSelectionsLoaderListsTheFirstHundredOfACodeAndCountsTheRest() throws {
        let keys = (0..<150).map { "unknown_key_\($0) = 1\n" }.joined()
        let outcome = run(["check", try riverside(adding: keys)])
        #expect(outcome.exitCode == .invalidInput)
        #expect(Self.count("[S102]\n", in: outcome.standardError) == 100)
        #expect(outcome.standardError.contains("note: and 50 more like this ('S102') in this file are not listed [S113]"))
        #expect(!outcome.standardError.contains("[C301]"))
    }

    /// A copy of the 2019 edition whose governance section has `count` unknown keys (M103 warnings).
    private func editionWithUnknownKeys(_ count: Int) throws -> String {
        let directory = NSTemporaryDirectory() + "clpconf-hostile-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let edition = directory + "/2019"
        try FileManager.default.copyItem(atPath: Golden.repositoryRoot + "/menus/2019", toPath: edition)
        let section = edition + "/sections/01_governance.toml"
        var text = try String(contentsOfFile: section, encoding: .utf8)
        text = (0..<count).map { "unknown_key_\($0) = 1\n" }.joined() + text
        try Data(text.utf8).write(to: URL(fileURLWithPath: section))
        return edition
    }

    @Test func printedDiagnosticsOfOneCodeAreCappedAndTheExitStatusIsKept() throws {
        let edition = try editionWithUnknownKeys(150)
        let outcome = harness.run(["menu", "lint", edition])
        #expect(outcome.exitCode == .success, "warnings only, as without the cap")
        #expect(Self.count("[M103]\n", in: outcome.standardError) == 100)
        #expect(outcome.standardError.contains("note: and 50 more like this ('M103') in this file are not shown [C301]"))
        #expect(outcome.standardError.hasSuffix("0 errors and 150 warnings\n"), "the summary counts them all")
        let strict = harness.run(["menu", "lint", edition, "--strict"])
        #expect(strict.exitCode == .invalidInput)
    }

    @Test func printedJSONIsCappedTooAndCountsEverything() throws {
        let outcome = harness.run(["menu", "lint", try editionWithUnknownKeys(120), "--format", "json"])
        #expect(outcome.standardOutput.contains("\"warnings\": 120"))
        #expect(Self.count("\"M103\"", in: outcome.standardOutput) == 100)
        #expect(Self.count("\"C301\"", in: outcome.standardOutput) == 1)
    }

    @Test func eightyThousandUnknownKeysAreQuickAndShort() throws {
        let keys = (0..<80_000).map { "unknown_key_\($0) = 1\n" }.joined()
        let path = try riverside(adding: keys)
        let started = ContinuousClock.now
        let outcome = run(["check", path])
        #expect(ContinuousClock.now - started < .seconds(60))
        #expect(outcome.exitCode == .invalidInput)
        #expect(outcome.standardError.split(separator: "\n").count < 1000)
        #expect(outcome.standardError.contains("and 79900 more like this ('S102')"))
    }

    @Test func anIntegerEditionIsATypeErrorAtItsValue() throws {
        let path = try scratch("edition = 2019\nyear = 2023\n")
        let outcome = run(["check", path])
        #expect(outcome.exitCode == .invalidInput)
        #expect(
            outcome.standardError.contains(
                "ours.toml:1:11: error: 'edition' must be a string such as \"2019\", found integer [S105]"))
        #expect(!outcome.standardError.contains("does not say which menu edition"))
    }

    @Test func jsonOutputEscapesBidirectionalAndC1Controls() throws {
        let path = try riverside(adding: "\"evil\u{202E}key\u{85}\u{2066}\" = 1\n")
        let outcome = run(["check", path, "--format", "json"])
        #expect(outcome.exitCode == .invalidInput)
        #expect(outcome.standardOutput.contains("evil\\u202ekey\\u0085\\u2066"))
        for scalar in ["\u{202E}", "\u{85}", "\u{2066}"] {
            #expect(!outcome.standardOutput.unicodeScalars.contains(scalar.unicodeScalars.first ?? " "))
        }
    }

    @Test func aMegabyteUnknownNameIsQuick() throws {
        let path = try riverside(adding: String(repeating: "a", count: 1_000_000) + " = 1\n")
        let started = ContinuousClock.now
        let outcome = run(["check", path])
        #expect(ContinuousClock.now - started < .seconds(30))
        #expect(outcome.exitCode == .invalidInput)
        #expect(outcome.standardError.utf8.count < 400_000, "messages quoting the name are bounded")
    }
}
