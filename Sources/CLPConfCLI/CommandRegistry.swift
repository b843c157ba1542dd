/// Every top-level `clpconf` command, in the order `clpconf --help` lists them.
///
/// To add a command, write a type conforming to ``ParsableCommand`` (or ``CommandGroup``, with its
/// subcommands nested in an extension) and add one line here. The parser needs no change.
enum CommandRegistry {
    static let commands: [any ParsableCommand.Type] = [
        InitCommand.self,
        CheckCommand.self,
        BuildCommand.self,
        DiffCommand.self,
        MigrateCommand.self,
        ServeCommand.self,
        ReportCommand.self,
        CompileCommand.self,
        ImpactCommand.self,
        ExplainCommand.self,
        MenuCommand.self,
        TOMLCommand.self,
        CompletionsCommand.self,
        HelpCommand.self,
    ]
}
