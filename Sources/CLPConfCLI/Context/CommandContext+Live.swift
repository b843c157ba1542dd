#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

extension CommandContext {
    /// The context of the running process: fds 1 and 2, the real environment, the current
    /// directory and the local file system.
    public static func live() -> CommandContext {
        CommandContext(
            standardOutput: .descriptor(Platform.standardOutput),
            standardError: .descriptor(Platform.standardError),
            environment: ProcessInfo.processInfo.environment,
            currentDirectory: FileManager.default.currentDirectoryPath,
            isOutputTerminal: Platform.isTerminal(Platform.standardOutput),
            isErrorTerminal: Platform.isTerminal(Platform.standardError),
            fileSystem: LocalFileSystem(),
            executablePath: Platform.realPath("/proc/self/exe"))
    }
}
