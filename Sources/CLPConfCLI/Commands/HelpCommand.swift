import Diagnostics

/// `clpconf help [COMMAND...]`: the same page as `clpconf COMMAND --help`.
///
/// ``CommandRunner`` runs it against whichever root it was given, so it works for any command tree.
struct HelpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "help",
        abstract: "Show the help of a command.",
        examples: [
            CommandExample("clpconf help toml", "Show how to use 'clpconf toml'."),
            CommandExample("clpconf help", "List every command."),
        ])

    static let topic = ArgumentDefinition.positional(
        "topic", valueName: "COMMAND", arity: .zeroOrMore, help: "The command to describe; none for an overview.")

    static var arguments: [ArgumentDefinition] { [topic] }

    /// The command words, e.g. `["menu", "list"]`.
    var topic: [String]

    init(_ arguments: ParsedArguments) {
        topic = arguments.values(Self.topic)
    }

    /// Prints the help of ``topic`` in the real command tree.
    func run(_ context: CommandContext) throws -> ExitCode {
        context.standardOutput.write(try render(root: RootCommand.self))
        return .success
    }

    /// The help page of ``topic`` under `root`.
    ///
    /// - Throws: A usage ``CLIError`` when a word of the topic names no command.
    func render(root: any ParsableCommand.Type) throws -> String {
        let resolution = CommandResolver.resolve(topic, root: root)
        switch resolution.action {
        case .unknownCommand(let name), .unknownOption(let name):
            let parent = resolution.path[resolution.path.count - 1]
            let names = parent.configuration.subcommands.map { $0.configuration.name }
            let suggestion = NameSuggester.didYouMean(name, among: names)
            throw CLIError.usage("no help for unknown command '\(name)'" + suggestion)
        case .run, .showHelp, .showVersion, .optionNotTaken, .missingValue:
            return HelpGenerator(path: resolution.path).render()
        }
    }
}
