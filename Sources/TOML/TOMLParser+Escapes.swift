import Diagnostics

/// Escape sequences in basic strings: `\b \t \n \f \r \" \\ \uXXXX \UXXXXXXXX`.
extension TOMLParser {
    /// Decodes the escape at the cursor (on its backslash) into ``scratch``. An invalid escape is reported
    /// and skipped, so the rest of the string is still read.
    mutating func decodeEscape() {
        let start = cursor.index
        let letter = cursor.peek(1)
        let simple: UInt8? =
            switch letter {
            case UInt8(ascii: "b"): 0x08
            case UInt8(ascii: "t"): .tab
            case UInt8(ascii: "n"): .newline
            case UInt8(ascii: "f"): 0x0C
            case UInt8(ascii: "r"): .carriageReturn
            case .quote: .quote
            case .backslash: .backslash
            default: nil
            }
        if let simple {
            scratch.append(simple)
            cursor.advance(2)
            return
        }
        switch letter {
        case UInt8(ascii: "u"):
            decodeUnicodeEscape(start: start, digits: 4)
        case UInt8(ascii: "U"):
            decodeUnicodeEscape(start: start, digits: 8)
        case .newline, .carriageReturn:
            // A backslash at the end of a one-line string; the unterminated string is reported next.
            cursor.advance()
        case 0 where start + 1 >= cursor.end:
            cursor.advance()
        case _ where letter.isForbiddenControl:
            report(
                .invalidEscape(
                    "\\", reason: "a backslash must be followed by an escape letter, found \(describeControl(letter))",
                    at: span(start..<(start + 2))))
            cursor.advance(2)
        default:
            let length = 1 + cursor.sequenceLength(at: start + 1)
            report(
                .invalidEscape(
                    cursor.string(start..<(start + length)),
                    reason: "the escapes are \\b \\t \\n \\f \\r \\\" \\\\ \\uXXXX and \\UXXXXXXXX",
                    at: span(start..<(start + length))))
            cursor.advance(length)
        }
    }

    /// Decodes `\uXXXX` (`digits` 4) or `\UXXXXXXXX` (`digits` 8), which must name a Unicode scalar value.
    private mutating func decodeUnicodeEscape(start: Int, digits: Int) {
        var value: UInt32 = 0
        var count = 0
        while count < digits, let digit = cursor.byte(at: start + 2 + count).hexValue {
            value = value << 4 | digit
            count += 1
        }
        let end = start + 2 + count
        cursor.index = end
        let sequence = cursor.string(start..<end)
        let reason: String
        if count < digits {
            reason = "'\\\(digits == 4 ? "u" : "U")' must be followed by exactly \(digits) hexadecimal digits"
        } else if let scalar = Unicode.Scalar(value) {
            scratch.append(contentsOf: scalar.utf8)
            return
        } else if (0xD800...0xDFFF).contains(value) {
            reason = "surrogate code points are not allowed; write the character itself or its scalar value"
        } else {
            reason = "code points end at U+10FFFF"
        }
        report(.invalidEscape(sequence, reason: reason, at: span(start..<end)))
    }
}
