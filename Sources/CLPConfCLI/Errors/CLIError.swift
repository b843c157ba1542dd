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
        }
    }

    /// A stable code: `C1xx` usage, `C2xx` files (see `clpconf explain CODE`).
    public var code: String { descriptor.code }

    /// Always ``ExitCode/usageOrIOError``; kept as a property so a new reason can choose otherwise.
    var exitCode: ExitCode {
        switch reason {
        case .usage, .fileNotFound, .isDirectory, .notDirectory, .unreadable, .writeFailed, .outputIsInput:
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
        }
    }
}
