import Diagnostics

/// A parsed JSON file: its root value and the source it came from, so every value can be located.
public struct JSONDocument: Sendable {
    public var root: JSONNode
    let text: SourceText

    public init(root: JSONNode, source: SourceFile) {
        self.init(root: root, text: SourceText(path: source.path, bytes: Array(source.text.utf8)))
    }

    init(root: JSONNode, text: SourceText) {
        self.root = root
        self.text = text
    }

    /// The name diagnostics show for the file.
    public var path: String { text.path }

    /// The file's text (with invalid bytes shown as `?`) and path, for rendering diagnostics. Built on each
    /// call (a copy of the file), since most documents never need it; keep the result.
    public var source: SourceFile { text.sourceFile }

    /// A span in this document's file.
    public func span(_ range: Range<Int>) -> SourceSpan {
        SourceSpan(file: text.path, range: range)
    }

    /// A located diagnostic for a value that is not what the caller expected.
    public func diagnostic(for error: JSONValueError) -> Diagnostic {
        error.diagnostic(in: text.path)
    }
}

/// What reading a JSON file produced: the document when the text could be read to its end, and the diagnostics.
///
/// The input is valid exactly when ``diagnostics`` holds no error. A syntax error ends reading, so
/// ``document`` is nil then; problems that do not stop the reader (a duplicate key, a lone surrogate, invalid
/// UTF-8 inside a string) leave the document in place beside their errors.
public struct JSONParseResult: Sendable {
    public var document: JSONDocument?
    public var diagnostics: [Diagnostic]
    let text: SourceText

    init(document: JSONDocument?, text: SourceText, diagnostics: [Diagnostic]) {
        self.document = document
        self.text = text
        self.diagnostics = diagnostics
    }

    /// The file's text and path, for rendering the diagnostics; built on each call, so keep the result.
    public var source: SourceFile { text.sourceFile }

    public var isValid: Bool { document != nil && !diagnostics.hasErrors }
}

/// The bytes the reader read (valid UTF-8, with invalid input bytes replaced by `?`) and their path; a
/// `SourceFile` is made from them only when asked for, so a valid file costs no copy into a `String`.
struct SourceText: Sendable {
    let path: String
    let bytes: [UInt8]

    var sourceFile: SourceFile { SourceFile(path: path, text: String(decoding: bytes, as: UTF8.self)) }

    /// The part of the file that `diagnostics` quote (``QuotedPrefix``), without copying the rest.
    func sourceFile(quotedBy diagnostics: [Diagnostic]) -> SourceFile {
        let length = QuotedPrefix.length(of: bytes, path: path, quotedBy: diagnostics)
        return SourceFile(path: path, text: String(decoding: bytes[..<length], as: UTF8.self))
    }
}
