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
    /// Key positions; built only once the table has more than ``linearSearchLimit`` entries (small tables,
    /// the common case, are searched linearly, which is faster and allocates nothing).
    private var index: [String: Int] = [:]
    private static let linearSearchLimit = 16

    public init() {}

    public init(_ entries: [Entry]) {
        for entry in entries { set(entry) }
    }

    public var count: Int { entries.count }
    public var isEmpty: Bool { entries.isEmpty }
    public var keys: [String] { entries.map(\.key) }

    public subscript(key: String) -> TOMLValue? {
        position(of: key).map { entries[$0].value }
    }

    /// The entry for `key`, with its key range.
    public func entry(_ key: String) -> Entry? {
        position(of: key).map { entries[$0] }
    }

    /// Adds `entry`, or replaces the value of an existing key in place (keeping its position).
    public mutating func set(_ entry: Entry) {
        if let position = position(of: entry.key) {
            entries[position] = entry
        } else {
            appendNew(entry)
        }
    }

    /// Changes the value of an existing key in place; returns false if there is no such key.
    @discardableResult
    public mutating func modify(_ key: String, _ body: (inout TOMLValue) -> Void) -> Bool {
        guard let position = position(of: key) else { return false }
        body(&entries[position].value)
        return true
    }

    public static func == (lhs: TOMLTable, rhs: TOMLTable) -> Bool { lhs.entries == rhs.entries }

    public func hash(into hasher: inout Hasher) { hasher.combine(entries) }

    // MARK: - Building (used by the parser)

    /// The position of `key` in ``entries``.
    @inline(__always)
    public func position(of key: String) -> Int? {
        if index.isEmpty {
            // Byte counts first: a native string knows its count, and most keys of a table differ in
            // length, which spares the full comparison of two long keys.
            let length = key.utf8.count
            for position in entries.indices {
                let candidate = entries[position].key
                if candidate.utf8.count == length, candidate == key { return position }
            }
            return nil
        }
        return index[key]
    }

    /// Makes room for `count` entries in all.
    mutating func reserveCapacity(_ count: Int) {
        entries.reserveCapacity(count)
    }

    /// Appends an entry whose key the caller knows is not in the table yet.
    mutating func appendNew(_ entry: consuming Entry) {
        if entries.capacity == 0 { entries.reserveCapacity(4) }
        entries.append(entry)
        guard entries.count > Self.linearSearchLimit else { return }
        if index.isEmpty {
            index.reserveCapacity(entries.count * 2)
            for (position, entry) in entries.enumerated() { index[entry.key] = position }
        } else {
            index[entries[entries.count - 1].key] = entries.count - 1
        }
    }

    /// Replaces the value at `position`.
    mutating func setValue(_ value: consuming TOMLValue, at position: Int) {
        entries[position].value = value
    }

    /// Replaces the key range at `position` (a table first created implicitly, then defined by a header).
    mutating func setKeyRange(_ keyRange: Range<Int>, at position: Int) {
        entries[position].keyRange = keyRange
    }
}
