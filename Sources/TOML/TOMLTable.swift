/// A TOML table: keys in the order they were written, each with its own source range.
public struct TOMLTable: Sendable, Hashable {
    /// One `key = value` (or sub-table) in a table.
    public struct Entry: Sendable, Hashable {
        public var key: String
        /// Where the key was written (the last segment of a dotted key or header).
        public var keyRange: Range<Int>
        public var value: TOMLValue

        public init(key: String, keyRange: Range<Int>, value: TOMLValue) {
            self.key = key
            self.keyRange = keyRange
            self.value = value
        }
    }

    public private(set) var entries: [Entry] = []
    private var index: [String: Int] = [:]

    public init() {}

    public init(_ entries: [Entry]) {
        for entry in entries { set(entry) }
    }

    public var count: Int { entries.count }
    public var isEmpty: Bool { entries.isEmpty }
    public var keys: [String] { entries.map(\.key) }

    public subscript(key: String) -> TOMLValue? {
        index[key].map { entries[$0].value }
    }

    /// The entry for `key`, with its key range.
    public func entry(_ key: String) -> Entry? {
        index[key].map { entries[$0] }
    }

    /// Adds `entry`, or replaces the value of an existing key in place (keeping its position).
    public mutating func set(_ entry: Entry) {
        if let position = index[entry.key] {
            entries[position] = entry
        } else {
            index[entry.key] = entries.count
            entries.append(entry)
        }
    }

    /// Changes the value of an existing key in place; returns false if there is no such key.
    @discardableResult
    public mutating func modify(_ key: String, _ body: (inout TOMLValue) -> Void) -> Bool {
        guard let position = index[key] else { return false }
        body(&entries[position].value)
        return true
    }

    public static func == (lhs: TOMLTable, rhs: TOMLTable) -> Bool { lhs.entries == rhs.entries }

    public func hash(into hasher: inout Hasher) { hasher.combine(entries) }
}
