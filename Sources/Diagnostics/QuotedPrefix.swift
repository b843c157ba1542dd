/// How much of a file its diagnostics quote: the text up to the end of the last line on which any of them
/// (their locations, highlights, notes and fix-its) starts, which is the line a printed diagnostic shows.
/// Positions are byte offsets from the start, so the prefix keeps every start, and its line and column, as
/// it was (a span reaching past the cut, such as a missing member's whole object, is shown on its first line,
/// as it always was). Worked out on the bytes, so a caller keeping only the prefix never copies the rest.
public enum QuotedPrefix {
    /// The number of leading bytes of `bytes`, the text of the file `path`, that `diagnostics` quote: all of
    /// them when a span starts past the last newline, none when no span points into the file. The cut is
    /// after a newline byte or at the end, so it never splits a UTF-8 character.
    public static func length(of bytes: some Collection<UInt8>, path: String, quotedBy diagnostics: [Diagnostic])
        -> Int
    {
        var end: Int?
        func reach(_ span: SourceSpan?) {
            guard let span, span.file == path else { return }
            end = max(end ?? 0, span.range.lowerBound)
        }
        for diagnostic in diagnostics {
            reach(diagnostic.location)
            diagnostic.highlights.forEach(reach)
            for note in diagnostic.notes { reach(note.location) }
            for fixIt in diagnostic.fixIts { for edit in fixIt.edits { reach(edit.span) } }
        }
        guard let end else { return 0 }
        guard end < bytes.count else { return bytes.count }
        let start = bytes.index(bytes.startIndex, offsetBy: end)
        guard let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) else { return bytes.count }
        return bytes.distance(from: bytes.startIndex, to: newline) + 1
    }
}
