/// How many values a positional argument takes.
struct ArgumentArity: Sendable, Hashable {
    /// The fewest values the argument needs.
    var minimum: Int
    /// The most values it takes; `nil` for no limit.
    var maximum: Int?

    /// Exactly one value: `FILE`.
    static let one = ArgumentArity(minimum: 1, maximum: 1)
    /// Zero or one value: `[FILE]`.
    static let optional = ArgumentArity(minimum: 0, maximum: 1)
    /// At least one value: `FILE...`.
    static let oneOrMore = ArgumentArity(minimum: 1, maximum: nil)
    /// Any number of values: `[FILE...]`.
    static let zeroOrMore = ArgumentArity(minimum: 0, maximum: nil)

    /// Whether more than one value is allowed.
    var isVariadic: Bool { maximum.map { $0 > 1 } ?? true }
}
