@testable import CLPConfCLI

/// What one in-process run of `clpconf` produced.
struct CommandOutcome {
    var exitCode: ExitCode
    var standardOutput: String
    var standardError: String
}

/// Runs command lines in-process with captured output and an in-memory file system.
struct CommandHarness {
    var fileSystem: InMemoryFileSystem
    var environment: [String: String] = [:]
    var isTerminal = false

    init(files: [String: String] = [:], environment: [String: String] = [:], isTerminal: Bool = false) {
        self.fileSystem = InMemoryFileSystem(files: files)
        self.environment = environment
        self.isTerminal = isTerminal
    }

    /// A context whose streams write into the two buffers.
    func context(output: OutputBuffer, errors: OutputBuffer) -> CommandContext {
        CommandContext(
            standardOutput: output.sink, standardError: errors.sink, environment: environment,
            currentDirectory: fileSystem.currentDirectory, isOutputTerminal: isTerminal,
            isErrorTerminal: isTerminal, fileSystem: fileSystem)
    }

    /// Runs `arguments` (without the program name) against `root`, by default the real command tree.
    func run(_ arguments: [String], root: any ParsableCommand.Type = RootCommand.self) -> CommandOutcome {
        let output = OutputBuffer()
        let errors = OutputBuffer()
        let code = CommandRunner(root: root).run(arguments, context: context(output: output, errors: errors))
        return CommandOutcome(exitCode: code, standardOutput: output.text, standardError: errors.text)
    }
}
