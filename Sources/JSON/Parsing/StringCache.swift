/// The short strings the tree builder (``JSONTreeBuilder``) has made so far, so that a key or value written
/// again (`"code"`, `"severity"`, `"error"` in every diagnostic of a report) is not decoded into a new `String`
/// each time.
///
/// Strings of up to 16 bytes are packed with their length into a fingerprint that identifies them exactly; a
/// small table, addressed by a hash of the fingerprint, keeps the last string seen in each slot. A miss decodes
/// the bytes as before, so the result is always the same `String`.
struct StringCache {
    private struct Slot {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var count = -1
        var text = ""
    }

    private static let slotCount = 512
    private var slots = [Slot](repeating: Slot(), count: StringCache.slotCount)

    /// The string of the bytes in `range` of `cursor` (escape-free string content).
    @inline(__always)
    mutating func string(_ range: Range<Int>, in cursor: ByteCursor) -> String {
        let count = range.count
        guard count <= 16, let (low, high) = cursor.fingerprint(range) else { return cursor.string(range) }
        let mixed = (low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(count)
        let index = Int(truncatingIfNeeded: mixed >> 55)
        if slots[index].count == count, slots[index].low == low, slots[index].high == high {
            return slots[index].text
        }
        let text = cursor.string(range)
        slots[index] = Slot(low: low, high: high, count: count, text: text)
        return text
    }
}
