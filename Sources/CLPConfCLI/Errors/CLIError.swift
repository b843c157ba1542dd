import Diagnostics

/// A usage or I/O error that ends a command: printed as `error: <description>` and mapped to exit
/// code 2 by ``ExitCode/init(error:)``.
///
/// Problems in the *content* of a file are never ``CLIError``s: they are diagnostics, and the command
/// returns ``ExitCode/invalidInput``.
public struct CLIError: Error, Sendable, Hashable, CustomStringConvertible {
    enum Reason: Sendable, Hashable {
        /// The command line is wrong; the message says how.
        case usage(String)
        case fileNotFound(path: String)
        case isDirectory(path: String)
        case notDirectory(path: String)
        case unreadable(path: String, detail: String)
        case writeFailed(path: String, detail: String)
        case outputIsInput(path: String)
        /// An input that is a FIFO, a device or a socket, not a regular file.
        case notRegularFile(path: String, kind: FileStatus.Kind)
        /// An `-o` target that is a FIFO, a device, a socket or a link to nothing.
        case outputNotRegular(path: String, kind: FileStatus.Kind)
        /// An input larger than its kind's limit (``InputKind``).
        case tooLarge(path: String, limit: Int, noun: String)
        /// `--menus` or `CLPCONF_MENUS` (the `origin`) does not name a folder holding an edition.
        case badMenusFolder(origin: String, path: String, problem: MenusFolderProblem)
        /// Writing to standard output or standard error failed.
        case streamWriteFailed(stream: String, detail: String)
    }

    /// What is wrong with a `--menus` or `CLPCONF_MENUS` folder.
    enum MenusFolderProblem: Sendable, Hashable {
        case missing
        case notFolder
        /// A folder with no edition folder in it.
        case noEditions
        /// An edition's own folder (it holds `edition.toml`), not the folder of editions.
        case isEdition
    }

    let reason: Reason

    init(_ reason: Reason) {
        self.reason = reason
    }

    /// A usage error: an unknown command or option, or a missing or bad value.
    static func usage(_ message: String) -> CLIError { CLIError(.usage(message)) }

    /// Whether the command line was at fault (the runner then prints the usage line).
    public var isUsageError: Bool {
        if case .usage = reason { return true }
        return false
    }

    /// The declared code of this kind of error, from ``CLICatalogue``.
    var descriptor: MessageDescriptor {
        switch reason {
        case .usage: CLICatalogue.usage
        case .fileNotFound: CLICatalogue.fileNotFound
        case .isDirectory: CLICatalogue.isDirectory
        case .notDirectory: CLICatalogue.notDirectory
        case .unreadable: CLICatalogue.unreadable
        case .writeFailed: CLICatalogue.writeFailed
        case .outputIsInput: CLICatalogue.outputIsInput
        case .notRegularFile, .outputNotRegular: CLICatalogue.notRegularFile
        case .tooLarge: CLICatalogue.tooLarge
        case .badMenusFolder: CLICatalogue.badMenusFolder
        case .streamWriteFailed: CLICatalogue.streamWriteFailed
        }
    }

    /// A stable code: `C1xx` usage, `C2xx` files (see `clpconf explain CODE`).
    public var code: String { descriptor.code }

    /// Always ``ExitCode/usageOrIOError``; kept as a property so a new reason can choose otherwise.
    var exitCode: ExitCode {
        switch reason {
        case .usage, .fileNotFound, .isDirectory, .notDirectory, .unreadable, .writeFailed, .outputIsInput,
            .notRegularFile, .outputNotRegular, .tooLarge, .badMenusFolder, .streamWriteFailed:
            .usageOrIOError
        }
    }

    /// The message, lowercase with names in single quotes (STYLE rule 12).
    public var description: String {
        switch reason {
        case .usage(let message): message
        case .fileNotFound(let path): "no such file '\(path)'"
        case .isDirectory(let path): "'\(path)' is a directory; expected a file"
        case .notDirectory(let path): "'\(path)' is not a directory"
        case .unreadable(let path, let detail): "cannot read '\(path)': \(detail)"
        case .writeFailed(let path, let detail): "cannot write '\(path)': \(detail)"
        case .outputIsInput(let path):
            "refusing to overwrite input file '\(path)'; choose a different output path"
        case .notRegularFile(let path, let kind):
            "'\(path)' is \(kind.phrase), not a regular file; clpconf reads only regular files"
        case .outputNotRegular(let path, .symbolicLink):
            "refusing to write '\(path)': it is a symbolic link to a file that does not exist; name the file itself"
        case .outputNotRegular(let path, let kind):
            "refusing to write '\(path)': it is \(kind.phrase), not a regular file; choose a file to write"
        case .tooLarge(let path, let limit, let noun):
            "'\(path)' is larger than \(limit / (1024 * 1024)) MB, the limit for \(noun); is it the right file?"
        case .badMenusFolder(let origin, let path, let problem):
            "\(origin) '\(path)' " + problem.description
        case .streamWriteFailed(let stream, let detail): "cannot write to \(stream): \(detail)"
        }
    }

    /// The same error about `path`, for a file system error raised about another spelling of it (the
    /// absolute path the context passed down, where the user wrote a relative one).
    func naming(_ path: String) -> CLIError {
        switch reason {
        case .fileNotFound: CLIError(.fileNotFound(path: path))
        case .isDirectory: CLIError(.isDirectory(path: path))
        case .notDirectory: CLIError(.notDirectory(path: path))
        case .unreadable(_, let detail): CLIError(.unreadable(path: path, detail: detail))
        case .writeFailed(_, let detail): CLIError(.writeFailed(path: path, detail: detail))
        case .notRegularFile(_, let kind): CLIError(.notRegularFile(path: path, kind: kind))
        case .tooLarge(_, let limit, let noun): CLIError(.tooLarge(path: path, limit: limit, noun: noun))
        default: self
        }
    }
}

extension CLIError.MenusFolderProblem: CustomStringConvertible {
    /// The rest of the message after "--menus 'DIR' ".
    var description: String {
        switch self {
        case .missing: "does not exist; name the folder that holds the menu editions"
        case .notFolder: "is not a folder; name the folder that holds the menu editions"
        case .noEditions: "holds no menu edition (no folder in it has an edition.toml)"
        case .isEdition:
            "holds no menu edition: it is an edition's own folder; name the folder that holds it"
        }
    }
}
