/// How many reports gave each value of one integer setting: enough for the minimum, quartiles and maximum,
/// in memory that grows with the distinct values, not with the reports.
public struct ValueHistogram: Sendable, Hashable {
    private(set) var counts: [Int64: Int] = [:]
    /// How many values were added (less those taken away).
    public private(set) var total = 0

    public init() {}

    /// Adds `value` (`sign` 1) or takes back one added before (`sign` -1).
    mutating func add(_ value: Int64, sign: Int) {
        let count = (counts[value] ?? 0) + sign
        counts[value] = count > 0 ? count : nil
        total += sign
    }

    /// The minimum, lower quartile, median, upper quartile and maximum, by nearest rank (the smallest value
    /// with at least p of the values at or below it); nil when empty.
    public var fiveNumbers: (min: Int64, lower: Int64, median: Int64, upper: Int64, max: Int64)? {
        guard total > 0 else { return nil }
        let sorted = counts.sorted { $0.key < $1.key }
        func rank(_ numerator: Int, _ denominator: Int) -> Int64 {
            // The smallest k with k / total >= numerator / denominator, at least 1.
            let needed = max(1, (total * numerator + denominator - 1) / denominator)
            var seen = 0
            for (value, count) in sorted {
                seen += count
                if seen >= needed { return value }
            }
            return sorted[sorted.count - 1].key
        }
        return (sorted[0].key, rank(1, 4), rank(1, 2), rank(3, 4), sorted[sorted.count - 1].key)
    }
}
