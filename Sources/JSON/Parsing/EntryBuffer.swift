/// A growable run of tape entries in memory the reader manages itself, so that appending one is a store and
/// a count, with no uniqueness check or reference counting (an `Array` spends more on those than the parse
/// spends on most values).
///
/// Not a value type: copies share the memory. The parser owns its two buffers for the length of one parse
/// and frees them with ``deallocate()``, except the finished tape, whose memory passes to
/// ``JSONTape/Storage``.
struct EntryBuffer {
    private(set) var base: UnsafeMutablePointer<JSONTape.Entry>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = UnsafeMutablePointer<JSONTape.Entry>.allocate(capacity: self.capacity)
    }

    @inline(__always)
    subscript(position: Int) -> JSONTape.Entry {
        get {
            assert(position >= 0 && position < count, "entry index out of range")
            return base[position]
        }
        set {
            assert(position >= 0 && position < count, "entry index out of range")
            base[position] = newValue
        }
    }

    @inline(__always)
    mutating func append(_ entry: JSONTape.Entry) {
        if count == capacity { grow(to: capacity * 2) }
        (base + count).initialize(to: entry)
        count += 1
    }

    /// Appends the entries at `range` of `other` (another buffer).
    @inline(__always)
    mutating func append(_ range: Range<Int>, of other: EntryBuffer) {
        precondition(range.lowerBound >= 0 && range.upperBound <= other.count, "entry range out of bounds")
        if count + range.count > capacity { grow(to: max(capacity * 2, count + range.count)) }
        (base + count).initialize(from: other.base + range.lowerBound, count: range.count)
        count += range.count
    }

    /// Forgets the last `removed` entries (they need no deinitialising).
    @inline(__always)
    mutating func removeLast(_ removed: Int) {
        precondition(removed >= 0 && removed <= count, "removing more entries than there are")
        count -= removed
    }

    private mutating func grow(to newCapacity: Int) {
        let grown = UnsafeMutablePointer<JSONTape.Entry>.allocate(capacity: newCapacity)
        grown.initialize(from: base, count: count)
        base.deallocate()
        base = grown
        capacity = newCapacity
    }

    /// The entries, for a ``JSONTape/Storage`` that takes over the memory.
    var entries: UnsafeBufferPointer<JSONTape.Entry> { UnsafeBufferPointer(start: base, count: count) }

    func deallocate() {
        base.deallocate()
    }
}
