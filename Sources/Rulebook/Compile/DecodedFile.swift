/// One file of a ``ReportSource``, read and decoded: the part of the compile that looks at no other report,
/// so a caller may do it for many files at once (on other threads) before they are folded in, in order.
public struct DecodedFile: Sendable {
    /// What reading and decoding gave.
    enum Content: Sendable {
        case unreadable(ReportSourceError)
        /// `quotable` when the file is small enough for its text to be kept for quoting in diagnostics.
        case decoded(ReportDecoder.Outcome, quotable: Bool)
    }

    /// The file's name as diagnostics and receipts show it.
    let path: String
    let content: Content

    /// Reads file `index` of `source` and decodes it with `decoder`.
    init(_ index: Int, of source: some ReportSource, decoder: ReportDecoder) {
        path = source.path(at: index)
        switch source.read(at: index) {
        case .failure(let error): content = .unreadable(error)
        case .success(let bytes):
            content = .decoded(
                decoder.decode(bytes, path: path), quotable: bytes.count <= ReportCompiler.quotedFileLimit)
        }
    }
}
