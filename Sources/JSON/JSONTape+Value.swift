extension JSONTape {
    /// One value of a tape: a position in it, with the accessors of ``JSONNode`` (so code written against a
    /// node reads a tape by changing the type name). Strings are decoded and numbers made on each access.
    public struct Value: JSONValueReading, Sendable {
        let storage: Storage
        let index: Int

        @inline(__always)
        var entry: Entry { storage.entries[index] }

        /// Byte offsets into the file: from the first byte of the value to just past its last.
        public var range: Range<Int> { entry.range }

        /// The JSON type name, as messages say it: `null`, `boolean`, `number`, `string`, `array`, `object`.
        public var typeName: String {
            switch entry.kind {
            case .null: "null"
            case .false, .true: "boolean"
            case .number: "number"
            case .string: "string"
            case .array: "array"
            case .object: "object"
            }
        }

        /// Whether the value is `null`.
        public var isNull: Bool { entry.kind == .null }

        /// The value of `true` or `false`; nil for any other value.
        public var bool: Bool? {
            switch entry.kind {
            case .true: true
            case .false: false
            default: nil
            }
        }

        /// The number as written; nil for any other value.
        public var number: JSONNumber? {
            let entry = entry
            guard entry.kind == .number else { return nil }
            return storage.text.bytes.withUnsafeBufferPointer { JSONNumber(validBytes: $0, entry.range) }
        }

        /// The decoded string (escapes resolved); nil for any other value.
        public var string: String? {
            let entry = entry
            guard entry.kind == .string else { return nil }
            return storage.string(entry)
        }

        /// The elements; nil unless the value is an array.
        public var array: Elements? {
            let entry = entry
            guard entry.kind == .array else { return nil }
            let storage = storage
            let first = Int(entry.payload)
            return (0..<entry.count).lazy.map { Value(storage: storage, index: first + $0) }
        }

        /// The members; nil unless the value is an object.
        public var object: Object? {
            let entry = entry
            guard entry.kind == .object else { return nil }
            return Object(storage: storage, first: Int(entry.payload), count: entry.count)
        }

        /// The value and everything in it as an owned ``JSONNode`` tree (built without recursion).
        public func tree() -> JSONNode {
            JSONTreeBuilder(storage: storage).build(index)
        }
    }
}

extension JSONTape.Storage {
    /// The decoded text of a string entry: a straight copy of the bytes unless it has escapes.
    func string(_ entry: JSONTape.Entry) -> String {
        text.bytes.withUnsafeBufferPointer { bytes in
            if entry.isEscaped { return JSONStringDecoder.decode(bytes, content: entry.content) }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[entry.content]), as: UTF8.self)
        }
    }

    /// Whether the string entry (a key) decodes to exactly the UTF-8 bytes `key`; `bytes` is the file's text.
    func key(_ entry: JSONTape.Entry, equals key: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>)
        -> Bool
    {
        guard !entry.isEscaped else { return string(entry).utf8.elementsEqual(key) }
        let content = entry.content
        guard content.count == key.count else { return false }
        var offset = 0
        while offset < key.count {
            guard bytes[content.lowerBound + offset] == key[offset] else { return false }
            offset += 1
        }
        return true
    }
}
