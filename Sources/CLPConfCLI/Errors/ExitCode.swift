import Diagnostics

/// The status a `clpconf` process ends with; the one place outcomes become exit codes.
///
/// - `0` (``success``): the command did its job and the input is valid.
/// - `1` (``invalidInput``): the input has errors; their diagnostics have been printed.
/// - `2` (``usageOrIOError``): the command line was wrong, or a file could not be read or written.
public struct ExitCode: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
    /// The value passed to `exit(3)`.
    public var rawValue: Int32

    /// Creates an exit code from its numeric value.
    public init(rawValue: Int32) {
        self.rawValue = rawValue
    }

    /// The command succeeded and the input is valid.
    public static let success = ExitCode(rawValue: 0)
    /// The input is invalid; diagnostics were printed.
    public static let invalidInput = ExitCode(rawValue: 1)
    /// A usage error (unknown command or option, missing or bad value) or an I/O error.
    public static let usageOrIOError = ExitCode(rawValue: 2)

    /// The exit code for an error that ended a command.
    ///
    /// Every ``CLIError`` is a usage or I/O problem; any other error is unexpected and is treated the
    /// same way, so that a failure is never reported as success.
    public init(error: any Error) {
        switch error {
        case let error as CLIError: self = error.exitCode
        default: self = .usageOrIOError
        }
    }

    /// The exit code for a command that checked input and printed these diagnostics.
    ///
    /// - Parameters:
    ///   - diagnostics: Everything the check found.
    ///   - strict: Whether warnings make the input invalid too (`--strict`).
    public init(diagnostics: [Diagnostic], strict: Bool = false) {
        let failing = diagnostics.contains { $0.severity == .error || (strict && $0.severity == .warning) }
        self = failing ? .invalidInput : .success
    }

    /// The more serious of two outcomes, for commands that handle several inputs.
    public func combined(with other: ExitCode) -> ExitCode {
        rawValue >= other.rawValue ? self : other
    }

    /// The numeric value, as the shell shows it.
    public var description: String { String(rawValue) }
}
