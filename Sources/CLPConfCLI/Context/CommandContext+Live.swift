#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

extension CommandContext {
    /// The environment variables clpconf reads; ``live()`` copies only these from the process.
    public static let environmentVariables = ["CLPCONF_MENUS", "NO_COLOR", "TERM"]

    /// The context of the running process: fds 0, 1 and 2, the variables of the real environment that
    /// clpconf reads (``environmentVariables``), the current directory and the local file system.
    public static func live() -> CommandContext {
        var context = CommandContext(
            standardOutput: .descriptor(Platform.standardOutput),
            standardError: .descriptor(Platform.standardError),
            environment: Platform.environment(environmentVariables),
            currentDirectory: FileManager.default.currentDirectoryPath,
            isOutputTerminal: Platform.isTerminal(Platform.standardOutput),
            isErrorTerminal: Platform.isTerminal(Platform.standardError),
            fileSystem: LocalFileSystem(),
            executablePath: Platform.realPath("/proc/self/exe"),
            clock: { Date.now.ISO8601Format() })
        context.standardInput = .descriptor(Platform.standardInput)
        return context
    }
}
