/// Builds the ``JSONNode`` tree of a value on a tape, with an explicit stack instead of recursion.
struct JSONTreeBuilder {
    let storage: JSONTape.Storage
    /// Short strings already decoded, so a key repeated through the file becomes one shared `String`.
    private var strings = StringCache()

    init(storage: JSONTape.Storage) {
        self.storage = storage
    }

    /// A container being built: where its children are on the tape, and those built so far.
    private struct Open {
        let entry: JSONTape.Entry
        let isObject: Bool
        var next = 0
        var elements: [JSONNode] = []
        var members: [JSONMember] = []

        init(_ entry: JSONTape.Entry) {
            self.entry = entry
            isObject = entry.kind == .object
            if isObject { members.reserveCapacity(entry.count) } else { elements.reserveCapacity(entry.count) }
        }

        /// The tape position of the next child's value.
        var nextValue: Int { Int(entry.payload) + (isObject ? 2 * next + 1 : next) }

        var node: JSONNode {
            JSONNode(isObject ? .object(JSONObject(members)) : .array(elements), range: entry.range)
        }
    }

    /// The tree of the value at tape position `root`.
    func build(_ root: Int) -> JSONNode {
        var builder = self
        return storage.text.bytes.withUnsafeBufferPointer { builder.build(root, in: ByteCursor(bytes: $0)) }
    }

    private mutating func build(_ root: Int, in cursor: ByteCursor) -> JSONNode {
        let entries = storage.entries
        var stack: [Open] = []
        var index = root
        descend: while true {
            let entry = entries[index]
            if entry.count > 0, entry.kind == .array || entry.kind == .object {
                stack.append(Open(entry))
                index = stack[stack.count - 1].nextValue
                continue
            }
            var node = leaf(entry, in: cursor)
            while !stack.isEmpty {
                let top = stack.count - 1
                if stack[top].isObject {
                    let key = entries[stack[top].nextValue - 1]
                    let member = JSONMember(key: string(key, in: cursor), keyRange: key.range, value: node)
                    stack[top].members.append(member)
                } else {
                    stack[top].elements.append(node)
                }
                stack[top].next += 1
                if stack[top].next < stack[top].entry.count {
                    index = stack[top].nextValue
                    continue descend
                }
                node = stack.removeLast().node
            }
            return node
        }
    }

    /// A scalar, or an empty array or object.
    private mutating func leaf(_ entry: JSONTape.Entry, in cursor: ByteCursor) -> JSONNode {
        let kind: JSONNode.Kind =
            switch entry.kind {
            case .null: .null
            case .false: .bool(false)
            case .true: .bool(true)
            case .number: .number(JSONNumber(validBytes: cursor.bytes, entry.range))
            case .string: .string(string(entry, in: cursor))
            case .array: .array([])
            case .object: .object(JSONObject())
            }
        return JSONNode(kind, range: entry.range)
    }

    private mutating func string(_ entry: JSONTape.Entry, in cursor: ByteCursor) -> String {
        if entry.isEscaped { return JSONStringDecoder.decode(cursor.bytes, content: entry.content) }
        return strings.string(entry.content, in: cursor)
    }
}
