import Diagnostics
import RuleLanguage

/// A value computed from facts and choices (a quorum, a delegate entitlement), read by bare id.
public struct DerivedValue: Sendable {
    public var id: String
    public var title: String
    public var type: RuleType
    public var value: CompiledExpression
    public var section: String?
    public var span: SourceSpan
}
