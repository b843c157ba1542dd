import Synchronization

/// Where a command's text goes: the process's stdout or stderr, or a buffer in tests.
///
/// Commands write whole blocks (a rendered report, a help page) rather than many small pieces, since
/// the live sinks write straight to the file descriptor without buffering. A sink remembers the first
/// write that failed (a full disk, a closed pipe); ``CommandRunner`` reports it and exits with status 2,
/// so output that did not arrive is never taken for success.
public struct OutputSink: Sendable {
    private let sink: @Sendable (String) -> String?
    private let status = SinkStatus()

    /// Creates a sink that hands every piece of text to `write`, which cannot fail.
    public init(_ write: @escaping @Sendable (String) -> Void) {
        self.sink = { text in
            write(text)
            return nil
        }
    }

    /// Creates a sink that hands every piece of text to `write`, which returns a lowercase description
    /// of the failure (such as "no space left on device") when the text could not be written.
    public init(reporting write: @escaping @Sendable (String) -> String?) {
        self.sink = write
    }

    /// A sink that writes to a file descriptor with `write(2)`, unbuffered.
    static func descriptor(_ descriptor: Int32) -> OutputSink {
        OutputSink(reporting: { text in
            Platform.write(text, to: descriptor).map(Platform.errorDescription)
        })
    }

    /// Writes `text` exactly as given; after a failed write, nothing more is attempted.
    public func write(_ text: String) {
        guard !text.isEmpty, status.failure == nil else { return }
        if let failure = sink(text) { status.fail(failure) }
    }

    /// Writes `line` followed by a newline.
    public func writeLine(_ line: String = "") {
        write(line + "\n")
    }

    /// Why a write failed, if one did.
    public var failure: String? { status.failure }

    /// A sink that drops everything.
    public static let discarding = OutputSink { _ in }
}

/// The first failure of a sink, shared by its copies.
private final class SinkStatus: Sendable {
    private let first = Mutex<String?>(nil)

    var failure: String? { first.withLock { $0 } }

    func fail(_ detail: String) {
        first.withLock { $0 = $0 ?? detail }
    }
}
