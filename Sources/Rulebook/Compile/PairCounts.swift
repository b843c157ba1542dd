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
        add(CollectionOfOne(first), CollectionOfOne(second), by: delta)
    }

    /// Adds `delta` to the count of every pair of a number in `firsts` and a number in `seconds`: the compile's
    /// inner loop (each phrase of an answer, for each option of its report). A phrase's pairs sit side by side
    /// (see `hash(_:)`), so they are added phrase by phrase: a few neighbouring cache lines each,
    /// not one line per pair. The table grows before each phrase, never during one, and is probed without a
    /// uniqueness check per addition.
    mutating func add(_ firsts: some Collection<Int>, _ seconds: some Collection<Int>, by delta: Int) {
        // -1 marks an empty slot; the compile's numbers start at zero.
        assert(firsts.allSatisfy { $0 >= 0 } && seconds.allSatisfy { $0 >= 0 }, "pair numbers are never negative")
        guard !firsts.isEmpty else { return }
        for second in seconds {
            while (used + firsts.count) * 2 > slots.count { grow() }
            var added = 0
            slots.withUnsafeMutableBufferPointer { slots in
                let mask = slots.count - 1
                let base = Self.hash(second)
                for first in firsts {
                    var index = (base &+ first) & mask
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
    }

    /// Every pair with a count that is not zero, in no particular order.
    func forEach(_ body: (_ first: Int, _ second: Int, _ count: Int) -> Void) {
        for slot in slots where slot.first >= 0 && slot.count != 0 { body(slot.first, slot.second, slot.count) }
    }

    /// The count of (`first`, `second`), zero when it was never added.
    func count(_ first: Int, _ second: Int) -> Int {
        let mask = slots.count - 1
        var index = (Self.hash(second) &+ first) & mask
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

    /// The first slot tried for (`first`, `second`) is `hash(second) + first`: a 64-bit mix (the finaliser
    /// of SplitMix64) of the second number, so that the pairs of one phrase with the few options of a tally
    /// fall in neighbouring slots, and phrases spread over the whole table (its size is a power of two, so
    /// the low bits must depend on every bit of the number).
    private static func hash(_ second: Int) -> Int {
        var mixed = UInt64(truncatingIfNeeded: second) &* 0x9E37_79B9_7F4A_7C15
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int(truncatingIfNeeded: mixed ^ (mixed >> 31))
    }
}
