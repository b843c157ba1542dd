import Testing

@testable import Diagnostics

/// A rejected file's text cut, on its bytes, to what its diagnostics quote.
@Suite struct QuotedPrefixTests {
    static let text = "line one\nline two is here\nline three\nline four\n"

    func diagnostic(at range: Range<Int>, file: String = "r.json", note: Range<Int>? = nil) -> Diagnostic {
        Diagnostic(
            code: "P102", severity: .error, message: "m", location: SourceSpan(file: file, range: range),
            notes: note.map { [Note("n", at: SourceSpan(file: file, range: $0))] } ?? [])
    }

    func quoted(_ diagnostics: [Diagnostic], of bytes: some Collection<UInt8> = Array(text.utf8)) -> String {
        String(decoding: bytes.prefix(QuotedPrefix.length(of: bytes, path: "r.json", quotedBy: diagnostics)), as: UTF8.self)
    }

    @Test func theCutIsAfterTheLastLineQuoted() {
        // Offset 14 is inside "line two"; the note reaches into "line three".
        let cut = quoted([diagnostic(at: 14..<16, note: 27..<29)])
        #expect(cut == "line one\nline two is here\nline three\n")
        let whole = SourceLocationConverter(text: Self.text)
        let kept = SourceLocationConverter(text: cut)
        for offset in [0, 14, 27, 29] { #expect(kept.location(of: offset) == whole.location(of: offset)) }
    }

    @Test func nothingIsQuotedWhenNothingPointsIntoTheFileAndAllPastItsEnd() {
        #expect(quoted([diagnostic(at: 0..<3, file: "other.json")]).isEmpty)
        #expect(quoted([]).isEmpty)
        #expect(quoted([diagnostic(at: 40..<400)]) == Self.text)
        #expect(quoted([diagnostic(at: 0..<0)]) == "line one\n")
        // A span that starts on line one and reaches further (a missing member's whole object) is shown on line
        // one: that is all it keeps.
        #expect(quoted([diagnostic(at: 0..<40)]) == "line one\n")
    }

    @Test func aSliceIsMeasuredFromItsOwnStart() {
        let slice = (Array("xx".utf8) + Array(Self.text.utf8))[2...]
        #expect(QuotedPrefix.length(of: slice, path: "r.json", quotedBy: [diagnostic(at: 0..<1)]) == 9)
        #expect(quoted([diagnostic(at: 14..<16)], of: slice) == "line one\nline two is here\n")
        // A file with no final newline is quoted to its end from its last line.
        #expect(quoted([diagnostic(at: 3..<4)], of: Array("abc\ndef".utf8)) == "abc\n")
        #expect(quoted([diagnostic(at: 5..<6)], of: Array("abc\ndef".utf8)) == "abc\ndef")
    }
}
