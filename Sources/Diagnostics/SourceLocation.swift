/// A 1-based line and column, computed from a byte offset when a diagnostic is reported.
public struct SourceLocation: Sendable, Hashable, Codable {
    /// 1-based line number.
    public var line: Int
    /// 1-based column counted in Characters (grapheme clusters), as a reader counts them.
    public var column: Int
    /// 1-based column counted in UTF-8 bytes, for tools that want it.
    public var utf8Column: Int

    public init(line: Int, column: Int, utf8Column: Int) {
        self.line = line
        self.column = column
        self.utf8Column = utf8Column
    }
}
