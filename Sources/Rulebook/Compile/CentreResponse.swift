import Diagnostics

/// The centre's own response to one CLP's report (`responses.toml`, docs/formats.md), carried in its letter.
public struct CentreResponse: Sendable, Hashable {
    /// The CLP's name as its report gives it.
    public var clp: String
    /// The report year it answers; nil for every year.
    public var year: Int64?
    /// Who writes (`North West regional office`).
    public var from: String?
    public var text: String
    public var span: SourceSpan

    public init(clp: String, year: Int64?, from: String?, text: String, span: SourceSpan) {
        self.clp = clp
        self.year = year
        self.from = from
        self.text = text
        self.span = span
    }
}
