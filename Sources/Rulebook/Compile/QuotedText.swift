import Diagnostics

/// The part of a file that its diagnostics quote: the text up to the end of the last line on which any of
/// them (their locations, highlights, notes and fix-its) starts, which is the line a printed diagnostic
/// shows. Positions are byte offsets from the start, so the prefix keeps every start, and its line and
/// column, as it was (a span reaching past the cut, such as a missing member's whole object, is shown on its
/// first line, as it always was).
enum QuotedText {
    /// `file` cut after the last line on which a span of `diagnostics` starts (all of it when one starts past
    /// its end; no text when none points into it).
    static func prefix(of file: SourceFile, quotedBy diagnostics: [Diagnostic]) -> SourceFile {
        var end: Int?
        func reach(_ span: SourceSpan?) {
            guard let span, span.file == file.path else { return }
            end = max(end ?? 0, span.range.lowerBound)
        }
        for diagnostic in diagnostics {
            reach(diagnostic.location)
            diagnostic.highlights.forEach(reach)
            for note in diagnostic.notes { reach(note.location) }
            for fixIt in diagnostic.fixIts { for edit in fixIt.edits { reach(edit.span) } }
        }
        guard let end else { return SourceFile(path: file.path, text: "") }
        let utf8 = file.text.utf8
        guard end < utf8.count else { return file }
        // A newline byte is never inside a multi-byte character, so the cut is at a character boundary.
        let start = utf8.index(utf8.startIndex, offsetBy: end)
        let cut = utf8[start...].firstIndex(of: UInt8(ascii: "\n")).map { utf8.index(after: $0) } ?? utf8.endIndex
        return SourceFile(path: file.path, text: String(file.text[..<cut]))
    }
}
