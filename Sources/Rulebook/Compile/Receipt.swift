import Diagnostics

/// What became of one file the compile was given: the receipt log's row and the first line of its letter.
public struct Receipt: Sendable, Hashable {
    /// Counted, or why not.
    public enum Status: String, Sendable, Hashable {
        /// In every figure.
        case counted
        /// A later report for the same CLP and year replaced it.
        case superseded
        /// Not a report the compile can trust: malformed, unknown schema or edition, an edited menu.
        case rejected
        /// The file could not be read at all.
        case unreadable
    }

    public var file: String
    public var status: Status
    public var clp: String?
    public var year: Int64?
    public var editionID: String?
    /// When the report says it was written.
    public var generatedAt: String?
    /// The reason in words (empty for a counted report).
    public var reason: String
    /// The codes behind the reason (`J101`, `P104`).
    public var codes: [String]
}

/// One file's problems, for printing with their source lines.
public struct FileProblems: Sendable {
    public var diagnostics: [Diagnostic]
    /// The file's text up to the last line its diagnostics start on (``QuotedPrefix``), kept only for files small
    /// enough to quote (``ReportCompiler/quotedFileLimit``) while the run's ``ReportCompiler/quotedTextBudget``
    /// lasts; otherwise `nil`, and the diagnostics carry their lines and columns (``SourceSpan/start``).
    public var source: SourceFile?
}
