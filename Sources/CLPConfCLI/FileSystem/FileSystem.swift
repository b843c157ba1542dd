/// The file operations commands need, so tests can run commands against an in-memory file system.
///
/// Paths are passed as the user wrote them (relative paths are relative to the process's current
/// directory in the live implementation). Failures throw ``CLIError``s whose messages name the
/// path as given. Commands reach these through ``CommandContext``, which adds the checks every
/// command wants (directories given as files, atomic writes that never replace an input).
public protocol FileSystem: Sendable {
    /// The whole contents of a regular file.
    func readFile(at path: String) throws -> [UInt8]
    /// Creates a new file; fails if something already exists at `path`.
    func createFile(at path: String, contents: [UInt8]) throws
    /// Moves `source` to `destination`, atomically replacing any file there (`rename(2)`).
    func moveItem(at source: String, replacing destination: String) throws
    /// Deletes a file.
    func removeItem(at path: String) throws
    /// Whether anything (file or directory) exists at `path`.
    func fileExists(at path: String) -> Bool
    /// Whether `path` is a directory.
    func isDirectory(at path: String) -> Bool
    /// The names (not paths) of a directory's entries, sorted.
    func contentsOfDirectory(at path: String) throws -> [String]
    /// An absolute, standardized path with symbolic links resolved where they exist, used to tell
    /// whether two paths name the same file.
    func canonicalPath(_ absolutePath: String) -> String
}

extension FileSystem {
    /// Writes `bytes` to `path` through a temporary file beside it and a rename, so readers never
    /// see a half-written file. Use ``CommandContext`` to also refuse to replace an input.
    public func writeAtomically(_ bytes: [UInt8], to path: String, currentDirectory: String) throws {
        try AtomicFileWriter(fileSystem: self, currentDirectory: currentDirectory).write(bytes, to: path, inputs: [])
    }
}
