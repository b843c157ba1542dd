import Testing

@testable import CLPConfCLI

/// `--menus DIR` may come before the command name (issue 8: it was an unknown option there).
@Suite struct LeadingOptionTests {
    @Test(arguments: [
        ["--menus", "/m", "check", "f.toml"], ["--menus=/m", "check", "f.toml"], ["check", "--menus", "/m", "f.toml"],
    ])
    func menusBeforeOrAfterTheCommandReachesIt(arguments: [String]) {
        let resolution = CommandResolver.resolve(arguments, root: RootCommand.self)
        #expect(CommandResolver.commandName(resolution.path) == "clpconf check")
        guard case .run(let remaining) = resolution.action else {
            Issue.record("expected a run, got \(resolution.action)")
            return
        }
        let parsed = try? ArgumentListParser(definitions: CheckCommand.arguments).parse(remaining)
        #expect(parsed?.value(.menus) == "/m")
        #expect(parsed?.value(CheckCommand.file) == "f.toml")
    }

    @Test func menusBetweenAGroupAndItsCommand() {
        let resolution = CommandResolver.resolve(["menu", "--menus", "/m", "list"], root: RootCommand.self)
        #expect(CommandResolver.commandName(resolution.path) == "clpconf menu list")
        #expect(resolution.action == .run(["--menus", "/m"]))
    }

    @Test func theLaterOfTwoWins() throws {
        let resolution = CommandResolver.resolve(["--menus", "/a", "menu", "list", "--menus", "/b"], root: RootCommand.self)
        guard case .run(let remaining) = resolution.action else { throw ScratchError("not a run") }
        #expect(try ArgumentListParser(definitions: MenuListCommand.arguments).parse(remaining).value(.menus) == "/b")
    }

    @Test func aCommandThatTakesNoMenusSaysSo() {
        let outcome = CommandHarness().run(["--menus", "/m", "toml", "a.toml"])
        #expect(outcome.exitCode == .usageOrIOError)
        #expect(outcome.standardError.hasPrefix("error: 'clpconf toml' takes no '--menus'\n"))
    }

    @Test func aMissingValueIsAUsageError() {
        let outcome = CommandHarness().run(["--menus"])
        #expect(outcome.exitCode == .usageOrIOError)
        #expect(outcome.standardError.hasPrefix("error: missing value for '--menus'\n"))
    }

    @Test func otherOptionsBeforeTheCommandAreStillUnknown() {
        let outcome = CommandHarness().run(["--color", "never", "check", "a.toml"])
        #expect(outcome.exitCode == .usageOrIOError)
        #expect(outcome.standardError.hasPrefix("error: unknown option '--color'"))
    }

    @Test func rootHelpListsTheLeadingOption() {
        let help = CommandHarness().run(["--help"]).standardOutput
        #expect(help.contains("--menus DIR"))
        #expect(help.contains("May be written before the command"))
    }
}
