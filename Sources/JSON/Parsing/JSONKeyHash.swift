/// Hashing and comparing object keys as bytes, for the duplicate-key check.
enum JSONKeyHash {
    private static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// A hash of the bytes of `range`, eight at a time; the same bytes give the same hash wherever they are.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt32 {
        let raw = UnsafeRawBufferPointer(bytes)
        var hash = UInt64(range.count) &* multiplier
        var index = range.lowerBound
        while range.upperBound - index >= 8 {
            hash = mix(hash ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            index += 8
        }
        let left = range.upperBound - index
        if left > 0 {
            var tail: UInt64 = 0
            if bytes.count - index >= 8 {
                tail = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & (~0 >> UInt64(64 - 8 * left))
            } else {
                for offset in 0..<left { tail |= UInt64(bytes[index + offset]) << UInt64(8 * offset) }
            }
            hash = mix(hash ^ tail)
        }
        return UInt32(truncatingIfNeeded: hash >> 32)
    }

    /// A hash of a whole buffer (a key decoded from its escapes).
    static func hash(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { hash($0, 0..<$0.count) }
    }

    @inline(__always)
    private static func mix(_ value: UInt64) -> UInt64 {
        let product = value &* multiplier
        return product ^ (product >> 29)
    }

    /// Whether two ranges of `bytes` hold the same bytes, compared eight at a time.
    @inline(__always)
    static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ first: Range<Int>, _ second: Range<Int>) -> Bool {
        guard first.count == second.count else { return false }
        let raw = UnsafeRawBufferPointer(bytes)
        var offset = 0
        while first.count - offset >= 8 {
            let a = raw.loadUnaligned(fromByteOffset: first.lowerBound + offset, as: UInt64.self)
            let b = raw.loadUnaligned(fromByteOffset: second.lowerBound + offset, as: UInt64.self)
            guard a == b else { return false }
            offset += 8
        }
        while offset < first.count {
            guard bytes[first.lowerBound + offset] == bytes[second.lowerBound + offset] else { return false }
            offset += 1
        }
        return true
    }
}

/// The keys of one large object, hashed: open addressing over pending positions, each slot holding a key's
/// hash and position so that growing needs no bytes.
struct JSONKeyTable {
    /// `hash << 32 | (position + 1)`; 0 is an empty slot.
    private var slots: [UInt64] = []
    private var count = 0

    /// Empties the table, keeping its room for the next large object at the same depth.
    mutating func removeAll() {
        if count > 0 { slots.withUnsafeMutableBufferPointer { $0.update(repeating: 0) } }
        count = 0
    }

    /// The position of a key already in the table for which `same` holds, or nil after adding `position`.
    mutating func firstOrInsert(_ position: Int, hash: UInt32, same: (Int) -> Bool) -> Int? {
        if (count + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while slots[slot] != 0 {
            let stored = slots[slot]
            if UInt32(truncatingIfNeeded: stored >> 32) == hash {
                let candidate = Int(truncatingIfNeeded: stored & 0xFFFF_FFFF) - 1
                if same(candidate) { return candidate }
            }
            slot = (slot + 1) & mask
        }
        slots[slot] = UInt64(hash) << 32 | UInt64(position + 1)
        count += 1
        return nil
    }

    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: max(64, old.count * 2))
        let mask = slots.count - 1
        for stored in old where stored != 0 {
            var slot = Int(truncatingIfNeeded: stored >> 32) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = stored
        }
    }
}
