import Diagnostics

/// Keys: bare, quoted and dotted (`a."b c".d`), and `key = value` lines.
extension TOMLParser {
    /// Reads `key = value` and stores the value in `table`.
    mutating func parseKeyValue(into table: Int) throws(TOMLSyntaxError) {
        let key = try parseKey(expecting: "a key")
        guard cursor.peek() == .equals else {
            throw unexpected("'=' after key '\(keyText(key))'")
        }
        cursor.advance()
        cursor.skipWhitespace()
        let value = try parseValue(depth: arena[table].depth + key.count, owner: KeyOwner(table: table, key: key))
        store(value, key: key, in: table)
        popKeys(key)
    }

    /// Reads a possibly dotted key onto ``keys`` and skips the whitespace after it.
    ///
    /// - Returns: the positions of its segments in ``keys``.
    mutating func parseKey(expecting expectation: String) throws(TOMLSyntaxError) -> Range<Int> {
        let first = keys.count
        keys.append(try parseSimpleKey(expecting: expectation))
        cursor.skipWhitespace()
        while cursor.peek() == .dot {
            cursor.advance()
            cursor.skipWhitespace()
            keys.append(try parseSimpleKey(expecting: "a key after '.'"))
            cursor.skipWhitespace()
        }
        return first..<keys.count
    }

    private mutating func parseSimpleKey(expecting expectation: String) throws(TOMLSyntaxError) -> KeySegment {
        let start = cursor.index
        switch cursor.peek() {
        case .quote, .apostrophe:
            let quote = cursor.peek()
            if cursor.peek(1) == quote && cursor.peek(2) == quote {
                throw TOMLSyntaxError(.multilineStringKey(at: span(start..<(start + 3))))
            }
            let name = quote == .quote ? try parseBasicString().text : try parseLiteralString().text
            return KeySegment(name: name, range: start..<cursor.index)
        default:
            guard cursor.skipBareKey() > 0 else { throw unexpected(expectation) }
            return KeySegment(name: keyCache.key(start..<cursor.index, in: cursor), range: start..<cursor.index)
        }
    }

    /// A key from ``keys`` as TOML text, for messages.
    func keyText(_ key: Range<Int>) -> String {
        KeyPathText.render(keys[key].lazy.map(\.name))
    }

    /// Removes a key read by ``parseKey(expecting:)`` (the last on the stack).
    @inline(__always)
    mutating func popKeys(_ key: Range<Int>) {
        for _ in key { keys.removeLast() }
    }
}

/// Where a value is being stored, so an inline table inside it can name itself in messages.
struct KeyOwner {
    /// The table's index in the arena.
    let table: Int
    let key: Range<Int>
}
