import Diagnostics
import TOML

/// A selections file's text read as TOML, with the edition it names: the first step of every evaluation,
/// taken before the edition is found (whoever finds editions needs the id first).
public struct SelectionsText: Sendable {
    /// The parsed document (with whatever the reader recovered when it has errors).
    public var document: TOMLDocument
    /// TOML problems; the text can be evaluated only when none is an error.
    public var diagnostics: [Diagnostic]

    /// Reads `bytes`, reporting problems against `path`.
    public init(bytes: [UInt8], path: String) {
        let parsed = TOMLParser.parse(bytes: bytes, path: path)
        document = parsed.document
        diagnostics = parsed.diagnostics
    }

    /// A document already read (an amended one), with the problems found reading it.
    init(document: TOMLDocument, diagnostics: [Diagnostic]) {
        self.document = document
        self.diagnostics = diagnostics
    }

    /// Whether the TOML is well formed.
    public var isReadable: Bool { !diagnostics.hasErrors }

    /// The file's path, as diagnostics show it.
    public var path: String { document.source.path }

    /// The `edition = "..."` the file names, with where it is written; nil when it names none.
    public var editionReference: (id: String, span: SourceSpan)? {
        SelectionsLoader.editionID(of: document)
    }

    /// Why ``editionReference`` is nil: the file names no edition (at its start), or names it with a value
    /// that is not a string (a type error at that value).
    public var editionProblem: Diagnostic {
        SelectionsLoader.editionProblem(of: document)
    }
}
