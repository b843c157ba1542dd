import Diagnostics

/// A JSON value that is not what the caller asked for: not a number, not a whole number, or out of range.
///
/// It carries the value's byte range, so ``diagnostic(in:)`` points at the value in its file.
public struct JSONValueError: Error, Sendable, Hashable, CustomStringConvertible {
    enum Reason: Sendable, Hashable {
        case notANumber(String)
        case notAWholeNumber(String)
        case outsideInt64(String)
        case outsideDouble(String)
    }

    let reason: Reason
    /// Where the value was written.
    public let range: Range<Int>

    init(_ reason: Reason, range: Range<Int>) {
        self.reason = reason
        self.range = range
    }

    public var description: String {
        switch reason {
        case .notANumber(let type):
            "expected a number, found \(type == "array" || type == "object" ? "an" : "a") \(type)"
        case .notAWholeNumber(let lexeme): "expected a whole number, found '\(lexeme)'"
        case .outsideInt64(let lexeme):
            "number '\(lexeme)' is outside the 64-bit integer range -9223372036854775808...9223372036854775807"
        case .outsideDouble(let lexeme): "number '\(lexeme)' is too large or too small for a 64-bit float"
        }
    }

    /// The error as a located diagnostic (J120 for an integer, J121 for a float, J122 for a value of the wrong
    /// type) in the file at `path`.
    public func diagnostic(in path: String) -> Diagnostic {
        let descriptor =
            switch reason {
            case .notANumber: JSONCatalogue.notANumber
            case .notAWholeNumber, .outsideInt64: JSONCatalogue.integerOutOfRange
            case .outsideDouble: JSONCatalogue.floatOutOfRange
            }
        return descriptor.diagnostic(description, at: SourceSpan(file: path, range: range))
    }
}
