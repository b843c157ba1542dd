import Synchronization

@testable import CLPConfCLI

/// A file system held in memory, for driving commands without touching the disk.
///
/// Relative paths resolve against `currentDirectory`. Every change is logged in ``operations`` so
/// tests can check *how* a file was written (temporary file, then rename). Besides files and folders it
/// holds FIFOs, devices and symbolic links, and its failure switches make writes or renames fail the way
/// a full disk does.
final class InMemoryFileSystem: FileSystem {
    enum Operation: Equatable {
        case create(String)
        case move(String, String)
        case remove(String)
    }

    private struct State {
        var files: [String: [UInt8]] = [:]
        var directories: Set<String> = ["/"]
        var unreadable: Set<String> = []
        /// FIFOs, devices and sockets.
        var specials: [String: FileStatus.Kind] = [:]
        /// Symbolic links and where they point (absolute).
        var links: [String: String] = [:]
        var failMoves = false
        /// When set, `createFile` leaves a partly written file behind and then fails.
        var failWrites = false
        /// Paths read, in order.
        var reads: [String] = []
        var operations: [Operation] = []
    }

    let currentDirectory: String
    private let state = Mutex(State())

    init(currentDirectory: String = "/work", files: [String: String] = [:]) {
        self.currentDirectory = currentDirectory
        addDirectory(currentDirectory)
        for (path, text) in files { addFile(path, text) }
    }

    func absolute(_ path: String) -> String {
        FilePath.standardize(path, relativeTo: currentDirectory)
    }

    func addFile(_ path: String, _ text: String) {
        let path = absolute(path)
        addDirectory(FilePath.directory(of: path))
        state.withLock { $0.files[path] = Array(text.utf8) }
    }

    func addDirectory(_ path: String) {
        var path = absolute(path)
        state.withLock { state in
            while path != "/" {
                state.directories.insert(path)
                path = FilePath.directory(of: path)
            }
        }
    }

    func makeUnreadable(_ path: String) {
        let path = absolute(path)
        state.withLock { _ = $0.unreadable.insert(path) }
    }

    func failMoves() {
        state.withLock { $0.failMoves = true }
    }

    /// Makes every `createFile` write half its bytes, leave that file behind and fail (a full disk).
    func failWrites() {
        state.withLock { $0.failWrites = true }
    }

    /// Adds a FIFO, a device or a socket.
    func addSpecial(_ path: String, _ kind: FileStatus.Kind) {
        let path = absolute(path)
        addDirectory(FilePath.directory(of: path))
        state.withLock { $0.specials[path] = kind }
    }

    /// Adds a symbolic link at `path` to `destination` (relative destinations are resolved against the
    /// link's folder).
    func addLink(_ path: String, to destination: String) {
        let path = absolute(path)
        addDirectory(FilePath.directory(of: path))
        let target = FilePath.standardize(destination, relativeTo: FilePath.directory(of: path))
        state.withLock { $0.links[path] = target }
    }

    /// What is at `path` itself, without following a link.
    func kind(_ path: String) -> FileStatus.Kind? {
        let path = absolute(path)
        return state.withLock { Self.ownKind(path, in: $0) }
    }

    var reads: [String] { state.withLock { $0.reads } }

    func text(_ path: String) -> String? {
        let path = absolute(path)
        return state.withLock { $0.files[path] }.map { String(decoding: $0, as: UTF8.self) }
    }

    var operations: [Operation] { state.withLock { $0.operations } }

    var allFiles: [String] { state.withLock { $0.files.keys.sorted() } }

    // MARK: FileSystem

    private static func ownKind(_ path: String, in state: State) -> FileStatus.Kind? {
        if state.links[path] != nil { return .symbolicLink }
        if state.directories.contains(path) { return .directory }
        if state.files[path] != nil { return .regular }
        return state.specials[path]
    }

    /// `path` with every link on the way resolved (at most 32 links), like `realpath`.
    private static func resolve(_ path: String, in state: State) -> String {
        var current = path
        for _ in 0..<32 {
            guard let (prefix, rest) = firstLink(in: current, state: state) else { return current }
            current = rest.isEmpty ? prefix : FilePath.join(prefix, rest)
        }
        return current
    }

    /// The first link along `path`, replaced by its destination, and what follows it.
    private static func firstLink(in path: String, state: State) -> (String, String)? {
        let parts = path.split(separator: "/").map(String.init)
        var walked = ""
        for (index, part) in parts.enumerated() {
            walked += "/" + part
            if let destination = state.links[walked] {
                return (destination, parts[(index + 1)...].joined(separator: "/"))
            }
        }
        return nil
    }

    func status(of path: String, followsLinks: Bool) throws -> FileStatus? {
        let absolutePath = absolute(path)
        return state.withLock { state in
            let folder = Self.resolve(FilePath.directory(of: absolutePath), in: state)
            var target = FilePath.join(folder, FilePath.lastComponent(of: absolutePath))
            if followsLinks { target = Self.resolve(target, in: state) }
            guard let kind = Self.ownKind(target, in: state) else { return nil }
            return FileStatus(kind: kind, size: state.files[target]?.count ?? 0)
        }
    }

    func readFile(at path: String, limit: Int?) throws -> [UInt8] {
        let absolutePath = absolute(path)
        return try state.withLock { state in
            let target = Self.resolve(absolutePath, in: state)
            if state.directories.contains(target) { throw CLIError(.isDirectory(path: path)) }
            if let kind = state.specials[target] { throw CLIError(.notRegularFile(path: path, kind: kind)) }
            if state.unreadable.contains(target) {
                throw CLIError(.unreadable(path: path, detail: "permission denied"))
            }
            guard let bytes = state.files[target] else { throw CLIError(.fileNotFound(path: path)) }
            if let limit, bytes.count > limit { throw CLIError(.tooLarge(path: path, limit: limit, noun: "a file")) }
            state.reads.append(target)
            return bytes
        }
    }

    func createFile(at path: String, contents: [UInt8]) throws {
        let absolutePath = absolute(path)
        try state.withLock { state in
            guard state.directories.contains(FilePath.directory(of: absolutePath)) else {
                throw CLIError(.writeFailed(path: path, detail: "no such file or directory"))
            }
            guard Self.ownKind(absolutePath, in: state) == nil else {
                throw CLIError(.writeFailed(path: path, detail: "file exists"))
            }
            state.operations.append(.create(absolutePath))
            if state.failWrites {
                state.files[absolutePath] = Array(contents.prefix(contents.count / 2))
                throw CLIError(.writeFailed(path: path, detail: "no space left on device"))
            }
            state.files[absolutePath] = contents
        }
    }

    func moveItem(at source: String, replacing destination: String) throws {
        let from = absolute(source)
        let to = absolute(destination)
        try state.withLock { state in
            guard !state.failMoves else { throw CLIError(.writeFailed(path: destination, detail: "disk full")) }
            guard let bytes = state.files.removeValue(forKey: from) else {
                throw CLIError(.fileNotFound(path: source))
            }
            state.specials[to] = nil
            state.links[to] = nil
            state.files[to] = bytes
            state.operations.append(.move(from, to))
        }
    }

    func createDirectory(at path: String) throws {
        var current = absolute(path)
        state.withLock { state in
            while current != "/", !current.isEmpty {
                state.directories.insert(current)
                current = FilePath.directory(of: current)
            }
        }
    }

    func removeItem(at path: String) throws {
        let absolutePath = absolute(path)
        state.withLock { state in
            state.files[absolutePath] = nil
            state.operations.append(.remove(absolutePath))
        }
    }

    func fileExists(at path: String) -> Bool {
        (try? status(of: path, followsLinks: true)) != nil
    }

    func isDirectory(at path: String) -> Bool {
        (try? status(of: path, followsLinks: true))?.kind == .directory
    }

    func contentsOfDirectory(at path: String) throws -> [String] {
        let absolutePath = absolute(path)
        return try state.withLock { state in
            let directory = Self.resolve(absolutePath, in: state)
            guard state.directories.contains(directory) else { throw CLIError(.notDirectory(path: path)) }
            if state.unreadable.contains(directory) {
                throw CLIError(.unreadable(path: path, detail: "permission denied"))
            }
            let children =
                Array(state.files.keys) + Array(state.directories) + Array(state.specials.keys) + Array(state.links.keys)
            return children.filter { $0 != directory && FilePath.directory(of: $0) == directory }
                .map { FilePath.lastComponent(of: $0) }.sorted()
        }
    }

    func canonicalPath(_ absolutePath: String) -> String {
        state.withLock { Self.resolve(absolutePath, in: $0) }
    }
}
