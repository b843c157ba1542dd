/// Where an output path leads, checked before anything is written: a new file in an existing folder, or
/// an existing regular file, possibly reached through symbolic links.
///
/// Anything else is refused, never replaced: a folder, a FIFO, a device, a socket, a link to one of
/// those, and a link to nothing (which would otherwise create a file wherever the link points). A link
/// to a regular file is followed: the file it points to is replaced and the link is kept.
struct OutputTarget {
    /// The canonical path (absolute, links resolved) of the file that will be replaced or created.
    var path: String

    /// Checks `path` (as the user wrote it) and finds the file it leads to.
    ///
    /// - Throws: ``CLIError`` naming `path` as given.
    init(_ path: String, fileSystem: any FileSystem, currentDirectory: String) throws {
        let absolute = FilePath.standardize(path, relativeTo: currentDirectory)
        do {
            guard let status = try fileSystem.status(of: absolute, followsLinks: false) else {
                self.path = try Self.newFile(path, absolute: absolute, fileSystem: fileSystem)
                return
            }
            try Self.check(status.kind, path: path, absolute: absolute, fileSystem: fileSystem)
            self.path = fileSystem.canonicalPath(absolute)
        } catch let error as CLIError {
            throw error.naming(path)
        }
    }

    /// Refuses what is not a regular file or a link to one.
    private static func check(
        _ kind: FileStatus.Kind, path: String, absolute: String, fileSystem: any FileSystem
    ) throws {
        switch kind {
        case .regular: return
        case .directory: throw CLIError(.isDirectory(path: path))
        case .symbolicLink:
            guard let target = try fileSystem.status(of: absolute, followsLinks: true) else {
                throw CLIError(.outputNotRegular(path: path, kind: .symbolicLink))
            }
            switch target.kind {
            case .regular: return
            case .directory: throw CLIError(.isDirectory(path: path))
            default: throw CLIError(.outputNotRegular(path: path, kind: target.kind))
            }
        default: throw CLIError(.outputNotRegular(path: path, kind: kind))
        }
    }

    /// The canonical path of a file to create at `absolute`, whose folder must exist.
    private static func newFile(_ path: String, absolute: String, fileSystem: any FileSystem) throws -> String {
        let folder = FilePath.directory(of: absolute)
        let shown = path.contains("/") ? FilePath.directory(of: path) : "."
        switch try fileSystem.status(of: folder, followsLinks: true)?.kind {
        case .directory?: break
        case nil: throw CLIError(.writeFailed(path: path, detail: "folder '\(shown)' does not exist"))
        default: throw CLIError(.writeFailed(path: path, detail: "'\(shown)' is not a folder"))
        }
        return FilePath.join(fileSystem.canonicalPath(folder), FilePath.lastComponent(of: absolute))
    }
}
