import Testing

@testable import Diagnostics

/// A rejected file's text cut to what its diagnostics quote, on a `SourceFile` and on the bytes.
@Suite struct QuotedPrefixTests {
    static let text = "line one\nline two is here\nline three\nline four\n"

    func diagnostic(at range: Range<Int>, file: String = "r.json", note: Range<Int>? = nil) -> Diagnostic {
        Diagnostic(
            code: "P102", severity: .error, message: "m", location: SourceSpan(file: file, range: range),
            notes: note.map { [Note("n", at: SourceSpan(file: file, range: $0))] } ?? [])
    }

    @Test func quotedTextEndsAfterTheLastLineQuoted() {
        let file = SourceFile(path: "r.json", text: Self.text)
        // Offset 14 is inside "line two"; the note reaches into "line three".
        let cut = QuotedPrefix.prefix(of: file, quotedBy: [diagnostic(at: 14..<16, note: 27..<29)])
        #expect(cut.text == "line one\nline two is here\nline three\n")
        let whole = SourceLocationConverter(text: Self.text)
        let kept = SourceLocationConverter(text: cut.text)
        for offset in [0, 14, 27, 29] { #expect(kept.location(of: offset) == whole.location(of: offset)) }
    }

    @Test func quotedTextIsEmptyWhenNothingPointsIntoTheFileAndWholePastItsEnd() {
        let file = SourceFile(path: "r.json", text: Self.text)
        #expect(QuotedPrefix.prefix(of: file, quotedBy: [diagnostic(at: 0..<3, file: "other.json")]).text.isEmpty)
        #expect(QuotedPrefix.prefix(of: file, quotedBy: []).text.isEmpty)
        #expect(QuotedPrefix.prefix(of: file, quotedBy: [diagnostic(at: 40..<400)]).text == Self.text)
        #expect(QuotedPrefix.prefix(of: file, quotedBy: [diagnostic(at: 0..<0)]).text == "line one\n")
        // A span that starts on line one and reaches further (a missing member's whole object) is shown on line
        // one: that is all it keeps.
        #expect(QuotedPrefix.prefix(of: file, quotedBy: [diagnostic(at: 0..<40)]).text == "line one\n")
    }

    @Test func theBytesAreCutWhereTheTextIs() {
        let bytes = Array(Self.text.utf8)
        let file = SourceFile(path: "r.json", text: Self.text)
        for diagnostics in [[diagnostic(at: 14..<16, note: 27..<29)], [], [diagnostic(at: 40..<400)]] {
            let length = QuotedPrefix.length(of: bytes, path: "r.json", quotedBy: diagnostics)
            #expect(String(decoding: bytes.prefix(length), as: UTF8.self) == QuotedPrefix.prefix(of: file, quotedBy: diagnostics).text)
        }
        // A slice that does not start at zero is measured from its own start.
        let slice = Array("xx".utf8 + bytes)[2...]
        #expect(QuotedPrefix.length(of: slice, path: "r.json", quotedBy: [diagnostic(at: 0..<1)]) == 9)
    }
}
