import Diagnostics
import TOML

/// One way of running part of the CLP that a section offers, with advice on when it works well.
public struct Option: Sendable {
    public var id: String
    public var title: String
    public var summary: String
    /// Markdown: when it works well, what to watch for.
    public var advice: String
    /// Must hold for the option to be chosen.
    public var requires: CompiledExpression?
    /// Must not hold when it is chosen.
    public var excludes: CompiledExpression?
    /// The bodies (approval ids) that must each approve it before it takes effect; empty when none must.
    public var approvals: [String]
    /// The first AGM date at which it may be chosen, for an option introduced within the edition's life.
    public var availableFrom: TOMLDate?
    public var cite: String?
    public var span: SourceSpan
}
