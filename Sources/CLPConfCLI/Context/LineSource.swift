import Synchronization

/// Where a command reads typed lines from: the process's stdin, or a script of lines in tests.
///
/// Only the interactive wizard reads it; every other command reads files named on the command line.
public struct LineSource: Sendable {
    private let next: @Sendable () -> String?
    /// Whether the lines come from the process's own stdin, where Ctrl-C is the user's to stop the wizard.
    let isProcessInput: Bool

    /// A source that asks `next` for each line (without its line end); nil means the input has ended.
    public init(_ next: @escaping @Sendable () -> String?) {
        self.init(next, isProcessInput: false)
    }

    private init(_ next: @escaping @Sendable () -> String?, isProcessInput: Bool) {
        self.next = next
        self.isProcessInput = isProcessInput
    }

    /// The next line without its line end, or nil at the end of input (Ctrl-D on a terminal).
    public func readLine() -> String? { next() }

    /// The longest line kept, in bytes; the rest of a longer line is dropped (and the answer refused).
    static let lineLimit = 4_096

    /// A source with no lines.
    public static let closed = LineSource { nil }

    /// A source that gives `lines` in order, then ends.
    public static func lines(_ lines: [String]) -> LineSource {
        let remaining = Mutex(lines[...])
        return LineSource { remaining.withLock { $0.popFirst() } }
    }

    /// Lines read from a file descriptor (fd 0 for the live process), a byte at a time.
    static func descriptor(_ descriptor: Int32) -> LineSource {
        LineSource({ Platform.readLine(from: descriptor, limit: lineLimit) }, isProcessInput: true)
    }
}
