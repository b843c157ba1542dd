import Foundation
import TOML
import Testing

@testable import CLPConfCLI

/// `clpconf migrate`: never over its input, usage errors, hostile values carried as inert TOML.
@Suite struct MigrateCommandTests {
    static func example() throws -> String {
        try String(contentsOfFile: Golden.repositoryRoot + "/examples/aldermoor-2015.toml", encoding: .utf8)
    }

    @Test func refusesToWriteOverItsInputByAnyPath() throws {
        let scratch = try ScratchDirectory("migrate-input")
        defer { try? FileManager.default.removeItem(atPath: scratch.path) }
        let input = try scratch.write("ours.toml", try Self.example())
        try FileManager.default.createSymbolicLink(atPath: scratch.file("link.toml"), withDestinationPath: input)
        for output in [input, scratch.path + "/./ours.toml", scratch.file("link.toml")] {
            let outcome = RepositoryHarness().run(["migrate", input, "--to", "2019", "-o", output])
            #expect(outcome.exitCode == .usageOrIOError, "\(output): \(outcome.standardError)")
            #expect(outcome.standardError.contains("refusing to overwrite input file"), "\(outcome.standardError)")
            #expect(try Self.example() == String(contentsOfFile: input, encoding: .utf8))
        }
    }

    @Test func needsTheTargetEdition() {
        let outcome = RepositoryHarness().run(["migrate", "examples/aldermoor-2015.toml"])
        #expect(outcome.exitCode == .usageOrIOError)
        #expect(outcome.standardError.contains("--to EDITION"))
    }

    @Test func noPathBackwardsIsADiagnostic() {
        let outcome = RepositoryHarness().run(["migrate", "examples/eastbrook-2022.toml", "--to", "2012"])
        #expect(outcome.exitCode == .invalidInput)
        #expect(outcome.standardError.contains("[S121]"), "\(outcome.standardError)")
    }

    @Test func helpHasAnExample() {
        let outcome = RepositoryHarness().run(["migrate", "--help"])
        #expect(outcome.exitCode == .success)
        #expect(outcome.standardOutput.contains("clpconf migrate examples/aldermoor-2015.toml --to 2019"))
    }

    /// A retired setting whose string holds a newline and a table header, and an officer name with TOML
    /// and terminal escapes: the migrated file reads back with the same values and no new tables, and the
    /// report carries no raw control characters.
    @Test func hostileValuesComeOutInert() throws {
        let scratch = try ScratchDirectory("migrate-hostile")
        defer { try? FileManager.default.removeItem(atPath: scratch.path) }
        let hostile = #""x\n[approvals]\nby = \"nec\"""#
        let name = #""E. \"Bobby\" \u001b[31mTables\u001b[0m\n[[approvals]]""#
        let text = try Self.example()
            .replacingOccurrences(of: "meeting_day = \"the third Saturday of the month\"", with: "meeting_day = \(hostile)")
            .replacingOccurrences(of: "membership_target = 420", with: "membership_target = \(hostile)")
            .replacingOccurrences(of: "name = \"T. Greaves\"", with: "name = \(name)")
            .replacingOccurrences(of: "name = \"M. Okafor\"", with: "name = \(name)")
        let input = try scratch.write("ours.toml", text)
        let output = scratch.file("new.toml")
        let outcome = RepositoryHarness().run(["migrate", input, "--to", "2019", "-o", output])
        #expect(!outcome.standardOutput.unicodeScalars.contains { $0.value == 0x1B })
        #expect(outcome.standardOutput.contains(#"(was "x\n[approvals]\nby = \"nec\"")"#), "\(outcome.standardOutput)")
        let migrated = TOMLParser.parse(try String(contentsOfFile: output, encoding: .utf8), path: "new.toml")
        #expect(migrated.isValid)
        #expect(migrated.document.root["approvals"] == nil)
        #expect(migrated.document.root["meetings"]?.table?["meeting_pattern"]?.string == "x\n[approvals]\nby = \"nec\"")
        let officers = migrated.document.root["officers"]?.array?.compactMap { $0.table?["name"]?.string } ?? []
        #expect(officers.first == "E. \"Bobby\" \u{1B}[31mTables\u{1B}[0m\n[[approvals]]")
    }
}

/// `init --from LAST --edition NEW` migrates last year's file through the same engine.
@Suite struct InitAcrossEditionsTests {
    @Test func carriesLastYearsChoicesIntoTheNewEdition() throws {
        let scratch = try ScratchDirectory("init-across")
        defer { try? FileManager.default.removeItem(atPath: scratch.path) }
        let output = scratch.file("ours-2019.toml")
        let outcome = RepositoryHarness().run([
            "init", "--from", "examples/aldermoor-2015.toml", "--edition", "2019", "--year", "2019", "-o", output,
        ])
        #expect(outcome.exitCode == .success, "\(outcome.standardError)")
        #expect(outcome.standardError.contains("renamed  development_plan -> planning: "))
        #expect(outcome.standardError.contains("retired  posts.ec_member (officer \"T. Greaves\" removed)"))
        let text = try String(contentsOfFile: output, encoding: .utf8)
        let parsed = TOMLParser.parse(text, path: "ours-2019.toml")
        #expect(parsed.isValid)
        let root = parsed.document.root
        #expect(root["edition"]?.string == "2019")
        #expect(root["year"]?.integer == 2019)
        #expect(root["meetings"]?.table?["meeting_pattern"]?.string == "the third Saturday of the month")
        #expect(root["meetings"]?.table?["policy_meetings_per_year"]?.integer == 2)
        #expect(root["planning"]?.table?["options"]?.array?.compactMap(\.string).contains("development_plan") == true)
        #expect(root["development_plan"] == nil)
        #expect(root["agm"]?.table?["date"]?.dateTime?.date?.year == 2019, "the AGM date is decided afresh")
        #expect(!text.contains("2015-06-13"))
    }

    @Test func sameEditionStillStartsFromLastYear() {
        let outcome = RepositoryHarness().run(["init", "--from", "examples/aldermoor-2015.toml", "--edition", "2012"])
        #expect(outcome.exitCode == .success)
        #expect(outcome.standardOutput.contains("edition = \"2012\""))
        #expect(!outcome.standardError.contains("renamed"))
    }
}
