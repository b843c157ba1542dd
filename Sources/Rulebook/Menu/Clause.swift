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
    /// For a clause of a branch's own standing orders (`scope = "branch"`), the heading of the part it goes
    /// in (`branch_part`); nil for a clause of the CLP's standing orders.
    public var branchPart: String? = nil

    /// Whether the clause belongs to a branch's standing orders (`clpconf build --branch`), not the CLP's.
    public var isBranchClause: Bool { branchPart != nil }
}
