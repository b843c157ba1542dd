import Rulebook

/// Everything a command may touch outside itself: output streams, environment, current directory,
/// terminal facts and the file system.
///
/// ``CommandContext/live()`` connects it to the process; tests build one with buffers and an
/// in-memory file system, so commands run in-process and never touch the real stdout.
public struct CommandContext: Sendable {
    /// Results: reports, documents, JSON.
    public var standardOutput: OutputSink
    /// Diagnostics and error messages.
    public var standardError: OutputSink
    /// The process environment (`NO_COLOR`, `CLPCONF_MENUS`, ...).
    public var environment: [String: String]
    /// The absolute path relative paths are resolved against.
    public var currentDirectory: String
    /// Typed lines, for the interactive wizard (`init --interactive`); ``LineSource/closed`` unless given.
    public var standardInput: LineSource = .closed
    /// Whether stdout is a terminal.
    public var isOutputTerminal: Bool
    /// Whether stderr is a terminal.
    public var isErrorTerminal: Bool
    /// Reads and writes files.
    public var fileSystem: any FileSystem
    /// The editions loaded so far; they live as long as this context.
    public var editions: EditionStore
    /// The files read so far, which no output of this run may replace.
    public var inputs: InputRegistry
    /// The running executable's absolute path, for finding `menus/` installed beside it (nil in tests).
    public var executablePath: String?
    /// The current time as ISO 8601 UTC (`2026-12-02T01:50:33Z`), for what a report says about when it was
    /// written; ``live()`` reads the system clock, tests fix it so reports compare byte for byte.
    public var clock: @Sendable () -> String
    /// How long `check` may spend searching for fixes: short for a person waiting at the command line; tests
    /// make it long so the evaluation budget alone ends the search and the same file gives the same fixes
    /// on a loaded machine.
    public var fixSearchTimeLimit: Duration = FixSearch.defaultTimeLimit

    /// Creates a context from its parts; see ``live()`` for the real process.
    public init(
        standardOutput: OutputSink,
        standardError: OutputSink,
        environment: [String: String] = [:],
        currentDirectory: String = "/",
        isOutputTerminal: Bool = false,
        isErrorTerminal: Bool = false,
        fileSystem: any FileSystem,
        executablePath: String? = nil,
        clock: @escaping @Sendable () -> String = { "1970-01-01T00:00:00Z" }
    ) {
        self.standardOutput = standardOutput
        self.standardError = standardError
        self.environment = environment
        self.currentDirectory = currentDirectory
        self.isOutputTerminal = isOutputTerminal
        self.isErrorTerminal = isErrorTerminal
        self.fileSystem = fileSystem
        self.executablePath = executablePath
        self.clock = clock
        self.editions = EditionStore()
        self.inputs = InputRegistry()
    }
}

extension CommandContext {
    /// Whether to colour what goes to stdout.
    func colorsOutput(_ mode: ColorMode) -> Bool {
        mode.usesColor(isTerminal: isOutputTerminal, environment: environment)
    }

    /// Whether to colour what goes to stderr.
    func colorsErrors(_ mode: ColorMode) -> Bool {
        mode.usesColor(isTerminal: isErrorTerminal, environment: environment)
    }

    /// `path` made absolute against ``currentDirectory`` and standardized (no `.`, `..` or `//`).
    func absolutePath(_ path: String) -> String {
        FilePath.standardize(path, relativeTo: currentDirectory)
    }
}
