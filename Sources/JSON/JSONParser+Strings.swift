import Diagnostics

/// Strings: plain runs skipped eight bytes at a time; escapes checked (and, for keys, decoded for their hash).
extension JSONParser {
    /// Reads a string starting at its opening `"`, leaving the cursor after the closing one, and returns its
    /// entry: escapes and control characters are checked here and decoded only when the string is read. A
    /// key with escapes gets the hash of its decoded bytes when duplicate keys are rejected.
    @inline(__always)
    mutating func readString(isKey: Bool) throws(JSONSyntaxError) -> JSONTape.Entry {
        let open = cursor.index
        cursor.advance()
        let contentStart = cursor.index
        let stop = contentStart + limits.maxStringBytes + 1
        cursor.skipStringText(stop: stop)
        if cursor.index - contentStart > limits.maxStringBytes {
            throw JSONSyntaxError(.jsonTooLong("a string", limit: limits.maxStringBytes, at: span(open, 1)))
        }
        if cursor.peek() == UInt8(ascii: "\"") && !cursor.isAtEnd {
            cursor.advance()
            return JSONTape.Entry(.string, start: open, end: cursor.index)
        }
        let hashed = isKey && duplicateKeys == .reject
        var escaped = false
        var hash: UInt32 = 0
        if hashed {
            // Moved out while it is filled, so that `readRest` may change the parser.
            var decoded: [UInt8] = []
            swap(&decoded, &scratch)
            decoded.removeAll(keepingCapacity: true)
            decoded.append(run: UnsafeBufferPointer(rebasing: cursor.bytes[contentStart..<cursor.index]))
            escaped = try readRest(open: open, contentStart: contentStart, stop: stop, into: &decoded)
            hash = JSONKeyHash.hash(decoded)
            swap(&decoded, &scratch)
        } else {
            var sink = DiscardingSink()
            escaped = try readRest(open: open, contentStart: contentStart, stop: stop, into: &sink)
        }
        return JSONTape.Entry(
            .string, start: open, end: cursor.index, payload: hash, flags: escaped ? JSONTape.Entry.escapedFlag : 0)
    }

    /// Reads the rest of a string from an escape or control character at the cursor to just past the closing
    /// quote, decoding into `sink` and reporting each bad escape, lone surrogate and control character.
    ///
    /// - Returns: whether the string has an escape.
    private mutating func readRest(
        open: Int, contentStart: Int, stop: Int, into sink: inout some JSONByteSink
    ) throws(JSONSyntaxError) -> Bool {
        var escaped = false
        while true {
            if cursor.index - contentStart > limits.maxStringBytes {
                throw JSONSyntaxError(.jsonTooLong("a string", limit: limits.maxStringBytes, at: span(open, 1)))
            }
            guard !cursor.isAtEnd else { throw JSONSyntaxError(.jsonUnterminatedString(at: span(open, 1))) }
            let byte = cursor.peek()
            if byte == UInt8(ascii: "\"") {
                cursor.advance()
                return escaped
            }
            if byte == UInt8(ascii: "\\") {
                escaped = true
                if let problem = JSONStringDecoder.decodeEscape(&cursor, into: &sink) { report(problem) }
            } else if byte < 0x20 {
                report(.jsonControlCharacter(byte, at: span(cursor.index, 1)))
                sink.append(byte)
                cursor.advance()
            }
            let runStart = cursor.index
            cursor.skipStringText(stop: stop)
            sink.append(run: UnsafeBufferPointer(rebasing: cursor.bytes[runStart..<cursor.index]))
        }
    }

    /// Reports a bad escape or a lone surrogate.
    private mutating func report(_ problem: JSONEscapeProblem) {
        let range = problem.start..<(problem.start + problem.length)
        let text = cursor.string(range)
        switch problem.kind {
        case .noSuchEscape:
            report(.jsonInvalidEscape(text, reason: "JSON has no such escape", at: span(problem.start, problem.length)))
        case .badHexDigits:
            report(
                .jsonInvalidEscape(
                    text, reason: "'\\u' must be followed by four hexadecimal digits",
                    at: span(problem.start, problem.length)))
        case .loneSurrogate:
            report(.jsonLoneSurrogate(text, at: span(problem.start, problem.length)))
        }
    }
}
