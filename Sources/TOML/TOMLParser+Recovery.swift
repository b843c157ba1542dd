import Diagnostics

/// Error recovery: after a syntax error, find a sensible place to carry on so that one mistake gives one
/// diagnostic and the next mistake still gets its own.
extension TOMLParser {
    /// Moves the cursor to where the next statement should start.
    ///
    /// Outside arrays and inline tables that is the next line. Inside them it is after the closing bracket
    /// of the broken value, unless the error sits on a later line that reads like a statement (a missing
    /// `]` then swallows nothing), or a line at column 0 reads like one while skipping.
    mutating func recover() {
        let open = openContainers
        openContainers.removeAll(keepingCapacity: true)
        keys.removeAll(keepingCapacity: true)
        if !open.isEmpty {
            let errorLine = cursor.lineStart(of: cursor.index)
            if errorLine > statementStart, looksLikeStatement(at: errorLine, allowIndent: true, inArray: true) {
                cursor.index = errorLine
                return
            }
            if skipBalanced(open) { return }
        }
        cursor.skipLine()
    }

    /// Skips to the bracket that closes the innermost of `open`; returns true if it stopped early at the start
    /// of a line that looks like a new statement instead.
    private mutating func skipBalanced(_ open: [UInt8]) -> Bool {
        var stack = open
        while !cursor.isAtEnd, let innermost = stack.last {
            let byte = cursor.peek()
            switch byte {
            case .openBracket, .openBrace:
                stack.append(byte)
            case .closeBracket, .closeBrace:
                stack.removeLast()
            case .quote, .apostrophe:
                skipStringForRecovery(byte)
                continue
            case .hash:
                cursor.index = cursor.lineEnd(from: cursor.index)
                continue
            case .newline:
                let next = cursor.index + 1
                if looksLikeStatement(at: next, allowIndent: false, inArray: innermost == .openBracket) {
                    cursor.index = next
                    return true
                }
            default:
                break
            }
            cursor.advance()
        }
        return false
    }

    /// Skips a string of any of the four kinds without decoding it; a one-line string stops at the line end.
    private mutating func skipStringForRecovery(_ quote: UInt8) {
        let isMultiline = cursor.peek(1) == quote && cursor.peek(2) == quote
        cursor.advance(isMultiline ? 3 : 1)
        while !cursor.isAtEnd {
            let byte = cursor.peek()
            if byte == .backslash && quote == .quote {
                cursor.advance(2)
            } else if byte == quote {
                if !isMultiline {
                    cursor.advance()
                    return
                }
                if cursor.peek(1) == quote && cursor.peek(2) == quote {
                    cursor.advance(3)
                    while cursor.peek() == quote { cursor.advance() }
                    return
                }
                cursor.advance()
            } else if byte == .newline && !isMultiline {
                return
            } else {
                cursor.advance()
            }
        }
    }

    /// Whether the line starting at `offset` reads like a table header, or (when `inArray`) like `key =`.
    /// Looks ahead without reading anything into the document.
    private func looksLikeStatement(at offset: Int, allowIndent: Bool, inArray: Bool) -> Bool {
        var probe = cursor
        probe.index = offset
        if allowIndent {
            probe.skipWhitespace()
        } else if probe.peek() == .space || probe.peek() == .tab {
            return false
        }
        if probe.peek() == .openBracket {
            probe.advance()
            if probe.peek() == .openBracket { probe.advance() }
            probe.skipWhitespace()
            guard Self.skipKey(&probe), probe.peek() == .closeBracket else { return false }
            while probe.peek() == .closeBracket { probe.advance() }
            probe.skipWhitespace()
            let next = probe.peek()
            return probe.isAtEnd || next == .newline || next == .carriageReturn || next == .hash
        }
        guard inArray, Self.skipKey(&probe) else { return false }
        return probe.peek() == .equals
    }

    /// Moves past a dotted key and the whitespace after it; false if there is no key here.
    private static func skipKey(_ probe: inout ByteCursor) -> Bool {
        while true {
            let byte = probe.peek()
            if byte == .quote || byte == .apostrophe {
                probe.advance()
                while !probe.isAtEnd, probe.peek() != byte, probe.peek() != .newline {
                    if byte == .quote && probe.peek() == .backslash { probe.advance() }
                    probe.advance()
                }
                guard probe.peek() == byte else { return false }
                probe.advance()
            } else if probe.skipBareKey() == 0 {
                return false
            }
            probe.skipWhitespace()
            guard probe.peek() == .dot else { return true }
            probe.advance()
            probe.skipWhitespace()
        }
    }
}
