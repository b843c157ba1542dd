import Diagnostics

/// A parsed TOML file: its root table and the source it came from, so every value can be located.
public struct TOMLDocument: Sendable {
    public var root: TOMLTable
    /// The file's text (with invalid bytes replaced, for showing excerpts) and path.
    public var source: SourceFile

    public init(root: TOMLTable, source: SourceFile) {
        self.root = root
        self.source = source
    }

    /// A span in this document's file.
    public func span(_ range: Range<Int>) -> SourceSpan {
        SourceSpan(file: source.path, range: range)
    }
}

/// What reading a TOML file produced: the document (as much as could be read) and its diagnostics.
///
/// The input is valid TOML exactly when ``diagnostics`` holds no error.
public struct TOMLParseResult: Sendable {
    public var document: TOMLDocument
    public var diagnostics: [Diagnostic]

    public init(document: TOMLDocument, diagnostics: [Diagnostic]) {
        self.document = document
        self.diagnostics = diagnostics
    }

    public var isValid: Bool { !diagnostics.hasErrors }
}
