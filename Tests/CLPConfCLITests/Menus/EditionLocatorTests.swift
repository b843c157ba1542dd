import Foundation
import Testing

@testable import CLPConfCLI

/// An edition id is an id, looked up only in the menus folders; `--menus` and `CLPCONF_MENUS` must name
/// a folder holding an edition, and `--menus` works before the command too (issue 8, "Inputs that are
/// not what they seem").
@Suite struct EditionLocatorTests {
    let scratch: ScratchDirectory
    let menus = Golden.repositoryRoot + "/menus"
    let example: String

    init() throws {
        scratch = try ScratchDirectory("locator")
        example = try String(contentsOfFile: Golden.repositoryRoot + "/examples/eastbrook-2022.toml", encoding: .utf8)
    }

    /// `example` with its `edition = "2019"` line replaced.
    private func selections(edition: String) throws -> String {
        let lines = example.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix("edition = ") ? "edition = \(edition)" : String(line)
        }
        return try scratch.write("ours.toml", lines.joined(separator: "\n"))
    }

    /// A relaxed copy of a menu, reached by path from a selections file, must not say "valid".
    @Test(arguments: [
        "\"\(Golden.repositoryRoot)/menus/2019\"", "\"../menus/2019\"", "\"2019/../2019\"", "\"./2019\"",
        "\"2019/\"", "\"2019 \"", "\"Twenty19\"", "\"\"", "\"\(String(repeating: "a", count: 65))\"",
    ])
    func aPathOrMalformedIDInASelectionsFileIsAnErrorAtItsValue(edition: String) throws {
        let path = try selections(edition: edition)
        let outcome = scratch.run(["check", path, "--menus", menus])
        #expect(outcome.exitCode == .invalidInput, "\(outcome.standardError)")
        let line = try #require(example.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("edition = ") })
        #expect(outcome.standardError.contains("ours.toml:\(line + 1):11: error: "), "\(outcome.standardError)")
        #expect(outcome.standardError.contains("is not an edition id"), "\(outcome.standardError)")
        #expect(!outcome.standardOutput.contains("valid"))
        scratch.remove()
    }

    @Test func aLongestValidIDIsLookedUp() throws {
        let id = String(repeating: "a", count: 64)
        let path = try selections(edition: "\"\(id)\"")
        let outcome = scratch.run(["check", path, "--menus", menus])
        #expect(outcome.exitCode == .invalidInput)
        #expect(outcome.standardError.contains("unknown edition '\(id)'"))
        scratch.remove()
    }

    @Test func theCommandLineMayStillNameAnEditionFolder() {
        let lint = scratch.run(["menu", "lint", menus + "/2019", "--menus", menus])
        #expect(lint.exitCode == .success, "\(lint.standardError)")
        let booklet = scratch.run(["menu", "booklet", menus + "/2012", "--menus", menus])
        #expect(booklet.exitCode == .success, "\(booklet.standardError)")
        scratch.remove()
    }

    @Test func menusThatIsAFileMissingOrEmptyIsAUsageErrorNamingIt() throws {
        let file = try scratch.write("menus.txt", "not a folder\n")
        let empty = try scratch.makeDirectory("empty")
        let missing = scratch.file("nowhere")
        let cases: [(String, String)] = [
            (file, "--menus '\(file)' is not a folder"),
            (empty, "--menus '\(empty)' holds no menu edition"),
            (missing, "--menus '\(missing)' does not exist"),
            (menus + "/2019", "--menus '\(menus)/2019' holds no menu edition"),
        ]
        for (value, message) in cases {
            for command in [
                ["menu", "list"], ["menu", "booklet", "2019"], ["check", Golden.repositoryRoot + "/examples/eastbrook-2022.toml"],
            ] {
                let outcome = scratch.run(command + ["--menus", value])
                #expect(outcome.exitCode == .usageOrIOError, "\(command) \(value)")
                #expect(outcome.standardError.contains(message), "\(command): \(outcome.standardError)")
            }
        }
        scratch.remove()
    }

    @Test func menusThatCannotBeListedSaysWhyRatherThanSeemingEmpty() {
        let harness = CommandHarness()
        harness.fileSystem.addDirectory("locked")
        harness.fileSystem.makeUnreadable("locked")
        let outcome = harness.run(["menu", "list", "--menus", "locked"])
        #expect(outcome.exitCode == .usageOrIOError)
        #expect(outcome.standardError.contains("locked': permission denied"), "\(outcome.standardError)")
        #expect(!outcome.standardError.contains("holds no menu edition"))
    }

    @Test func environmentMenusThatIsAFileOrEmptyIsAUsageErrorNamingIt() throws {
        let file = try scratch.write("menus.txt", "not a folder\n")
        let empty = try scratch.makeDirectory("empty")
        for (value, message) in [
            (file, "CLPCONF_MENUS '\(file)' is not a folder"), (empty, "CLPCONF_MENUS '\(empty)' holds no menu edition"),
        ] {
            let outcome = scratch.run(["menu", "list"], environment: ["CLPCONF_MENUS": value])
            #expect(outcome.exitCode == .usageOrIOError)
            #expect(outcome.standardError.contains(message), "\(outcome.standardError)")
        }
        let good = scratch.run(["menu", "list"], environment: ["CLPCONF_MENUS": menus])
        #expect(good.exitCode == .success)
        scratch.remove()
    }

    @Test func menusBeforeTheCommand() {
        let file = Golden.repositoryRoot + "/examples/eastbrook-2022.toml"
        let check = scratch.run(["--menus", menus, "check", file])
        #expect(check.exitCode == .success, "\(check.standardError)")
        #expect(check.standardOutput.hasSuffix(": valid\n"))
        let joined = scratch.run(["--menus=" + menus, "menu", "list"])
        #expect(joined.exitCode == .success, "\(joined.standardError)")
        let inGroup = scratch.run(["menu", "--menus", menus, "list"])
        #expect(inGroup.exitCode == .success, "\(inGroup.standardError)")
        let bad = scratch.run(["--menus", scratch.file("nowhere"), "menu", "list"])
        #expect(bad.exitCode == .usageOrIOError)
        #expect(bad.standardError.contains("does not exist"))
        let notTaken = scratch.run(["--menus", menus, "toml", file])
        #expect(notTaken.exitCode == .usageOrIOError)
        #expect(notTaken.standardError.contains("'clpconf toml' takes no '--menus'"), "\(notTaken.standardError)")
        scratch.remove()
    }
}
