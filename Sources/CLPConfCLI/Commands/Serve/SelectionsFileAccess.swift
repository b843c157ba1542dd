/// The one file `serve` may touch: FILE, read as a selections file and written atomically through the
/// context's file system, the version it replaces kept beside it as `FILE.previous`.
struct SelectionsFileAccess: Sendable {
    let path: String
    let context: CommandContext

    /// Access to `path`, refused when something other than a regular file is there.
    init(path: String, context: CommandContext) throws {
        self.path = path
        self.context = context
        if let status = try context.fileSystem.status(of: context.absolutePath(path), followsLinks: true),
            status.kind != .regular
        {
            _ = try context.readFile(path, as: .selections)
        }
    }

    /// The path the version replaced is kept at.
    var previousPath: String { path + ".previous" }

    /// The file's bytes, or nil when it does not exist yet.
    func read() throws -> [UInt8]? {
        guard try context.fileSystem.status(of: context.absolutePath(path), followsLinks: true) != nil else {
            return nil
        }
        return try context.readFile(path, as: .selections)
    }

    /// Writes `bytes` to the file atomically, after keeping what it holds now as ``previousPath``.
    func write(_ bytes: [UInt8]) throws {
        if let current = try read() {
            // FILE.previous is the workbench's own name: it may be replaced only when it is a plain file (or
            // absent), never followed through a link to somewhere else.
            let previous = context.absolutePath(previousPath)
            if let status = try context.fileSystem.status(of: previous, followsLinks: false), status.kind != .regular {
                throw CLIError(.notRegularFile(path: previousPath, kind: status.kind))
            }
            try context.fileSystem.writeAtomically(
                current, to: previousPath, currentDirectory: context.currentDirectory)
        }
        try context.fileSystem.writeAtomically(bytes, to: path, currentDirectory: context.currentDirectory)
    }
}
