import Diagnostics

/// Values: the dispatch on the first byte, booleans, arrays and inline tables.
extension TOMLParser {
    /// Reads the value at the cursor.
    ///
    /// - Parameters:
    ///   - depth: how deeply the value is nested (its table's depth plus key segments plus arrays).
    ///   - owner: where the value will be stored, so an inline table can name itself in messages.
    mutating func parseValue(depth: Int, owner: KeyOwner) throws(TOMLSyntaxError) -> TOMLValue {
        let start = cursor.index
        guard depth <= Self.maxDepth else {
            throw TOMLSyntaxError(.nestingTooDeep(limit: Self.maxDepth, at: span(start..<(start + 1))))
        }
        let byte = cursor.peek()
        switch byte {
        case .quote, .apostrophe:
            let decoded: DecodedString
            if cursor.peek(1) == byte && cursor.peek(2) == byte {
                decoded = try parseMultilineString(quote: byte)
            } else if byte == .quote {
                decoded = try parseBasicString()
            } else {
                decoded = try parseLiteralString()
            }
            return TOMLValue(.string(decoded.text, decoded.offsets), range: start..<cursor.index)
        case UInt8(ascii: "t") where cursor.matches("true") && !cursor.peek(4).isBareKeyCharacter:
            cursor.advance(4)
            return TOMLValue(.boolean(true), range: start..<cursor.index)
        case UInt8(ascii: "f") where cursor.matches("false") && !cursor.peek(5).isBareKeyCharacter:
            cursor.advance(5)
            return TOMLValue(.boolean(false), range: start..<cursor.index)
        case .openBracket:
            return try parseArray(depth: depth, owner: owner)
        case .openBrace:
            return try parseInlineTable(depth: depth, owner: owner)
        case _ where byte.isDigit, .plus, .minus, UInt8(ascii: "i"), UInt8(ascii: "n"):
            return try parseNumberOrDateTime()
        default:
            throw unexpected("a value")
        }
    }

    /// Reads `[ value, value, ... ]`, where newlines and comments may appear between elements and a trailing
    /// comma is allowed.
    private mutating func parseArray(depth: Int, owner: KeyOwner) throws(TOMLSyntaxError) -> TOMLValue {
        let start = cursor.index
        cursor.advance()
        openContainers.append(.openBracket)
        var elements: [TOMLValue] = []
        while true {
            try skipArrayTrivia()
            if cursor.peek() == .closeBracket { break }
            if elements.isEmpty { elements.reserveCapacity(4) }
            elements.append(try parseValue(depth: depth + 1, owner: owner))
            try skipArrayTrivia()
            if cursor.peek() == .comma {
                cursor.advance()
                continue
            }
            guard cursor.peek() == .closeBracket else {
                throw unexpected("',' or ']' after an array element")
                    .adding(note: Note("the array starts here", at: span(start..<(start + 1))))
            }
            break
        }
        cursor.advance()
        openContainers.removeLast()
        return TOMLValue(.array(elements), range: start..<cursor.index)
    }

    /// Skips whitespace, line endings and comments between array elements.
    private mutating func skipArrayTrivia() throws(TOMLSyntaxError) {
        while true {
            cursor.skipWhitespace()
            switch cursor.peek() {
            case .newline:
                cursor.advance()
            case .carriageReturn:
                guard cursor.peek(1) == .newline else {
                    throw TOMLSyntaxError(.bareCarriageReturn(at: span(cursor.index..<(cursor.index + 1))))
                }
                cursor.advance(2)
            case .hash:
                skipComment()
            default:
                return
            }
        }
    }

    /// Reads `{ key = value, ... }` on one line, with no trailing comma.
    private mutating func parseInlineTable(depth: Int, owner: KeyOwner) throws(TOMLSyntaxError) -> TOMLValue {
        let start = cursor.index
        cursor.advance()
        openContainers.append(.openBrace)
        let table = arena.makeTable(
            origin: .inline, range: start..<start, depth: depth, parent: owner.table,
            keyPrefix: owner.key.count > 1 ? keys[owner.key].dropLast().map(\.name) : [],
            name: owner.key.last.map { keys[$0].name },
            capacity: 4)
        cursor.skipWhitespace()
        if cursor.peek() != .closeBrace {
            while true {
                try checkInlineTableLine()
                let key = try parseKey(expecting: "a key or '}' in inline table")
                guard cursor.peek() == .equals else { throw unexpected("'=' after key '\(keyText(key))'") }
                cursor.advance()
                cursor.skipWhitespace()
                let value = try parseValue(depth: depth + key.count, owner: KeyOwner(table: table, key: key))
                store(value, key: key, in: table)
                popKeys(key)
                cursor.skipWhitespace()
                if cursor.peek() == .closeBrace { break }
                try checkInlineTableLine()
                guard cursor.peek() == .comma else {
                    throw unexpected("',' or '}' after a value in inline table")
                        .adding(note: Note("the inline table starts here", at: span(start..<(start + 1))))
                }
                let comma = cursor.index
                cursor.advance()
                cursor.skipWhitespace()
                if cursor.peek() == .closeBrace {
                    throw TOMLSyntaxError(.trailingCommaInInlineTable(at: span(comma..<(comma + 1))))
                }
            }
        }
        cursor.advance()
        openContainers.removeLast()
        let entries = arena.build(table)
        // The inline table and any tables its dotted keys made are finished: free their slots.
        arena.truncate(to: table)
        return TOMLValue(.table(entries), range: start..<cursor.index)
    }

    /// Inline tables may not span lines (TOML 1.0): a line ending here is an error.
    private func checkInlineTableLine() throws(TOMLSyntaxError) {
        let byte = cursor.peek()
        if byte == .newline || byte == .carriageReturn {
            throw TOMLSyntaxError(.newlineInInlineTable(at: span(cursor.index..<cursor.index)))
        }
    }
}
