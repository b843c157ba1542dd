import Synchronization

@testable import CLPConfCLI

/// A file system held in memory, for driving commands without touching the disk.
///
/// Relative paths resolve against `currentDirectory`. Every change is logged in ``operations`` so
/// tests can check *how* a file was written (temporary file, then rename).
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
        var failMoves = false
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

    func text(_ path: String) -> String? {
        let path = absolute(path)
        return state.withLock { $0.files[path] }.map { String(decoding: $0, as: UTF8.self) }
    }

    var operations: [Operation] { state.withLock { $0.operations } }

    var allFiles: [String] { state.withLock { $0.files.keys.sorted() } }

    // MARK: FileSystem

    func readFile(at path: String) throws -> [UInt8] {
        let absolutePath = absolute(path)
        return try state.withLock { state in
            if state.directories.contains(absolutePath) { throw CLIError(.isDirectory(path: path)) }
            if state.unreadable.contains(absolutePath) {
                throw CLIError(.unreadable(path: path, detail: "permission denied"))
            }
            guard let bytes = state.files[absolutePath] else { throw CLIError(.fileNotFound(path: path)) }
            return bytes
        }
    }

    func createFile(at path: String, contents: [UInt8]) throws {
        let absolutePath = absolute(path)
        try state.withLock { state in
            guard state.directories.contains(FilePath.directory(of: absolutePath)) else {
                throw CLIError(.writeFailed(path: path, detail: "no such file or directory"))
            }
            guard state.files[absolutePath] == nil, !state.directories.contains(absolutePath) else {
                throw CLIError(.writeFailed(path: path, detail: "file exists"))
            }
            state.files[absolutePath] = contents
            state.operations.append(.create(absolutePath))
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
            state.files[to] = bytes
            state.operations.append(.move(from, to))
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
        let absolutePath = absolute(path)
        return state.withLock { $0.files[absolutePath] != nil || $0.directories.contains(absolutePath) }
    }

    func isDirectory(at path: String) -> Bool {
        let absolutePath = absolute(path)
        return state.withLock { $0.directories.contains(absolutePath) }
    }

    func contentsOfDirectory(at path: String) throws -> [String] {
        let absolutePath = absolute(path)
        return try state.withLock { state in
            guard state.directories.contains(absolutePath) else { throw CLIError(.notDirectory(path: path)) }
            let children = Array(state.files.keys) + Array(state.directories)
            return children.filter { $0 != absolutePath && FilePath.directory(of: $0) == absolutePath }
                .map { FilePath.lastComponent(of: $0) }.sorted()
        }
    }

    func canonicalPath(_ absolutePath: String) -> String { absolutePath }
}
