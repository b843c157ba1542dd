/// The formats a ``DocumentTree`` is written in, each by its one renderer.
public enum DocumentFormat: String, CaseIterable, Sendable {
    /// CommonMark.
    case md
    /// One standalone printable HTML file.
    case html
    /// Plain text wrapped at 80 columns.
    case txt

    /// The document in this format.
    public func render(_ document: DocumentTree) -> String {
        switch self {
        case .md: MarkdownRenderer().render(document)
        case .html: HTMLRenderer().render(document)
        case .txt: PlainTextRenderer(width: 80).render(document)
        }
    }
}
