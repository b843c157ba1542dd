/// The file operations commands need, so tests can run commands against an in-memory file system.
///
/// Paths are passed as the user wrote them (relative paths are relative to the process's current
/// directory in the live implementation); ``CommandContext`` passes absolute paths. Failures throw
/// ``CLIError``s whose messages name the path as given. Commands reach these through
/// ``CommandContext``, which adds the checks every command wants (only regular files are read, each
/// within its size limit; writes are atomic, only to a new path or a regular file, never over an input).
public protocol FileSystem: Sendable {
    /// What `path` names, or `nil` when nothing is there: like `lstat(2)`, or `stat(2)` when
    /// `followsLinks`.
    ///
    /// - Throws: ``CLIError`` when the path cannot be examined (a folder on the way is not readable).
    func status(of path: String, followsLinks: Bool) throws -> FileStatus?
    /// The whole contents of a regular file, refusing anything else without waiting on it (a FIFO
    /// or a device) and any file that holds more than `limit` bytes.
    func readFile(at path: String, limit: Int?) throws -> [UInt8]
    /// Creates a new file; fails if something already exists at `path`, and leaves nothing behind
    /// that it created when it fails. The file is a temporary one (`AtomicFileWriter` is the only caller):
    /// until it is moved into place or removed, a stop signal removes it (`PartialFiles`).
    func createFile(at path: String, contents: [UInt8]) throws
    /// Creates a new file as ``createFile(at:contents:)`` does, with the text `body` hands over a piece at a
    /// time, so a long output need not be held whole; a failure of `body` or of a write leaves nothing behind.
    func createFile(at path: String, streaming body: ((String) -> Void) throws -> Void) throws
    /// Moves `source` to `destination`, atomically replacing any file there (`rename(2)`).
    func moveItem(at source: String, replacing destination: String) throws
    /// Creates a folder (and any missing folders above it); nothing happens when it already exists.
    func createDirectory(at path: String) throws
    /// Deletes a file (never a folder).
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
    /// Gathers the pieces and creates the file with them all (for file systems that hold files whole).
    public func createFile(at path: String, streaming body: ((String) -> Void) throws -> Void) throws {
        var bytes: [UInt8] = []
        try body { bytes.append(contentsOf: $0.utf8) }
        try createFile(at: path, contents: bytes)
    }

    /// The whole contents of a regular file, of any size.
    public func readFile(at path: String) throws -> [UInt8] {
        try readFile(at: path, limit: nil)
    }

    /// Writes `bytes` to `path` through a temporary file beside it and a rename, so readers never
    /// see a half-written file. Use ``CommandContext`` to also refuse to replace an input.
    public func writeAtomically(_ bytes: [UInt8], to path: String, currentDirectory: String) throws {
        try AtomicFileWriter(fileSystem: self, currentDirectory: currentDirectory).write(bytes, to: path, inputs: [])
    }
}
