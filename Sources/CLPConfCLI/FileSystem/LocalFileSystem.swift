#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The real file system: `stat`, `open`, `read`, `write`, `rename`, `unlink` and `realpath` from
/// ``Platform``, and `FileManager` (FoundationEssentials, not Foundation, to keep start-up fast) only to
/// list a directory.
public struct LocalFileSystem: FileSystem {
    /// Creates the live file system.
    public init() {}

    public func status(of path: String, followsLinks: Bool) throws -> FileStatus? {
        switch Platform.status(path, followsLinks: followsLinks) {
        case .success(let status): return status
        case .failure(let error): throw CLIError(.unreadable(path: path, detail: error.description))
        }
    }

    public func readFile(at path: String, limit: Int?) throws -> [UInt8] {
        switch Platform.readRegularFile(path, limit: limit) {
        case .success(let bytes): return bytes
        case .failure(.notRegular(.directory)): throw CLIError(.isDirectory(path: path))
        case .failure(.notRegular(let kind)): throw CLIError(.notRegularFile(path: path, kind: kind))
        case .failure(.tooLarge):
            throw CLIError(.tooLarge(path: path, limit: limit ?? 0, noun: "this kind of file"))
        case .failure(.system(let error)):
            switch error.code {
            case Platform.noSuchFile: throw CLIError(.fileNotFound(path: path))
            case Platform.isDirectory: throw CLIError(.isDirectory(path: path))
            default: throw CLIError(.unreadable(path: path, detail: error.description))
            }
        }
    }

    public func createFile(at path: String, contents: [UInt8]) throws {
        if let failure = Platform.createFile(path, contents: contents) {
            throw CLIError(.writeFailed(path: path, detail: failure.description))
        }
    }

    public func createFile(at path: String, streaming body: ((String) -> Void) throws -> Void) throws {
        if let failure = try Platform.createFile(path, streaming: body) {
            throw CLIError(.writeFailed(path: path, detail: failure.description))
        }
    }

    public func moveItem(at source: String, replacing destination: String) throws {
        if let failure = Platform.rename(source, to: destination) {
            throw CLIError(.writeFailed(path: destination, detail: failure))
        }
    }

    public func createDirectory(at path: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw CLIError(.writeFailed(path: path, detail: Self.detail(of: error)))
        }
    }

    public func removeItem(at path: String) throws {
        if let failure = Platform.removeFile(path) {
            throw CLIError(.writeFailed(path: path, detail: failure.description))
        }
    }

    public func fileExists(at path: String) -> Bool {
        // Deliberately a yes/no: a path that cannot be examined does not exist for this question; callers
        // that read or write the path go through `status` and report its error.
        (try? status(of: path, followsLinks: true)) != nil
    }

    public func isDirectory(at path: String) -> Bool {
        // Deliberately a yes/no, as for `fileExists(at:)`.
        (try? status(of: path, followsLinks: true))?.kind == .directory
    }

    public func contentsOfDirectory(at path: String) throws -> [String] {
        // Through `status`, not the yes/no questions: a folder that cannot be examined (a loop of links, no
        // permission) is reported as that, not as missing.
        guard let status = try status(of: path, followsLinks: true) else {
            throw CLIError(.fileNotFound(path: path))
        }
        guard status.kind == .directory else { throw CLIError(.notDirectory(path: path)) }
        do {
            return try FileManager.default.contentsOfDirectory(atPath: path).sorted()
        } catch {
            throw CLIError(.unreadable(path: path, detail: Self.detail(of: error)))
        }
    }

    public func canonicalPath(_ absolutePath: String) -> String {
        if let resolved = Platform.realPath(absolutePath) { return resolved }
        // A file that does not exist yet: resolve its directory.
        let directory = FilePath.directory(of: absolutePath)
        guard directory != absolutePath, let resolved = Platform.realPath(directory) else { return absolutePath }
        return FilePath.join(resolved, FilePath.lastComponent(of: absolutePath))
    }

    /// A lowercase reason such as "permission denied", from the POSIX error under a `CocoaError`.
    private static func detail(of error: any Error) -> String {
        if let error = error as? POSIXError { return Platform.errorDescription(error.code.rawValue) }
        if let error = error as? CocoaError, let underlying = error.underlying as? POSIXError {
            return Platform.errorDescription(underlying.code.rawValue)
        }
        return String(describing: error)
    }
}
