import Diagnostics

/// Duplicate keys: each key compared, as bytes, with the object's earlier keys; one by one in a small object,
/// through a hash table in a large one.
extension JSONParser {
    /// Objects up to this many members are searched one by one for a duplicate key, larger ones hashed.
    static let linearKeySearch = 16

    /// Reports the key just read into object `frame` (the last pending entry) if the object already has it.
    @inline(__always)
    mutating func checkKey(of frame: Int) {
        let position = pending.count - 1
        let base = frames[frame].base
        guard position - base <= 2 * Self.linearKeySearch else { return checkHashedKey(of: frame) }
        let key = pending[position]
        var candidate = base
        while candidate < position {
            if Self.sameKey(pending[candidate], key, in: cursor.bytes) {
                return reportDuplicate(position, of: candidate)
            }
            candidate += 2
        }
    }

    /// ``checkKey(of:)`` for a large object: its keys are put in the key table of its depth when it first
    /// grows past ``linearKeySearch`` members, and each later key looked up there.
    @inline(never)
    private mutating func checkHashedKey(of frame: Int) {
        let position = pending.count - 1
        let pending = pending
        let bytes = cursor.bytes
        if !frames[frame].isHashed {
            frames[frame].isHashed = true
            while keyTables.count <= frame { keyTables.append(JSONKeyTable()) }
            for candidate in stride(from: frames[frame].base, to: position, by: 2) {
                _ = keyTables[frame].firstOrInsert(candidate, hash: Self.keyHash(pending[candidate], in: bytes)) {
                    Self.sameKey(pending[$0], pending[candidate], in: bytes)
                }
            }
        }
        let hash = Self.keyHash(pending[position], in: bytes)
        let first = keyTables[frame].firstOrInsert(position, hash: hash) {
            Self.sameKey(pending[$0], pending[position], in: bytes)
        }
        if let first { reportDuplicate(position, of: first) }
    }

    /// A J107 at the key at pending position `position`, with a note at the first one, at `first`.
    @inline(never)
    private mutating func reportDuplicate(_ position: Int, of first: Int) {
        report(
            .jsonDuplicateKey(
                Self.keyText(pending[position], in: cursor.bytes),
                at: SourceSpan(file: path, range: pending[position].range),
                firstDefinedAt: SourceSpan(file: path, range: pending[first].range)))
    }

    /// Whether two key entries are the same key, compared as UTF-8 bytes (not as `String`s, which would equate
    /// canonically equivalent text): a plain key by its bytes as written; one with escapes by its decoded
    /// bytes, after its hash (taken when it was read) rules out most keys.
    @inline(__always)
    private static func sameKey(
        _ first: JSONTape.Entry, _ second: JSONTape.Entry, in bytes: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        if !first.isEscaped && !second.isEscaped { return JSONKeyHash.equal(bytes, first.content, second.content) }
        return sameDecodedKey(first, second, in: bytes)
    }

    @inline(never)
    private static func sameDecodedKey(
        _ first: JSONTape.Entry, _ second: JSONTape.Entry, in bytes: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        guard keyHash(first, in: bytes) == keyHash(second, in: bytes) else { return false }
        return keyText(first, in: bytes).utf8.elementsEqual(keyText(second, in: bytes).utf8)
    }

    /// The hash of a key's decoded bytes: kept in the entry for a key with escapes, taken from the bytes as
    /// written for a plain one.
    private static func keyHash(_ entry: JSONTape.Entry, in bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        entry.isEscaped ? entry.payload : JSONKeyHash.hash(bytes, entry.content)
    }

    /// The decoded text of a key entry.
    private static func keyText(_ entry: JSONTape.Entry, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        if entry.isEscaped { return JSONStringDecoder.decode(bytes, content: entry.content) }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[entry.content]), as: UTF8.self)
    }
}
