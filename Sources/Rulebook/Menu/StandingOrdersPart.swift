import Diagnostics

/// One numbered part of the standing orders (`[[part]]` in `edition.toml`): which sections' clauses, and
/// which edition-wide clauses, it holds, in order. An edition without parts gets one part per section.
public struct StandingOrdersPart: Sendable {
    public var id: String
    public var title: String
    /// Edition-wide clause ids (from `edition.toml`), placed first.
    public var clauses: [String]
    /// Section ids whose clauses follow, in this order.
    public var sections: [String]
    /// Whether the edition wrote this part (false for the one-per-section parts made when it wrote none).
    public var isDeclared: Bool
    public var span: SourceSpan
}
