/// What a command is called and how its help reads: the static description every
/// ``ParsableCommand`` provides.
struct CommandConfiguration: Sendable {
    /// The word typed on the command line, e.g. `toml`.
    var name: String
    /// One line, shown in the parent's command list and at the top of the help.
    var abstract: String
    /// Longer text for `--help`; paragraphs separated by blank lines, lines starting with spaces kept as
    /// written.
    var discussion: String
    /// Example invocations for `--help`; every command should have at least one.
    var examples: [CommandExample]
    /// The commands under this one, in help order; non-empty only for a ``CommandGroup``.
    var subcommands: [any ParsableCommand.Type]
    /// The version printed by `--version`; set only on the root command.
    var version: String?

    init(
        name: String,
        abstract: String,
        discussion: String = "",
        examples: [CommandExample] = [],
        subcommands: [any ParsableCommand.Type] = [],
        version: String? = nil
    ) {
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.examples = examples
        self.subcommands = subcommands
        self.version = version
    }
}

/// An example invocation shown under EXAMPLES in `--help`.
struct CommandExample: Sendable, Hashable {
    /// The full command line, starting with `clpconf`.
    var command: String
    /// What it does, one sentence.
    var explanation: String

    init(_ command: String, _ explanation: String) {
        self.command = command
        self.explanation = explanation
    }
}
