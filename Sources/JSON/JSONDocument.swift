import Diagnostics

/// A parsed JSON file: its root value and the source it came from, so every value can be located.
public struct JSONDocument: Sendable {
    public var root: JSONNode
    /// The file's text (with invalid bytes shown as `?`) and path.
    public var source: SourceFile

    public init(root: JSONNode, source: SourceFile) {
        self.root = root
        self.source = source
    }

    /// A span in this document's file.
    public func span(_ range: Range<Int>) -> SourceSpan {
        SourceSpan(file: source.path, range: range)
    }

    /// A located diagnostic for a value that is not what the caller expected.
    public func diagnostic(for error: JSONValueError) -> Diagnostic {
        error.diagnostic(in: source.path)
    }
}

/// What reading a JSON file produced: the document when the text could be read to its end, and the diagnostics.
///
/// The input is valid exactly when ``diagnostics`` holds no error. A syntax error ends reading, so
/// ``document`` is nil then; problems that do not stop the reader (a duplicate key, a lone surrogate, invalid
/// UTF-8 inside a string) leave the document in place beside their errors.
public struct JSONParseResult: Sendable {
    public var document: JSONDocument?
    /// The file's text and path, for rendering the diagnostics.
    public var source: SourceFile
    public var diagnostics: [Diagnostic]

    public init(document: JSONDocument?, source: SourceFile, diagnostics: [Diagnostic]) {
        self.document = document
        self.source = source
        self.diagnostics = diagnostics
    }

    public var isValid: Bool { document != nil && !diagnostics.hasErrors }
}
