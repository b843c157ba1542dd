import Diagnostics
import RuleLanguage

/// A value computed from facts and choices (a quorum, a delegate entitlement), read by bare id.
public struct DerivedValue: Sendable {
    public var id: String
    public var title: String
    public var type: RuleType
    public var value: CompiledExpression
    /// How the value is worked out, in words with live values ("5% of the 490 people entitled to vote,
    /// rounded up"); optional.
    public var because: CompiledTemplate?
    public var section: String?
    public var span: SourceSpan
}

extension DerivedValue {
    /// `derived` ordered so that each comes after those it reads: declaration order, except that a value is
    /// moved just ahead of the first value that reads it. Cycles are rejected at load, and the walk stops at
    /// ``EditionLoader/maximumDerivedDepth`` anyway.
    static func dependencyOrder(_ derived: [DerivedValue]) -> [DerivedValue] {
        let byID = Dictionary(derived.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var done = Set<String>()
        var order: [DerivedValue] = []
        func visit(_ value: DerivedValue, depth: Int) {
            guard !done.contains(value.id), depth < EditionLoader.maximumDerivedDepth else { return }
            done.insert(value.id)
            for name in value.value.expression.referencedNames {
                if let dependency = byID[name] { visit(dependency, depth: depth + 1) }
            }
            order.append(value)
        }
        derived.forEach { visit($0, depth: 0) }
        return order
    }
}
