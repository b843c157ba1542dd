import Diagnostics

/// A value ``JSONWriter`` refuses to write, with the range of the value (when it came from a file).
public struct JSONWriteError: Error, Sendable, Hashable, CustomStringConvertible {
    enum Reason: Sendable, Hashable {
        case tooDeep(limit: Int)
    }

    let reason: Reason
    /// The range of the container that went past the limit.
    public let range: Range<Int>

    init(_ reason: Reason, range: Range<Int>) {
        self.reason = reason
        self.range = range
    }

    public var description: String {
        switch reason {
        case .tooDeep(let limit):
            "cannot write a value nested deeper than \(limit) levels; it would not read back"
        }
    }

    /// The error as a J201 diagnostic at `span`.
    public func diagnostic(at span: SourceSpan?) -> Diagnostic {
        JSONCatalogue.unwritableValue.diagnostic(description, at: span)
    }
}
