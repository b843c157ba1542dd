import Diagnostics

/// Runs one command line against a command tree: resolve, parse, build, validate, run; and turns
/// every failure into a message on stderr and an exit code.
struct CommandRunner {
    /// The root of the tree, e.g. ``RootCommand``.
    var root: any ParsableCommand.Type

    /// Runs `arguments` (without the program name) and returns the exit code; never throws.
    ///
    /// This is the one place where a failed write to stdout or stderr becomes exit status 2: a full
    /// disk or a closed pipe behind stdout is reported on stderr (there is nowhere to report a failing
    /// stderr), whatever the command itself returned.
    func run(_ arguments: [String], context: CommandContext) -> ExitCode {
        let resolution = CommandResolver.resolve(arguments, root: root)
        var code: ExitCode
        do {
            code = try execute(resolution, context: context)
        } catch {
            report(error, path: resolution.path, context: context)
            code = ExitCode(error: error)
        }
        for (sink, name) in [(context.standardOutput, "standard output"), (context.standardError, "standard error")] {
            guard let failure = sink.failure else { continue }
            let error = CLIError(.streamWriteFailed(stream: name, detail: failure))
            report(error, path: resolution.path, context: context)
            code = code.combined(with: ExitCode(error: error))
        }
        return code
    }

    private func execute(_ resolution: CommandResolver.Resolution, context: CommandContext) throws -> ExitCode {
        let path = resolution.path
        let current = path[path.count - 1]
        switch resolution.action {
        case .showHelp:
            context.standardOutput.write(HelpGenerator(path: path).render())
            return .success
        case .showVersion(let version):
            context.standardOutput.writeLine(version)
            return .success
        case .unknownCommand(let name):
            let names = current.configuration.subcommands.map { $0.configuration.name }
            throw CLIError.usage("unknown command '\(name)'" + NameSuggester.didYouMean(name, among: names))
        case .unknownOption(let option):
            var names = ["--help"]
            if path.count == 1, current.configuration.version != nil { names.append("--version") }
            throw CLIError.usage("unknown option '\(option)'" + NameSuggester.didYouMean(option, among: names))
        case .optionNotTaken(let option):
            throw CLIError.usage("'\(CommandResolver.commandName(path))' takes no '\(option)'")
        case .missingValue(let option):
            throw CLIError.usage("missing value for '\(option)'")
        case .run(let arguments):
            let parsed = try ArgumentListParser(definitions: current.arguments).parse(arguments)
            let command = try current.init(parsed)
            if let help = command as? HelpCommand {
                context.standardOutput.write(try help.render(root: root))
                return .success
            }
            try command.validate()
            return try command.run(context)
        }
    }

    /// Prints `error: message` to stderr; for usage errors, also the usage line and where to find help.
    private func report(_ error: any Error, path: [any ParsableCommand.Type], context: CommandContext) {
        let label = context.colorsErrors(.auto) ? "\u{1B}[1;31merror\u{1B}[0m" : "error"
        let message: String
        if let error = error as? CLIError {
            message = error.description
        } else {
            message = "internal error: \(error)"
        }
        var text = label + ": " + TerminalText.sanitize(message) + "\n"
        if let error = error as? CLIError, error.isUsageError {
            text += "usage: " + UsageGenerator(path: path).usageLine() + "\n"
            text += "see '\(CommandResolver.commandName(path)) --help' for more information\n"
        }
        context.standardError.write(text)
    }
}
