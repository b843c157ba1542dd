/// The `clpconf` program: the entry point the executable calls, and the one tests drive in-process.
public enum CLPConfTool {
    /// Runs the process's command line against the real terminal and file system, then exits.
    ///
    /// The context (and the editions it loaded) is kept alive until `exit`, so the operating system
    /// reclaims that memory in one go instead of it being freed node by node.
    public static func main() -> Never {
        let context = CommandContext.live()
        let code = run(arguments: Array(CommandLine.arguments.dropFirst()), context: context)
        withExtendedLifetime(context) { Platform.exit(code.rawValue) }
    }

    /// Runs `arguments` (without the program name) in `context` and returns the exit code.
    public static func run(arguments: [String], context: CommandContext) -> ExitCode {
        CommandRunner(root: RootCommand.self).run(arguments, context: context)
    }
}
