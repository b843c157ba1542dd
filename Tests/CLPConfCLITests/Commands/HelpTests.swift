import Testing

@testable import CLPConfCLI

@Suite struct HelpTests {
    let harness = CommandHarness()

    @Test func rootHelpListsCommandsOptionsAndExamples() {
        let outcome = harness.run(["--help"])
        #expect(outcome.exitCode == .success)
        #expect(outcome.standardError.isEmpty)
        let help = outcome.standardOutput
        #expect(help.hasPrefix("OVERVIEW: "))
        #expect(help.contains("USAGE: clpconf COMMAND ..."))
        #expect(help.contains("\nCOMMANDS:\n"))
        #expect(help.contains("\n  toml "))
        #expect(help.contains("\n  check "))
        #expect(help.contains("\n  help "))
        #expect(help.contains("--version"))
        #expect(help.contains("-h, --help"))
        #expect(help.contains("NO_COLOR"))
        #expect(help.contains("EXAMPLES:\n  clpconf "))
        #expect(help.contains("See 'clpconf help COMMAND'"))
    }

    @Test func noArgumentsShowsRootHelp() {
        let outcome = harness.run([])
        #expect(outcome.exitCode == .success)
        #expect(outcome.standardOutput == harness.run(["--help"]).standardOutput)
    }

    @Test func tomlHelpShowsUsageArgumentsOptionsDefaultsAndExamples() {
        let outcome = harness.run(["toml", "--help"])
        #expect(outcome.exitCode == .success)
        let help = outcome.standardOutput
        #expect(help.hasPrefix("OVERVIEW: Check that files are valid TOML"))
        #expect(help.contains("USAGE: clpconf toml FILE... [--format text|json] [--color auto|always|never]"))
        #expect(help.contains("ARGUMENTS:\n  FILE "))
        #expect(help.contains("  --format text|json "))
        #expect(help.contains("(default: text)"))
        #expect(help.contains("(default: auto)"))
        #expect(help.contains("EXAMPLES:\n  clpconf toml "))
        #expect(!help.contains("--version"))
    }

    @Test(arguments: [["toml", "-h"], ["help", "toml"], ["toml", "a.toml", "--help"], ["toml", "--format", "json", "-h"]])
    func everyHelpFormGivesTheSamePage(arguments: [String]) {
        let outcome = harness.run(arguments)
        #expect(outcome.exitCode == .success)
        #expect(outcome.standardOutput == harness.run(["toml", "--help"]).standardOutput)
    }

    @Test func helpAfterDoubleDashIsAFileName() {
        let outcome = harness.run(["toml", "--", "--help"])
        #expect(outcome.exitCode == .usageOrIOError)
        #expect(outcome.standardError.contains("no such file '--help'"))
    }

    @Test func helpCommandWithoutTopicShowsRootHelp() {
        #expect(harness.run(["help"]).standardOutput == harness.run(["--help"]).standardOutput)
    }

    @Test func helpForUnknownCommandSuggests() {
        let outcome = harness.run(["help", "tmol"])
        #expect(outcome.exitCode == .usageOrIOError)
        #expect(outcome.standardError.contains("did you mean 'toml'?"))
    }

    @Test(arguments: CommandRegistry.commands.map { [$0.configuration.name, "--help"] } + [["--help"]])
    func helpLinesFitEightyColumns(arguments: [String]) {
        let help = harness.run(arguments).standardOutput
        for line in help.split(separator: "\n") where !line.hasPrefix("USAGE:") && !line.hasPrefix("  clpconf ") {
            #expect(line.count <= 80, "\(line)")
        }
    }

    @Test func versionPrintsNameAndVersion() {
        let outcome = harness.run(["--version"])
        #expect(outcome.exitCode == .success)
        #expect(outcome.standardOutput == "clpconf \(RootCommand.version)\n")
        #expect(outcome.standardError.isEmpty)
    }

    @Test func versionIsARootOption() {
        let outcome = harness.run(["toml", "--version"])
        #expect(outcome.exitCode == .usageOrIOError)
        #expect(outcome.standardError.contains("unknown option '--version'"))
    }
}
