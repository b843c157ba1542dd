import Diagnostics

/// Describing what the reader found where it expected something else.
extension TOMLParser {
    /// A T101 error at the cursor: "expected `expectation`, found …".
    func unexpected(_ expectation: String) -> TOMLSyntaxError {
        let (found, range) = describeToken(at: cursor.index)
        return TOMLSyntaxError(.expected(expectation, found: found, at: span(range)))
    }

    /// How messages name what is at `offset`, and the range to underline: a whole word for letters and
    /// digits, one character otherwise, and names for line endings and the end of the file.
    func describeToken(at offset: Int) -> (String, Range<Int>) {
        guard offset < cursor.end else { return ("end of file", cursor.end..<cursor.end) }
        let byte = cursor.byte(at: offset)
        switch byte {
        case .newline: return ("newline", offset..<offset)
        case .carriageReturn where cursor.byte(at: offset + 1) == .newline: return ("newline", offset..<offset)
        case _ where byte.isBareKeyCharacter:
            var end = offset
            while end < cursor.end, end - offset < 40, cursor.byte(at: end).isBareKeyCharacter { end += 1 }
            return ("'" + cursor.string(offset..<end) + "'", offset..<end)
        case _ where byte.isForbiddenControl:
            return (describeControl(byte), offset..<(offset + 1))
        default:
            let length = cursor.sequenceLength(at: offset)
            return ("'" + cursor.string(offset..<(offset + length)) + "'", offset..<(offset + length))
        }
    }

    /// `U+0007`, or a name for the control characters people meet in files.
    func describeControl(_ byte: UInt8) -> String {
        let hex = String(byte, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: 4 - hex.count) + hex
        switch byte {
        case 0: return "NUL (\(code))"
        case .carriageReturn: return "carriage return (\(code))"
        case .newline: return "newline (\(code))"
        case 0x0C: return "form feed (\(code))"
        case 0x1B: return "escape (\(code))"
        case .delete: return "DEL (\(code))"
        default: return code
        }
    }
}
