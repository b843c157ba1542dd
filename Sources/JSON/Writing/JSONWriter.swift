import Diagnostics

/// Writes ``JSONNode`` values as JSON text, the same bytes every time for the same value.
///
/// Members are written in a fixed order (as stored, or sorted by their keys' UTF-8 bytes), numbers as their
/// lexeme (so a number read from a file is written as it was read, and one made from a `Double` as the
/// shortest text that reads back as it), and strings with the escapes of `Diagnostics.JSONValue`, which also
/// writes invisible and bidirectional controls as `\uXXXX`. A value nested deeper than the reader accepts is
/// refused, so everything written reads back.
public struct JSONWriter: Sendable {
    /// Where line breaks go.
    public enum Layout: Sendable, Hashable {
        /// No whitespace at all.
        case compact
        /// Two spaces per level, one element or member per line, `": "` after keys.
        case indented
    }

    /// The order in which an object's members are written.
    public enum KeyOrder: Sendable, Hashable {
        /// As stored: for a value read from a file, the order it was written in.
        case asStored
        /// By key, comparing UTF-8 bytes; members with equal keys keep their stored order.
        case sorted
    }

    public var layout: Layout
    public var keyOrder: KeyOrder
    /// The deepest nesting written; deeper values are a ``JSONWriteError``.
    public var maxDepth: Int

    public init(layout: Layout = .compact, keyOrder: KeyOrder = .asStored, maxDepth: Int = JSONLimits.standard.maxDepth)
    {
        self.layout = layout
        self.keyOrder = keyOrder
        self.maxDepth = maxDepth
    }

    /// The JSON text of `node`, without a final newline.
    ///
    /// - Throws: ``JSONWriteError`` when `node` is nested deeper than ``maxDepth``.
    public func write(_ node: JSONNode) throws(JSONWriteError) -> String {
        var out = ""
        try write(node, to: &out, depth: 0)
        return out
    }

    /// The JSON text of the object `node` with the value of its first member named `key` written as an array
    /// of `elements`, each made and written in turn: the same text as `write(_:)` gives for `node` with that
    /// array in place, for a document with one long list (the compile's receipts) whose nodes need not all be
    /// held at once. `elements` is read once. A `node` that is not an object, or has no member `key`, is
    /// written as `write(_:)` writes it, without the elements.
    ///
    /// - Throws: ``JSONWriteError`` when `node` or an element is nested deeper than ``maxDepth``.
    public func write(_ node: JSONNode, streamingMember key: String, elements: some Sequence<JSONNode>)
        throws(JSONWriteError) -> String
    {
        var whole = ""
        try write(node, streamingMember: key, elements: elements) { whole += $0 }
        return whole
    }

    /// The same text as `write(_:streamingMember:elements:)`, handed to `emit` a piece at a time (cut between
    /// elements, each piece about `pieceSize` bytes or less) instead of returned whole, so that neither the
    /// elements nor their text need all be held at once: the compile writes a million receipts this way.
    ///
    /// - Throws: ``JSONWriteError`` when `node` or an element is nested deeper than ``maxDepth``; the pieces
    ///   emitted before it are then not a whole document, and a caller writing a file discards it.
    public func write(
        _ node: JSONNode, streamingMember key: String, elements: some Sequence<JSONNode>, pieceSize: Int = 1 << 16,
        emit: (String) -> Void
    ) throws(JSONWriteError) {
        var out = ""
        var streamed = false
        // The member's writer is stored as an optional closure, so it may not capture `emit` as it is; it is
        // used only during this call.
        let result: Result<Void, JSONWriteError> = withoutActuallyEscaping(emit) { emit in
            Result { () throws(JSONWriteError) in
                try write(node, to: &out, depth: 0) {
                    (member: String, out: inout String) throws(JSONWriteError) -> Bool in
                    guard member == key, !streamed else { return false }
                    streamed = true
                    try writeArray(elements, range: node.range, to: &out, depth: 1) { out in
                        guard out.utf8.count >= pieceSize else { return }
                        emit(out)
                        out = ""
                    }
                    return true
                }
            }
        }
        try result.get()
        emit(out)
    }

    /// Writes `node`; `replace`, for the members of the top-level object, writes a member's value itself and
    /// says so, or leaves it to be written as stored.
    private func write(
        _ node: JSONNode, to out: inout String, depth: Int,
        replacing replace: ((String, inout String) throws(JSONWriteError) -> Bool)? = nil
    ) throws(JSONWriteError) {
        switch node.kind {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .number(let number): out += number.lexeme
        case .string(let text): JSONValue.writeString(text, to: &out)
        case .array(let elements): try writeArray(elements, range: node.range, to: &out, depth: depth)
        case .object(let object):
            guard depth < maxDepth else { throw JSONWriteError(.tooDeep(limit: maxDepth), range: node.range) }
            out += "{"
            for (position, member) in ordered(object.members).enumerated() {
                if position > 0 { out += "," }
                newline(&out, depth + 1)
                JSONValue.writeString(member.key, to: &out)
                out += layout == .indented ? ": " : ":"
                if let replace, try replace(member.key, &out) { continue }
                try write(member.value, to: &out, depth: depth + 1)
            }
            if !object.isEmpty { newline(&out, depth) }
            out += "}"
        }
    }

    /// Writes `elements` as an array; `afterEach` may hand on and empty `out` after each element.
    private func writeArray(
        _ elements: some Sequence<JSONNode>, range: Range<Int>, to out: inout String, depth: Int,
        afterEach: (inout String) -> Void = { _ in }
    ) throws(JSONWriteError) {
        guard depth < maxDepth else { throw JSONWriteError(.tooDeep(limit: maxDepth), range: range) }
        out += "["
        var written = 0
        for element in elements {
            if written > 0 { out += "," }
            newline(&out, depth + 1)
            try write(element, to: &out, depth: depth + 1)
            written += 1
            afterEach(&out)
        }
        if written > 0 { newline(&out, depth) }
        out += "]"
    }

    private func newline(_ out: inout String, _ depth: Int) {
        guard layout == .indented else { return }
        guard depth < Self.lineStarts.count else {
            out += "\n"
            out += String(repeating: "  ", count: depth)
            return
        }
        out += Self.lineStarts[depth]
    }

    /// A line break and the indentation of each depth a document usually reaches, made once rather than
    /// for every line.
    private static let lineStarts = (0..<24).map { "\n" + String(repeating: "  ", count: $0) }

    private func ordered(_ members: [JSONMember]) -> [JSONMember] {
        guard keyOrder == .sorted else { return members }
        return members.enumerated().sorted { left, right in
            if left.element.key == right.element.key { return left.offset < right.offset }
            return left.element.key.utf8.lexicographicallyPrecedes(right.element.key.utf8)
        }.map(\.element)
    }
}
