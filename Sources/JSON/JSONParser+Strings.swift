import Diagnostics

/// Strings: plain runs copied straight from the buffer, escapes decoded through a scratch buffer.
extension JSONParser {
    /// Reads a string starting at its opening `"`, leaving the cursor after the closing one.
    mutating func readString() throws(JSONSyntaxError) -> String {
        let open = cursor.index
        cursor.advance()
        let contentStart = cursor.index
        let stop = contentStart + limits.maxStringBytes + 1
        cursor.skipStringText(stop: stop)
        if cursor.index - contentStart > limits.maxStringBytes {
            throw JSONSyntaxError(.jsonTooLong("a string", limit: limits.maxStringBytes, at: span(open, 1)))
        }
        if cursor.peek() == UInt8(ascii: "\"") && !cursor.isAtEnd {
            let text = strings.string(contentStart..<cursor.index, in: cursor)
            cursor.advance()
            return text
        }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: cursor.bytes[contentStart..<cursor.index]))
        while true {
            if cursor.index - contentStart > limits.maxStringBytes {
                throw JSONSyntaxError(.jsonTooLong("a string", limit: limits.maxStringBytes, at: span(open, 1)))
            }
            guard !cursor.isAtEnd else { throw JSONSyntaxError(.jsonUnterminatedString(at: span(open, 1))) }
            let byte = cursor.peek()
            if byte == UInt8(ascii: "\"") {
                cursor.advance()
                return String(decoding: scratch, as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") {
                readEscape()
            } else if byte < 0x20 {
                report(.jsonControlCharacter(byte, at: span(cursor.index, 1)))
                scratch.append(byte)
                cursor.advance()
            }
            let runStart = cursor.index
            cursor.skipStringText(stop: stop)
            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: cursor.bytes[runStart..<cursor.index]))
        }
    }

    /// Decodes the escape at the cursor (a backslash) into ``scratch``. A bad escape is reported and skipped,
    /// and a lone surrogate is reported and read as U+FFFD, so one string can hold several such problems.
    private mutating func readEscape() {
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
            scratch.append(simple)
            cursor.advance(2)
            return
        }
        guard start + 1 < cursor.end else {
            // A backslash as the last byte: the string is unterminated, which the caller reports at its quote.
            cursor.advance()
            return
        }
        guard letter == UInt8(ascii: "u") else {
            let length = 1 + cursor.sequenceLength(at: start + 1)
            report(
                .jsonInvalidEscape(
                    cursor.string(start..<(start + length)), reason: "JSON has no such escape",
                    at: span(start, length)))
            cursor.advance(length)
            return
        }
        guard let unit = hexUnit(at: start + 2) else {
            let length = 2 + (0..<4).prefix { cursor.byte(at: start + 2 + $0).hexValue != nil }.count
            report(
                .jsonInvalidEscape(
                    cursor.string(start..<(start + length)),
                    reason: "'\\u' must be followed by four hexadecimal digits", at: span(start, length)))
            cursor.advance(length)
            return
        }
        cursor.advance(6)
        appendUnit(unit, escapeStart: start)
    }

    /// Appends the character of a `\u` unit, pairing a high surrogate with a `\u` low surrogate right after it.
    private mutating func appendUnit(_ unit: UInt32, escapeStart start: Int) {
        var scalar = unit
        if (0xD800...0xDBFF).contains(unit), cursor.peek() == UInt8(ascii: "\\"), cursor.peek(1) == UInt8(ascii: "u"),
            let low = hexUnit(at: cursor.index + 2), (0xDC00...0xDFFF).contains(low)
        {
            scalar = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
            cursor.advance(6)
        } else if (0xD800...0xDFFF).contains(unit) {
            report(.jsonLoneSurrogate(cursor.string(start..<(start + 6)), at: span(start, 6)))
            scalar = 0xFFFD
        }
        appendUTF8(scalar)
    }

    /// The value of the four hexadecimal digits at `offset`, or nil.
    private func hexUnit(at offset: Int) -> UInt32? {
        var value: UInt32 = 0
        for position in offset..<(offset + 4) {
            guard let digit = cursor.byte(at: position).hexValue else { return nil }
            value = value << 4 | digit
        }
        return value
    }

    /// Appends the UTF-8 encoding of a scalar value (never a surrogate) to ``scratch``.
    private mutating func appendUTF8(_ value: UInt32) {
        switch value {
        case 0..<0x80:
            scratch.append(UInt8(truncatingIfNeeded: value))
        case 0x80..<0x800:
            scratch.append(UInt8(truncatingIfNeeded: 0xC0 | value >> 6))
            scratch.append(UInt8(truncatingIfNeeded: 0x80 | value & 0x3F))
        case 0x800..<0x10000:
            scratch.append(UInt8(truncatingIfNeeded: 0xE0 | value >> 12))
            scratch.append(UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F))
            scratch.append(UInt8(truncatingIfNeeded: 0x80 | value & 0x3F))
        default:
            scratch.append(UInt8(truncatingIfNeeded: 0xF0 | value >> 18))
            scratch.append(UInt8(truncatingIfNeeded: 0x80 | value >> 12 & 0x3F))
            scratch.append(UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F))
            scratch.append(UInt8(truncatingIfNeeded: 0x80 | value & 0x3F))
        }
    }
}
