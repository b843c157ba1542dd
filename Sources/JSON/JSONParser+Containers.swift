import Diagnostics

/// Arrays and objects: the explicit stack of open containers, keys, and duplicate keys.
extension JSONParser {
    /// An array or object being read.
    struct Frame {
        var isObject: Bool
        /// The offset of the opening bracket or brace.
        var start: Int
        /// An array's elements so far.
        var elements: [JSONNode] = []
        /// An object's members so far.
        var members: [JSONMember] = []
        /// An object's key read before the value being read now.
        var key = ""
        var keyRange = 0..<0
        /// Key to member position, built once an object has too many members to search one by one.
        var keyIndex: [String: Int]?
    }

    /// Objects up to this many members are searched one by one for a duplicate key, larger ones hashed.
    static let linearKeySearch = 16
    /// Containers nested up to this depth reserve room for as many children as the last one closed there had.
    static let hintedDepths = 64

    /// Reads a value; opens a container and returns nil at `[` or `{`.
    mutating func readValue() throws(JSONSyntaxError) -> JSONNode? {
        cursor.skipWhitespace()
        let start = cursor.index
        switch cursor.peek() {
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            guard frames.count < limits.maxDepth else {
                throw JSONSyntaxError(.jsonNestingTooDeep(limit: limits.maxDepth, at: span(start, 1)))
            }
            let isObject = cursor.peek() == UInt8(ascii: "{")
            frames.append(Frame(isObject: isObject, start: start))
            cursor.advance()
            return nil
        case UInt8(ascii: "\""):
            let text = try readString()
            return JSONNode(.string(text), range: start..<cursor.index)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return try readNumber()
        case UInt8(ascii: "t") where cursor.matches("true"):
            cursor.advance(4)
            return JSONNode(.bool(true), range: start..<cursor.index)
        case UInt8(ascii: "f") where cursor.matches("false"):
            cursor.advance(5)
            return JSONNode(.bool(false), range: start..<cursor.index)
        case UInt8(ascii: "n") where cursor.matches("null"):
            cursor.advance(4)
            return JSONNode(.null, range: start..<cursor.index)
        default:
            throw expected("a value")
        }
    }

    /// Just after `[` or `{`: either it closes at once, or the first element (or key and value) follows.
    mutating func startContainer() throws(JSONSyntaxError) -> JSONNode? {
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
    mutating func continueContainer(after node: consuming JSONNode) throws(JSONSyntaxError) -> JSONNode? {
        let top = frames.count - 1
        let isObject = frames[top].isObject
        if isObject {
            addMember(consume node, to: top)
        } else {
            if frames[top].elements.isEmpty { frames[top].elements.reserveCapacity(capacityHint(top)) }
            frames[top].elements.append(consume node)
        }
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

    /// Reads `"key"` and the `:` after it into the innermost frame.
    private mutating func readKey() throws(JSONSyntaxError) {
        cursor.skipWhitespace()
        guard cursor.peek() == UInt8(ascii: "\"") else { throw expected("a string key in double quotes") }
        let start = cursor.index
        let key = try readString()
        let keyRange = start..<cursor.index
        cursor.skipWhitespace()
        guard cursor.peek() == UInt8(ascii: ":") else { throw expected("':' after the key") }
        cursor.advance()
        frames[frames.count - 1].key = key
        frames[frames.count - 1].keyRange = keyRange
    }

    /// Pops the innermost container (its closing bracket just read) and returns it as a value.
    private mutating func closeContainer() -> JSONNode {
        let frame = frames.removeLast()
        let range = frame.start..<cursor.index
        if frames.count < Self.hintedDepths {
            capacityHints[frames.count] = frame.isObject ? frame.members.count : frame.elements.count
        }
        if frame.isObject { return JSONNode(.object(JSONObject(frame.members)), range: range) }
        return JSONNode(.array(frame.elements), range: range)
    }

    /// Adds the pending key and `value` to the object `frame`, reporting a key it already has.
    private mutating func addMember(_ value: consuming JSONNode, to frame: Int) {
        let key = frames[frame].key
        let keyRange = frames[frame].keyRange
        if duplicateKeys == .reject, let first = firstMember(named: key, in: frame) {
            report(
                .jsonDuplicateKey(
                    key, at: SourceSpan(file: path, range: keyRange),
                    firstDefinedAt: SourceSpan(file: path, range: frames[frame].members[first].keyRange)))
        }
        if frames[frame].members.isEmpty { frames[frame].members.reserveCapacity(capacityHint(frame)) }
        frames[frame].members.append(JSONMember(key: key, keyRange: keyRange, value: consume value))
    }

    /// How many children the last container closed at the depth of `frame` had (0 when none yet).
    private func capacityHint(_ frame: Int) -> Int {
        frame < Self.hintedDepths ? capacityHints[frame] : 0
    }

    /// The position of the member of object `frame` named `key`, recording the new key in the frame's index
    /// when the object is large.
    private mutating func firstMember(named key: String, in frame: Int) -> Int? {
        let count = frames[frame].members.count
        if count <= Self.linearKeySearch {
            // Comparing lengths first (stored in the string) skips most calls into string comparison.
            let length = key.utf8.count
            return frames[frame].members.firstIndex { $0.key.utf8.count == length && $0.key == key }
        }
        if frames[frame].keyIndex == nil {
            var index: [String: Int] = [:]
            index.reserveCapacity(count * 2)
            for (position, member) in frames[frame].members.enumerated() where index[member.key] == nil {
                index[member.key] = position
            }
            frames[frame].keyIndex = index
        }
        if let first = frames[frame].keyIndex?[key] { return first }
        frames[frame].keyIndex?[key] = count
        return nil
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
