extension JSONTape {
    /// The elements of an array on a tape, in order; indexing is direct, since they sit side by side.
    public typealias Elements = LazyMapCollection<Range<Int>, Value>

    /// The members of an object on a tape, in the order they were written, each with its key's range.
    ///
    /// Keys are compared as UTF-8 bytes (the reader's duplicate check does the same), so `"é"` written
    /// precomposed and as `e` with a combining accent are different keys.
    public struct Object: Sendable {
        let storage: Storage
        let first: Int
        /// The number of members.
        public let count: Int

        /// Whether the object has no members.
        public var isEmpty: Bool { count == 0 }

        /// The members, in order.
        public var members: Members {
            let storage = storage
            let first = first
            return (0..<count).lazy.map { Member(storage: storage, keyIndex: first + 2 * $0) }
        }

        /// The value of the first member named `key`.
        public subscript(key: String) -> Value? {
            position(of: key).map { Value(storage: storage, index: first + 2 * $0 + 1) }
        }

        /// The first member named `key`, with its key's range.
        public func member(_ key: String) -> Member? {
            position(of: key).map { Member(storage: storage, keyIndex: first + 2 * $0) }
        }

        /// The position of the first member named `key`. Reports are read by looking members up by name, so
        /// this is the typed readers' inner loop: it builds nothing (no `members` collection, no `String`).
        private func position(of key: String) -> Int? {
            var key = key
            return key.withUTF8 { wanted in
                storage.text.bytes.withUnsafeBufferPointer { bytes in
                    (0..<count).first { storage.key(storage.entries[first + 2 * $0], equals: wanted, in: bytes) }
                }
            }
        }

        /// Every key, decoded, in order.
        public var keys: [String] { members.map(\.key) }
    }

    /// The members of an object, in order, by position.
    public typealias Members = LazyMapCollection<Range<Int>, Member>

    /// One `"key": value` pair of an object on a tape.
    public struct Member: Sendable {
        let storage: Storage
        let keyIndex: Int

        /// The key, decoded.
        public var key: String { storage.string(storage.entries[keyIndex]) }
        /// Where the key was written, quotes included.
        public var keyRange: Range<Int> { storage.entries[keyIndex].range }
        /// The member's value, on the tape right after its key.
        public var value: Value { Value(storage: storage, index: keyIndex + 1) }
    }
}
