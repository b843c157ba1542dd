/// The source files a set of diagnostics may point into, keyed by path.
///
/// Renderers look files up here to print excerpts; converters are built once per file.
public struct SourceStore: Sendable {
    private var files: [String: SourceFile] = [:]
    private var converters: [String: SourceLocationConverter] = [:]

    public init(_ files: [SourceFile] = []) {
        for file in files { add(file) }
    }

    public mutating func add(_ file: SourceFile) {
        files[file.path] = file
        converters[file.path] = SourceLocationConverter(text: file.text)
    }

    public func file(_ path: String) -> SourceFile? { files[path] }

    public func converter(_ path: String) -> SourceLocationConverter? { converters[path] }

    /// The line and column of the start of `span`, if its file is known or the span says (``SourceSpan/start``).
    public func location(of span: SourceSpan) -> SourceLocation? {
        converter(span.file)?.location(of: span.range.lowerBound) ?? span.start
    }
}
