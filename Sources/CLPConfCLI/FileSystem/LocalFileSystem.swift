#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The real file system, through `FileManager` and `Data` (FoundationEssentials, not Foundation, to
/// keep start-up fast) plus `rename(2)` and `realpath(3)` from ``Platform``.
public struct LocalFileSystem: FileSystem {
    /// Creates the live file system.
    public init() {}

    public func readFile(at path: String) throws -> [UInt8] {
        do {
            return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw Self.readError(error, path: path)
        }
    }

    public func createFile(at path: String, contents: [UInt8]) throws {
        do {
            try Data(contents).write(to: URL(fileURLWithPath: path), options: [.withoutOverwriting])
        } catch {
            throw CLIError(.writeFailed(path: path, detail: Self.detail(of: error)))
        }
    }

    public func moveItem(at source: String, replacing destination: String) throws {
        if let failure = Platform.rename(source, to: destination) {
            throw CLIError(.writeFailed(path: destination, detail: failure))
        }
    }

    public func removeItem(at path: String) throws {
        do {
            try FileManager.default.removeItem(atPath: path)
        } catch {
            throw CLIError(.writeFailed(path: path, detail: Self.detail(of: error)))
        }
    }

    public func fileExists(at path: String) -> Bool {
        FileManager.default.fileExists(atPath: path)
    }

    public func isDirectory(at path: String) -> Bool {
        var isDirectory = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory
    }

    public func contentsOfDirectory(at path: String) throws -> [String] {
        guard fileExists(at: path) else { throw CLIError(.fileNotFound(path: path)) }
        guard isDirectory(at: path) else { throw CLIError(.notDirectory(path: path)) }
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

    private static func readError(_ error: any Error, path: String) -> CLIError {
        switch posixCode(of: error) {
        case Platform.noSuchFile?: CLIError(.fileNotFound(path: path))
        case Platform.isDirectory?: CLIError(.isDirectory(path: path))
        default: CLIError(.unreadable(path: path, detail: detail(of: error)))
        }
    }

    /// A lowercase reason such as "permission denied", from the POSIX error under a `CocoaError`.
    private static func detail(of error: any Error) -> String {
        if let code = posixCode(of: error) { return Platform.errorDescription(code) }
        return String(describing: error)
    }

    private static func posixCode(of error: any Error) -> Int32? {
        if let error = error as? POSIXError { return error.code.rawValue }
        guard let error = error as? CocoaError else { return nil }
        if let underlying = error.underlying as? POSIXError { return underlying.code.rawValue }
        switch error.code {
        case .fileReadNoSuchFile, .fileNoSuchFile: return Platform.noSuchFile
        case .fileReadNoPermission, .fileWriteNoPermission: return Platform.permissionDenied
        default: return nil
        }
    }
}
