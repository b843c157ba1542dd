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
