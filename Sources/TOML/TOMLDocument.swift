import Diagnostics

/// A parsed TOML file: its root table and the source it came from, so every value can be located.
public struct TOMLDocument: Sendable {
    public var root: TOMLTable
    /// The file's text (with invalid bytes replaced, for showing excerpts) and path.
    public var source: SourceFile

    /// Text from outside the file whose values were put into ``root`` (the `--set` arguments of an amended
    /// check), so that what came from there is located there; nil for a document read from one file.
    public var supplement: Supplement?

    /// Text from outside the file: ranges from ``base`` on are offsets into ``source``, less ``base``.
    public struct Supplement: Sendable {
        /// The text, such as the command-line arguments one per line, under a path such as `--set`.
        public var source: SourceFile
        /// The first range offset that belongs to the supplement: past the end of the document's own file.
        public var base: Int

        public init(source: SourceFile, base: Int) {
            self.source = source
            self.base = base
        }
    }

    public init(root: TOMLTable, source: SourceFile, supplement: Supplement? = nil) {
        self.root = root
        self.source = source
        self.supplement = supplement
    }

    /// A span in this document's file, or in its ``supplement`` for a range at or past its base.
    public func span(_ range: Range<Int>) -> SourceSpan {
        if let supplement, range.lowerBound >= supplement.base {
            let base = supplement.base
            return SourceSpan(
                file: supplement.source.path, range: (range.lowerBound - base)..<(range.upperBound - base))
        }
        return SourceSpan(file: source.path, range: range)
    }

    /// The texts this document's spans can point into: its file, then its supplement.
    public var sources: [SourceFile] { [source] + (supplement.map { [$0.source] } ?? []) }
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
