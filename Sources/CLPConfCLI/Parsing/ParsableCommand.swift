/// A command (or subcommand) of `clpconf`: a struct with a static description and argument list, built
/// from the parsed command line, validated, then run.
///
/// The runner calls, in order: `init(_:)` with the values the parser found, ``validate()``, and
/// ``run(_:)``. Anything thrown becomes an exit code through ``ExitCode/init(error:)``. To make a
/// command available, list it in ``CommandRegistry`` (or in its group's `subcommands`).
protocol ParsableCommand: Sendable {
    /// Name, abstract, discussion, examples and subcommands.
    static var configuration: CommandConfiguration { get }
    /// The positionals, options and flags the command accepts, in help order.
    static var arguments: [ArgumentDefinition] { get }

    /// Builds the command from parsed values.
    ///
    /// - Throws: A usage ``CLIError`` when a value cannot be converted.
    init(_ arguments: ParsedArguments) throws

    /// Checks combinations of values that the parser cannot (e.g. `-o` with two inputs).
    ///
    /// - Throws: A usage ``CLIError``.
    func validate() throws

    /// Does the work, writing results to `context.standardOutput` and diagnostics to
    /// `context.standardError`.
    ///
    /// - Returns: ``ExitCode/success`` or ``ExitCode/invalidInput`` (usually `ExitCode(diagnostics:)`).
    /// - Throws: ``CLIError`` for usage and I/O failures.
    func run(_ context: CommandContext) throws -> ExitCode
}

extension ParsableCommand {
    static var arguments: [ArgumentDefinition] { [] }

    func validate() throws {}
}
