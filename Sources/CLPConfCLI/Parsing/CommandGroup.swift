/// A command that only groups subcommands, such as `clpconf menu` over `list`, `show`, `lint`.
///
/// Groups take no arguments of their own; given no subcommand, the runner prints the group's help.
/// Declare the subcommands in `configuration.subcommands` and nest their types in an extension:
///
/// ```swift
/// struct MenuCommand: CommandGroup {
///     static let configuration = CommandConfiguration(
///         name: "menu", abstract: "Author and publish editions.", subcommands: [List.self, Lint.self])
/// }
/// extension MenuCommand {
///     struct List: ParsableCommand { ... }
/// }
/// ```
protocol CommandGroup: ParsableCommand {
    init()
}

extension CommandGroup {
    init(_ arguments: ParsedArguments) { self.init() }

    /// Not reached through the runner, which shows the group's help instead.
    func run(_ context: CommandContext) throws -> ExitCode { .success }
}
