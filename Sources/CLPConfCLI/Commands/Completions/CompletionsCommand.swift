/// `clpconf completions bash|zsh|fish`: prints a shell completion script generated from the command
/// definitions, with the edition ids found now offered wherever an edition is expected.
struct CompletionsCommand: ParsableCommand {
    /// The shells a script can be written for.
    enum Shell: String, CaseIterable, Sendable {
        case bash
        case zsh
        case fish

        /// The script for `tree`.
        func script(for tree: CompletionTree) -> String {
            switch self {
            case .bash: BashCompletionGenerator(tree: tree).render()
            case .zsh: ZshCompletionGenerator(tree: tree).render()
            case .fish: FishCompletionGenerator(tree: tree).render()
            }
        }
    }

    static let configuration = CommandConfiguration(
        name: "completions",
        abstract: "Print a shell completion script for clpconf.",
        discussion: """
            Writes a script to stdout that completes clpconf's commands, options, option values and files \
            in bash, zsh or fish. Edition ids are those found when the script is made (see 'clpconf menu \
            list'); make it again after adding an edition.
            """,
        examples: [
            CommandExample(
                "clpconf completions bash > ~/.local/share/bash-completion/completions/clpconf", "Install for bash."),
            CommandExample("clpconf completions zsh > \"${fpath[1]}/_clpconf\"", "Install for zsh."),
            CommandExample("clpconf completions fish | source", "Load it into the current fish session."),
        ])

    static let shell = ArgumentDefinition(
        kind: .positional(.one), name: "shell", shortName: nil, valueName: "SHELL",
        help: "The shell to write the script for: bash, zsh or fish.", defaultValue: nil,
        allowedValues: Shell.allCases.map(\.rawValue))

    static var arguments: [ArgumentDefinition] { [shell, .menus] }

    var shell: Shell
    var menus: String?

    init(_ arguments: ParsedArguments) throws {
        shell = try arguments.choice(Self.shell, as: Shell.self)
        menus = arguments.value(.menus)
    }

    func run(_ context: CommandContext) throws -> ExitCode {
        let editions = try EditionLocator(context: context, explicitDirectory: menus).editions().map(\.id)
        let tree = CompletionTree(root: RootCommand.self, editionIDs: editions)
        context.standardOutput.write(shell.script(for: tree))
        return .success
    }
}
