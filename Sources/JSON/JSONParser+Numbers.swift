import Diagnostics

/// Numbers, checked against JSON's grammar and kept as written.
extension JSONParser {
    /// Reads `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?` at the cursor.
    mutating func readNumber() throws(JSONSyntaxError) -> JSONTape.Entry {
        let start = cursor.index
        if cursor.peek() == UInt8(ascii: "-") { cursor.advance() }
        if cursor.peek() == UInt8(ascii: "0") {
            cursor.advance()
            if cursor.peek().isDigit { throw invalidNumber(from: start, "a number cannot start with a leading zero") }
        } else if cursor.skipDigits() == 0 {
            throw invalidNumber(from: start, "a minus sign must be followed by digits")
        }
        if cursor.peek() == UInt8(ascii: ".") {
            cursor.advance()
            guard cursor.skipDigits() > 0 else {
                throw invalidNumber(from: start, "a decimal point must be followed by digits")
            }
        }
        if cursor.peek() | 0x20 == UInt8(ascii: "e") {
            cursor.advance()
            if cursor.peek() == UInt8(ascii: "+") || cursor.peek() == UInt8(ascii: "-") { cursor.advance() }
            guard cursor.skipDigits() > 0 else { throw invalidNumber(from: start, "an exponent must have digits") }
        }
        let length = cursor.index - start
        guard length <= limits.maxNumberLength else {
            throw JSONSyntaxError(.jsonTooLong("a number", limit: limits.maxNumberLength, at: span(start, length)))
        }
        return JSONTape.Entry(.number, start: start, end: cursor.index)
    }

    /// A J105 for the number-like text from `start` (digits, signs, points and `e`, at most 40 bytes).
    private func invalidNumber(from start: Int, _ reason: String) -> JSONSyntaxError {
        var end = start
        while end < cursor.end, end - start < 40 {
            switch cursor.byte(at: end) {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."),
                UInt8(ascii: "e"), UInt8(ascii: "E"):
                end += 1
            default:
                return JSONSyntaxError(
                    .jsonInvalidNumber(cursor.string(start..<end), reason: reason, at: span(start, end - start)))
            }
        }
        return JSONSyntaxError(
            .jsonInvalidNumber(cursor.string(start..<end), reason: reason, at: span(start, end - start)))
    }
}
