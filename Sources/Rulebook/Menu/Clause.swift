import Diagnostics

/// A piece of standing-order text, emitted when its condition holds.
public struct Clause: Sendable {
    public var id: String
    public var title: String
    public var section: String?
    public var when: CompiledExpression?
    public var text: CompiledTemplate
    public var cite: String?
    public var span: SourceSpan
}
