import Diagnostics

/// Arrays and objects: the explicit stack of open containers, and their keys.
extension JSONParser {
    /// An array or object being read.
    struct Frame {
        var isObject: Bool
        /// The offset of the opening bracket or brace.
        var start: Int
        /// Where the container's children start in ``JSONParser/pending``.
        var base: Int
        /// Whether the object's keys are in the key table of its depth.
        var isHashed = false
    }

    /// Reads a value; opens a container and returns nil at `[` or `{`.
    @inline(__always)
    mutating func readValue() throws(JSONSyntaxError) -> JSONTape.Entry? {
        cursor.skipWhitespace()
        let start = cursor.index
        switch cursor.peek() {
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            guard frames.count < limits.maxDepth else {
                throw JSONSyntaxError(.jsonNestingTooDeep(limit: limits.maxDepth, at: span(start, 1)))
            }
            let isObject = cursor.peek() == UInt8(ascii: "{")
            frames.append(Frame(isObject: isObject, start: start, base: pending.count))
            cursor.advance()
            return nil
        case UInt8(ascii: "\""):
            return try readString(isKey: false)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return try readNumber()
        case UInt8(ascii: "t") where cursor.matches("true"):
            cursor.advance(4)
            return JSONTape.Entry(.true, start: start, end: cursor.index)
        case UInt8(ascii: "f") where cursor.matches("false"):
            cursor.advance(5)
            return JSONTape.Entry(.false, start: start, end: cursor.index)
        case UInt8(ascii: "n") where cursor.matches("null"):
            cursor.advance(4)
            return JSONTape.Entry(.null, start: start, end: cursor.index)
        default:
            throw expected("a value")
        }
    }

    /// Just after `[` or `{`: either it closes at once, or the first element (or key and value) follows.
    mutating func startContainer() throws(JSONSyntaxError) -> JSONTape.Entry? {
        cursor.skipWhitespace()
        let isObject = frames[frames.count - 1].isObject
        if cursor.peek() == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
            cursor.advance()
            return closeContainer()
        }
        if isObject { try readKey() }
        return try readValue()
    }

    /// After a value inside a container: stores it, then reads `,` and the next one or the closing bracket.
    @inline(__always)
    mutating func continueContainer(after entry: JSONTape.Entry) throws(JSONSyntaxError) -> JSONTape.Entry? {
        let top = frames.count - 1
        let isObject = frames[top].isObject
        if isObject && duplicateKeys == .reject { checkKey(of: top) }
        pending.append(entry)
        cursor.skipWhitespace()
        switch cursor.peek() {
        case UInt8(ascii: ","):
            cursor.advance()
            if isObject {
                cursor.skipWhitespace()
                try readKey()
            }
            return try readValue()
        case UInt8(ascii: "}") where isObject, UInt8(ascii: "]") where !isObject:
            cursor.advance()
            return closeContainer()
        default:
            throw expected(isObject ? "',' or '}' after an object member" : "',' or ']' after an array element")
        }
    }

    /// Reads `"key"` and the `:` after it into the innermost frame's children.
    private mutating func readKey() throws(JSONSyntaxError) {
        cursor.skipWhitespace()
        guard cursor.peek() == UInt8(ascii: "\"") else { throw expected("a string key in double quotes") }
        let key = try readString(isKey: true)
        cursor.skipWhitespace()
        guard cursor.peek() == UInt8(ascii: ":") else { throw expected("':' after the key") }
        cursor.advance()
        pending.append(key)
    }

    /// Pops the innermost container (its closing bracket just read), moves its children to the tape, and
    /// returns its entry.
    private mutating func closeContainer() -> JSONTape.Entry {
        let frame = frames.removeLast()
        let first = tape.count
        let children = pending.count - frame.base
        if children > 0 {
            tape.append(frame.base..<pending.count, of: pending)
            pending.removeLast(children)
        }
        if frame.isHashed { keyTables[frames.count].removeAll() }
        let count = frame.isObject ? children / 2 : children
        return JSONTape.Entry(
            frame.isObject ? .object : .array, start: frame.start, end: cursor.index,
            payload: UInt32(truncatingIfNeeded: first), flags: UInt32(truncatingIfNeeded: count) << 4)
    }

    /// A syntax error at the cursor: `expectation` and what was found instead, with a note at the innermost
    /// open bracket when the input ended inside it.
    func expected(_ expectation: String) -> JSONSyntaxError {
        var note: Note?
        if cursor.isAtEnd, let frame = frames.last {
            note = Note("'\(frame.isObject ? "{" : "[")' opened here", at: span(frame.start, 1))
        }
        return JSONSyntaxError(
            .jsonExpected(expectation, found: describeToken(), at: span(cursor.index, tokenLength()), openedAt: note))
    }
}
