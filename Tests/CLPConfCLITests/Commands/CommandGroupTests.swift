import Testing

@testable import CLPConfCLI

/// A tree like the later `clpconf menu list|show`, to check groups without touching the registry.
@Suite struct CommandGroupTests {
    struct Tool: CommandGroup {
        static let configuration = CommandConfiguration(
            name: "tool", abstract: "A tool.", examples: [CommandExample("tool menu list", "List.")],
            subcommands: [Menu.self, HelpCommand.self], version: "tool 9")
    }

    struct Menu: CommandGroup {
        static let configuration = CommandConfiguration(
            name: "menu", abstract: "Work with menus.", examples: [CommandExample("tool menu show 2019", "Show.")],
            subcommands: [List.self, Show.self])
    }

    let harness = CommandHarness()

    @Test func runsANestedCommand() {
        let outcome = harness.run(["menu", "show", "2019", "--verbose"], root: Tool.self)
        #expect(outcome.exitCode == .success)
        #expect(outcome.standardOutput == "show 2019 verbose\n")
    }

    @Test func groupWithoutSubcommandShowsItsHelp() {
        let outcome = harness.run(["menu"], root: Tool.self)
        #expect(outcome.exitCode == .success)
        #expect(outcome.standardOutput.contains("USAGE: tool menu COMMAND ..."))
        #expect(outcome.standardOutput.contains("COMMANDS:\n  list "))
        #expect(outcome.standardOutput.contains("See 'tool menu COMMAND --help'"))
    }

    @Test func unknownSubcommandSuggests() {
        let outcome = harness.run(["menu", "lsit"], root: Tool.self)
        #expect(outcome.exitCode == .usageOrIOError)
        #expect(outcome.standardError.hasPrefix("error: unknown command 'lsit'; did you mean 'list'?\n"))
        #expect(outcome.standardError.contains("usage: tool menu COMMAND ..."))
    }

    @Test func helpForNestedCommands() {
        let viaFlag = harness.run(["menu", "show", "--help"], root: Tool.self)
        let viaCommand = harness.run(["help", "menu", "show"], root: Tool.self)
        #expect(viaFlag.standardOutput == viaCommand.standardOutput)
        #expect(viaFlag.standardOutput.contains("USAGE: tool menu show EDITION [--verbose]"))
    }

    @Test func validateRunsBeforeRun() {
        let outcome = harness.run(["menu", "show", "1900"], root: Tool.self)
        #expect(outcome.exitCode == .usageOrIOError)
        #expect(outcome.standardOutput.isEmpty)
        #expect(outcome.standardError.hasPrefix("error: no edition before 2000\n"))
        #expect(outcome.standardError.contains("usage: tool menu show EDITION [--verbose]"))
    }

    @Test func optionsBeforeASubcommandAreRejected() {
        let outcome = harness.run(["menu", "--verbose", "list"], root: Tool.self)
        #expect(outcome.exitCode == .usageOrIOError)
        #expect(outcome.standardError.hasPrefix("error: unknown option '--verbose'"))
    }
}

extension CommandGroupTests.Menu {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(name: "list", abstract: "List editions.")
        init(_ arguments: ParsedArguments) {}
        func run(_ context: CommandContext) throws -> ExitCode {
            context.standardOutput.writeLine("list")
            return .success
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(name: "show", abstract: "Show an edition.")
        static let edition = ArgumentDefinition.positional("edition", help: "The edition id.")
        static let verbose = ArgumentDefinition.flag("verbose", help: "Say more.")
        static var arguments: [ArgumentDefinition] { [edition, verbose] }

        var edition: String
        var verbose: Bool

        init(_ arguments: ParsedArguments) throws {
            edition = try arguments.required(Self.edition)
            verbose = arguments.flag(Self.verbose)
        }

        func validate() throws {
            if edition < "2000" { throw CLIError.usage("no edition before 2000") }
        }

        func run(_ context: CommandContext) throws -> ExitCode {
            context.standardOutput.writeLine("show \(edition)" + (verbose ? " verbose" : ""))
            return .success
        }
    }
}
