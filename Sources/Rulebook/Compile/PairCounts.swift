/// Counts keyed by a pair of small non-negative numbers (an option's number and a phrase's number), in one
/// open-addressed table with linear probing and a multiplicative hash.
///
/// The compile adds every phrase of every answer once for each option the report chose: millions of
/// additions over 10,000 reports, which `Dictionary` with its seeded SipHash made the compile's largest cost.
/// The keys are numbers the compile hands out in the order it first sees each option and phrase, never
/// values read from a file, so no input can choose them to collide. A count that falls to zero keeps its
/// slot and is skipped when the counts are read.
struct PairCounts: Sendable {
    private struct Slot: Sendable {
        /// -1 when the slot is empty.
        var first: Int
        var second: Int
        var count: Int

        static let empty = Slot(first: -1, second: 0, count: 0)
    }

    private var slots = [Slot](repeating: .empty, count: 64)
    /// Slots in use, zero counts included.
    private var used = 0

    /// Adds `delta` to the count of (`first`, `second`); both must be non-negative.
    mutating func add(_ first: Int, _ second: Int, by delta: Int) {
        add(first, CollectionOfOne(second), by: delta)
    }

    /// Adds `delta` to the count of (`first`, `second`) for every number in `seconds`: the compile's inner
    /// loop (each phrase of an answer, for one option), with the table grown once beforehand and probed
    /// without a uniqueness check per addition.
    mutating func add(_ first: Int, _ seconds: some Collection<Int>, by delta: Int) {
        // -1 marks an empty slot; the compile's numbers start at zero.
        assert(first >= 0 && seconds.allSatisfy { $0 >= 0 }, "pair numbers are never negative")
        while (used + seconds.count) * 2 > slots.count { grow() }
        var added = 0
        slots.withUnsafeMutableBufferPointer { slots in
            let mask = slots.count - 1
            for second in seconds {
                var index = Self.hash(first, second) & mask
                while true {
                    if slots[index].first == first, slots[index].second == second {
                        slots[index].count += delta
                        break
                    }
                    if slots[index].first < 0 {
                        slots[index] = Slot(first: first, second: second, count: delta)
                        added += 1
                        break
                    }
                    index = (index + 1) & mask
                }
            }
        }
        used += added
    }

    /// Every pair with a count that is not zero, in no particular order.
    func forEach(_ body: (_ first: Int, _ second: Int, _ count: Int) -> Void) {
        for slot in slots where slot.first >= 0 && slot.count != 0 { body(slot.first, slot.second, slot.count) }
    }

    /// The count of (`first`, `second`), zero when it was never added.
    func count(_ first: Int, _ second: Int) -> Int {
        let mask = slots.count - 1
        var index = Self.hash(first, second) & mask
        while slots[index].first >= 0 {
            if slots[index].first == first, slots[index].second == second { return slots[index].count }
            index = (index + 1) & mask
        }
        return 0
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: .empty, count: old.count * 2)
        used = 0
        for slot in old where slot.first >= 0 && slot.count != 0 { add(slot.first, slot.second, by: slot.count) }
    }

    /// A 64-bit mix (the finaliser of SplitMix64) of the two numbers; the table's size is a power of two, so
    /// the low bits must depend on every bit of both.
    private static func hash(_ first: Int, _ second: Int) -> Int {
        var mixed = UInt64(truncatingIfNeeded: first) &* 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: second)
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int(truncatingIfNeeded: mixed ^ (mixed >> 31))
    }
}
