import Diagnostics

/// A decoded string and the map from its UTF-8 offsets back to file offsets.
typealias DecodedString = (text: String, offsets: TextOffsetMap)

/// The four string forms: basic `"…"`, literal `'…'`, and their multi-line `"""…"""` and `'''…'''` forms.
///
/// A string without escapes or CRLF line endings is a verbatim slice of the file, so its offset map is just
/// a base. Otherwise the bytes are decoded into ``scratch`` and a map segment is added after each escape,
/// line continuation and CRLF (which is read as a single `\n`).
extension TOMLParser {
    /// Reads a basic string at the cursor (on its opening quote).
    mutating func parseBasicString() throws(TOMLSyntaxError) -> DecodedString {
        let open = cursor.index
        cursor.advance()
        let contentStart = cursor.index
        while true {
            cursor.skipStringText(delimiter: .quote, escapes: true, multiline: false)
            let byte = cursor.peek()
            if byte == .quote {
                let text = cursor.string(contentStart..<cursor.index)
                cursor.advance()
                return (text, TextOffsetMap(base: contentStart))
            }
            if byte == .backslash { break }
            try reportStringControl(open: open, kind: "string", closing: "'\"'")
        }
        scratch.removeAll(keepingCapacity: true)
        appendToScratch(contentStart..<cursor.index)
        var segments: [TextOffsetMap.Segment] = []
        segments.reserveCapacity(4)
        while true {
            let runStart = cursor.index
            cursor.skipStringText(delimiter: .quote, escapes: true, multiline: false)
            appendToScratch(runStart..<cursor.index)
            switch cursor.peek() {
            case .quote:
                cursor.advance()
                return (String(decoding: scratch, as: UTF8.self), TextOffsetMap(base: contentStart, segments: segments))
            case .backslash:
                decodeEscape()
                segments.append(.init(decoded: scratch.count, source: cursor.index))
            default:
                let controlStart = cursor.index
                try reportStringControl(open: open, kind: "string", closing: "'\"'")
                appendToScratch(controlStart..<cursor.index)
            }
        }
    }

    /// Reads a literal string at the cursor (on its opening apostrophe).
    mutating func parseLiteralString() throws(TOMLSyntaxError) -> DecodedString {
        let open = cursor.index
        cursor.advance()
        let contentStart = cursor.index
        while true {
            cursor.skipStringText(delimiter: .apostrophe, escapes: false, multiline: false)
            if cursor.peek() == .apostrophe {
                let text = cursor.string(contentStart..<cursor.index)
                cursor.advance()
                return (text, TextOffsetMap(base: contentStart))
            }
            try reportStringControl(open: open, kind: "literal string", closing: "\"'\"")
        }
    }

    /// At a control character inside a one-line string: throws if it ends the line (or the file), otherwise
    /// reports it and moves past it.
    private mutating func reportStringControl(open: Int, kind: String, closing: String) throws(TOMLSyntaxError) {
        let byte = cursor.peek()
        if cursor.isAtEnd || byte == .newline || (byte == .carriageReturn && cursor.peek(1) == .newline) {
            let end = cursor.index
            throw TOMLSyntaxError(
                .unterminatedString(kind, closing: closing + " before the end of the line", at: span(open..<end)))
        }
        report(.controlCharacter(describeControl(byte), in: "a \(kind)", at: span(cursor.index..<(cursor.index + 1))))
        cursor.advance()
    }

    /// Reads a multi-line basic (`quote` is `"`) or literal (`'`) string at the cursor.
    mutating func parseMultilineString(quote: UInt8) throws(TOMLSyntaxError) -> DecodedString {
        let open = cursor.index
        let escapes = quote == .quote
        cursor.advance(3)
        if cursor.peek() == .newline {
            cursor.advance()
        } else if cursor.peek() == .carriageReturn && cursor.peek(1) == .newline {
            cursor.advance(2)
        }
        let contentStart = cursor.index
        // Fast path: no escapes and no CRLF, so the value is a slice of the file.
        while true {
            cursor.skipStringText(delimiter: quote, escapes: escapes, multiline: true)
            let byte = cursor.peek()
            if byte == quote {
                let run = quoteRun(quote)
                if run >= 3 {
                    let extra = min(run - 3, 2)
                    let text = cursor.string(contentStart..<(cursor.index + extra))
                    cursor.advance(extra + 3)
                    return (text, TextOffsetMap(base: contentStart))
                }
                cursor.advance(run)
            } else if byte == .backslash || (byte == .carriageReturn && cursor.peek(1) == .newline) || cursor.isAtEnd {
                break
            } else {
                reportMultilineControl(escapes: escapes)
            }
        }
        return try parseMultilineSlowPath(open: open, quote: quote, contentStart: contentStart)
    }

    private mutating func parseMultilineSlowPath(
        open: Int, quote: UInt8, contentStart: Int
    ) throws(TOMLSyntaxError) -> DecodedString {
        let escapes = quote == .quote
        scratch.removeAll(keepingCapacity: true)
        appendToScratch(contentStart..<cursor.index)
        var segments: [TextOffsetMap.Segment] = []
        segments.reserveCapacity(4)
        while true {
            let runStart = cursor.index
            cursor.skipStringText(delimiter: quote, escapes: escapes, multiline: true)
            appendToScratch(runStart..<cursor.index)
            let byte = cursor.peek()
            if cursor.isAtEnd {
                let kind = escapes ? "multi-line string" : "multi-line literal string"
                let closing = escapes ? "'\"\"\"'" : "\"'''\""
                throw TOMLSyntaxError(
                    .unterminatedString(
                        kind, closing: closing + " before the end of the file", at: span(open..<(open + 3))))
            }
            if byte == quote {
                let run = quoteRun(quote)
                let content = run >= 3 ? min(run - 3, 2) : run
                appendToScratch(cursor.index..<(cursor.index + content))
                cursor.advance(run >= 3 ? content + 3 : run)
                if run >= 3 {
                    return (
                        String(decoding: scratch, as: UTF8.self), TextOffsetMap(base: contentStart, segments: segments)
                    )
                }
                continue
            }
            if byte == .backslash {
                if !skipLineContinuation() { decodeEscape() }
            } else if byte == .carriageReturn && cursor.peek(1) == .newline {
                scratch.append(.newline)
                cursor.advance(2)
            } else {
                let controlStart = cursor.index
                reportMultilineControl(escapes: escapes)
                appendToScratch(controlStart..<cursor.index)
            }
            segments.append(.init(decoded: scratch.count, source: cursor.index))
        }
    }

    private mutating func reportMultilineControl(escapes: Bool) {
        let byte = cursor.peek()
        let context = escapes ? "a multi-line string" : "a multi-line literal string"
        report(.controlCharacter(describeControl(byte), in: context, at: span(cursor.index..<(cursor.index + 1))))
        cursor.advance()
    }

    /// How many `quote` bytes follow at the cursor.
    private func quoteRun(_ quote: UInt8) -> Int {
        var count = 0
        while cursor.peek(count) == quote { count += 1 }
        return count
    }

    private mutating func appendToScratch(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: cursor.bytes[range]))
    }

    /// At a backslash in a multi-line basic string: if only spaces and tabs follow before the line end, skips
    /// them and every following space, tab and line ending, and returns true.
    private mutating func skipLineContinuation() -> Bool {
        var probe = cursor.index + 1
        while cursor.byte(at: probe) == .space || cursor.byte(at: probe) == .tab { probe += 1 }
        let byte = cursor.byte(at: probe)
        guard byte == .newline || (byte == .carriageReturn && cursor.byte(at: probe + 1) == .newline) else {
            return false
        }
        cursor.index = probe
        while true {
            switch cursor.peek() {
            case .space, .tab, .newline: cursor.advance()
            case .carriageReturn where cursor.peek(1) == .newline: cursor.advance(2)
            default: return true
            }
        }
    }
}
