/// Where decoded string bytes go: a buffer when the string is wanted, nowhere when it is only checked.
protocol JSONByteSink {
    mutating func append(_ byte: UInt8)
    mutating func append(run: UnsafeBufferPointer<UInt8>)
}

extension [UInt8]: JSONByteSink {
    @inline(__always)
    mutating func append(run: UnsafeBufferPointer<UInt8>) { append(contentsOf: run) }
}

/// Drops every byte: the parser checks a value's escapes without decoding it (the tape decodes when read).
struct DiscardingSink: JSONByteSink {
    @inline(__always)
    mutating func append(_ byte: UInt8) {}
    @inline(__always)
    mutating func append(run: UnsafeBufferPointer<UInt8>) {}
}

/// A problem in one escape sequence; the string is still read (the escape skipped, or a lone surrogate read
/// as U+FFFD), so the parser reports it and goes on.
struct JSONEscapeProblem {
    enum Kind {
        /// `\` and a letter JSON does not define.
        case noSuchEscape
        /// `\u` without four hexadecimal digits.
        case badHexDigits
        /// A `\u` escape naming half of a surrogate pair without its other half.
        case loneSurrogate
    }

    var kind: Kind
    /// Where the escape starts (its backslash) and how many bytes it covers.
    var start: Int
    var length: Int
}

/// Decodes JSON string content: escapes to the bytes they stand for, everything else copied. The parser uses
/// it to check a string (reporting each problem) and the tape to decode one when it is read, so both read a
/// string the same way.
enum JSONStringDecoder {
    /// Decodes the escape at the cursor (a backslash) into `sink`, leaving the cursor after it. A bad escape
    /// is skipped and a lone surrogate decoded as U+FFFD; either is returned for the caller to report.
    @inline(__always)
    static func decodeEscape(_ cursor: inout ByteCursor, into sink: inout some JSONByteSink) -> JSONEscapeProblem? {
        let start = cursor.index
        let letter = cursor.peek(1)
        let simple: UInt8? =
            switch letter {
            case UInt8(ascii: "\""): 0x22
            case UInt8(ascii: "\\"): 0x5C
            case UInt8(ascii: "/"): 0x2F
            case UInt8(ascii: "b"): 0x08
            case UInt8(ascii: "f"): 0x0C
            case UInt8(ascii: "n"): 0x0A
            case UInt8(ascii: "r"): 0x0D
            case UInt8(ascii: "t"): 0x09
            default: nil
            }
        if let simple {
            sink.append(simple)
            cursor.advance(2)
            return nil
        }
        guard start + 1 < cursor.end else {
            // A backslash as the last byte: the string is unterminated, which the caller reports at its quote.
            cursor.advance()
            return nil
        }
        guard letter == UInt8(ascii: "u") else {
            let length = 1 + cursor.sequenceLength(at: start + 1)
            cursor.advance(length)
            return JSONEscapeProblem(kind: .noSuchEscape, start: start, length: length)
        }
        guard let unit = hexUnit(cursor, at: start + 2) else {
            let length = 2 + (0..<4).prefix { cursor.byte(at: start + 2 + $0).hexValue != nil }.count
            cursor.advance(length)
            return JSONEscapeProblem(kind: .badHexDigits, start: start, length: length)
        }
        cursor.advance(6)
        var scalar = unit
        var problem: JSONEscapeProblem?
        if (0xD800...0xDBFF).contains(unit), cursor.peek() == UInt8(ascii: "\\"), cursor.peek(1) == UInt8(ascii: "u"),
            let low = hexUnit(cursor, at: cursor.index + 2), (0xDC00...0xDFFF).contains(low)
        {
            scalar = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
            cursor.advance(6)
        } else if (0xD800...0xDFFF).contains(unit) {
            problem = JSONEscapeProblem(kind: .loneSurrogate, start: start, length: 6)
            scalar = 0xFFFD
        }
        appendUTF8(scalar, to: &sink)
        return problem
    }

    /// The decoded text of string content `range` (between the quotes) that the parser has already checked.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, content range: Range<Int>) -> String {
        var decoded: [UInt8] = []
        decoded.reserveCapacity(range.count)
        var cursor = ByteCursor(bytes: bytes, from: range.lowerBound, to: range.upperBound)
        while !cursor.isAtEnd {
            let runStart = cursor.index
            cursor.skipStringText(stop: range.upperBound)
            decoded.append(run: UnsafeBufferPointer(rebasing: bytes[runStart..<cursor.index]))
            guard !cursor.isAtEnd else { break }
            if cursor.peek() == UInt8(ascii: "\\") {
                _ = decodeEscape(&cursor, into: &decoded)
            } else {
                // A control character (reported when read) or a quote, which checked content cannot hold.
                decoded.append(cursor.peek())
                cursor.advance()
            }
        }
        return String(decoding: decoded, as: UTF8.self)
    }

    /// The value of the four hexadecimal digits at `offset`, or nil.
    @inline(__always)
    private static func hexUnit(_ cursor: ByteCursor, at offset: Int) -> UInt32? {
        var value: UInt32 = 0
        for position in offset..<(offset + 4) {
            guard let digit = cursor.byte(at: position).hexValue else { return nil }
            value = value << 4 | digit
        }
        return value
    }

    /// Appends the UTF-8 encoding of a scalar value (never a surrogate).
    @inline(__always)
    private static func appendUTF8(_ value: UInt32, to sink: inout some JSONByteSink) {
        switch value {
        case 0..<0x80:
            sink.append(UInt8(truncatingIfNeeded: value))
        case 0x80..<0x800:
            sink.append(UInt8(truncatingIfNeeded: 0xC0 | value >> 6))
            sink.append(UInt8(truncatingIfNeeded: 0x80 | value & 0x3F))
        case 0x800..<0x10000:
            sink.append(UInt8(truncatingIfNeeded: 0xE0 | value >> 12))
            sink.append(UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F))
            sink.append(UInt8(truncatingIfNeeded: 0x80 | value & 0x3F))
        default:
            sink.append(UInt8(truncatingIfNeeded: 0xF0 | value >> 18))
            sink.append(UInt8(truncatingIfNeeded: 0x80 | value >> 12 & 0x3F))
            sink.append(UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F))
            sink.append(UInt8(truncatingIfNeeded: 0x80 | value & 0x3F))
        }
    }
}
