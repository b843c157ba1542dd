/// What the parser names in "found ..." when the input is not what it expected.
extension JSONParser {
    /// `end of file`, `'tru'`, `'}'`, `U+000C`: the token at the cursor, at most 20 characters.
    func describeToken() -> String {
        guard !cursor.isAtEnd else { return "end of file" }
        let byte = cursor.peek()
        if byte < 0x20 || byte == 0x7F { return JSONText.scalarName(UInt32(byte)) }
        return "'" + cursor.string(cursor.index..<(cursor.index + tokenLength())) + "'"
    }

    /// The length in bytes of the token at the cursor: a run of letters and digits (a misspelled word, at most
    /// 20 bytes), or one character.
    func tokenLength() -> Int {
        guard !cursor.isAtEnd else { return 0 }
        var length = 0
        while length < 20 {
            let byte = cursor.peek(length)
            guard byte.isDigit || (byte | 0x20) &- 0x61 < 26 || byte == UInt8(ascii: "_") else { break }
            length += 1
        }
        return max(length, cursor.sequenceLength(at: cursor.index))
    }
}
