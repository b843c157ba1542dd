import Diagnostics

/// One file of a ``ReportSource``, read and decoded: the part of the compile that looks at no other report,
/// so a caller may do it for many files at once (on other threads) before they are folded in, in order.
public struct DecodedFile: Sendable {
    /// What reading and decoding gave.
    enum Content: Sendable {
        case unreadable(ReportSourceError)
        case accepted(ReceivedReport)
        /// Left out for `diagnostics`; `text` is the file for quoting them, kept only when the file is no larger
        /// than ``ReportCompiler/quotedFileLimit``, so the files decoded ahead of the fold hold no more than that each.
        case rejected(diagnostics: [Diagnostic], text: SourceFile?, report: ReceivedReport?)
    }

    /// The file's position in its source, which the compile checks against the position it asked for.
    let index: Int
    /// The file's name as diagnostics and receipts show it.
    let path: String
    let content: Content

    /// Reads file `index` of `source` and decodes it with `decoder`.
    init(_ index: Int, of source: some ReportSource, decoder: ReportDecoder) {
        self.index = index
        path = source.path(at: index)
        switch source.read(at: index) {
        case .failure(let error): content = .unreadable(error)
        case .success(let bytes):
            switch decoder.decode(bytes, path: path) {
            case .accepted(let report): content = .accepted(report)
            case .rejected(let diagnostics, let text, let report):
                let quotable = bytes.count <= ReportCompiler.quotedFileLimit
                content = .rejected(diagnostics: diagnostics, text: quotable ? text : nil, report: report)
            }
        }
    }
}
