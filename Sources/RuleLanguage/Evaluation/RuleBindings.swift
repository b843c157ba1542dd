/// The values an evaluation reads: dotted names (`facts.members`, `governance.option`, `quorum`) to values.
///
/// A path longer than a bound name reads fields from it, as in the schema: with `facts.branch` bound to a
/// list of records, `facts.branch.members` is the list of every branch's `members`. A name the expression
/// needs but that is not bound is an evaluation error (``RuleEvaluationError``), never a default.
public struct RuleBindings: Sendable, Hashable {
    private var values: [String: RuleValue]

    /// Bindings holding `values`.
    public init(_ values: [String: RuleValue] = [:]) {
        self.values = values
    }

    /// The value bound to `name`; setting `nil` removes it.
    public subscript(name: String) -> RuleValue? {
        get { values[name] }
        set { values[name] = newValue }
    }

    /// Makes room for `count` names in all, so that binding them does not grow the table again and again.
    public mutating func reserveCapacity(_ count: Int) {
        values.reserveCapacity(count)
    }

    /// Binds `name` to `value`, replacing any earlier value.
    public mutating func bind(_ name: String, _ value: RuleValue) {
        values[name] = value
    }

    /// Every bound name, sorted.
    public var names: [String] { values.keys.sorted() }
}
