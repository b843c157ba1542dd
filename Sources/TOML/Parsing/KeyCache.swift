/// The bare keys read so far, so that a key written again (`id`, `title`, `summary` in every table of an
/// array) is not decoded into a new `String` each time.
///
/// Keys of up to 16 bytes are packed with their length into a fingerprint that identifies them exactly; a
/// small table, addressed by a hash of the fingerprint, keeps the last key seen in each slot. A miss decodes
/// the key as before, so the result is always the same `String`.
struct KeyCache {
    private struct Slot {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var count = 0
        var key = ""
    }

    private static let slotCount = 256
    private var slots = [Slot](repeating: Slot(), count: KeyCache.slotCount)

    /// The key in `range` of `cursor`'s bytes, a bare key (ASCII letters, digits, `_` and `-`).
    mutating func key(_ range: Range<Int>, in cursor: ByteCursor) -> String {
        let count = range.count
        guard count <= 16, count > 0, let (low, high) = cursor.fingerprint(range) else { return cursor.string(range) }
        let mixed = (low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(count)
        let index = Int(truncatingIfNeeded: mixed >> 56)
        if slots[index].count == count, slots[index].low == low, slots[index].high == high {
            return slots[index].key
        }
        let key = cursor.string(range)
        slots[index] = Slot(low: low, high: high, count: count, key: key)
        return key
    }
}
