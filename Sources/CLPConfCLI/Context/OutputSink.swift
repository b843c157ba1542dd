/// Where a command's text goes: the process's stdout or stderr, or a buffer in tests.
///
/// Commands write whole blocks (a rendered report, a help page) rather than many small pieces, since
/// the live sinks write straight to the file descriptor without buffering.
public struct OutputSink: Sendable {
    private let sink: @Sendable (String) -> Void

    /// Creates a sink that hands every piece of text to `write`.
    public init(_ write: @escaping @Sendable (String) -> Void) {
        self.sink = write
    }

    /// Writes `text` exactly as given.
    public func write(_ text: String) {
        guard !text.isEmpty else { return }
        sink(text)
    }

    /// Writes `line` followed by a newline.
    public func writeLine(_ line: String = "") {
        sink(line + "\n")
    }

    /// A sink that drops everything.
    public static let discarding = OutputSink { _ in }
}
