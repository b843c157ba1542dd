/// A JSON object: its members in the order they were written (or added), each with its key's range.
public struct JSONObject: Sendable, Hashable {
    public var members: [JSONMember]

    public init(_ members: [JSONMember] = []) {
        self.members = members
    }

    /// The value of the first member named `key`.
    public subscript(key: String) -> JSONNode? {
        members.first { $0.key == key }?.value
    }

    /// The first member named `key`, with its key's range.
    public func member(_ key: String) -> JSONMember? {
        members.first { $0.key == key }
    }

    public var keys: [String] { members.map(\.key) }
    public var count: Int { members.count }
    public var isEmpty: Bool { members.isEmpty }
}

/// One `"key": value` pair of a ``JSONObject``.
public struct JSONMember: Sendable, Hashable {
    public var key: String
    /// Where the key was written, quotes included.
    public var keyRange: Range<Int>
    public var value: JSONNode

    public init(key: String, keyRange: Range<Int>, value: JSONNode) {
        self.key = key
        self.keyRange = keyRange
        self.value = value
    }
}
