import Diagnostics
import Testing

@Suite struct SupportTests {
    @Test func suggestsNearNames() {
        #expect(NameSuggester.suggestion(for: "governence", among: ["governance", "branches"]) == "governance")
        #expect(NameSuggester.suggestion(for: "zzz", among: ["governance", "branches"]) == nil)
        #expect(NameSuggester.didYouMean("membrs", among: ["members"]) == "; did you mean 'members'?")
        #expect(NameSuggester.editDistance(Array("kitten"), Array("sitting")) == 3)
        #expect(NameSuggester.editDistance(Array("tmol"), Array("toml")) == 1)
        #expect(NameSuggester.suggestion(for: "tmol", among: ["toml", "check"]) == "toml")
    }

    @Test func terminalTextEscapesControls() {
        #expect(TerminalText.sanitize("plain\ttext") == "plain\ttext")
        #expect(TerminalText.sanitize("a\u{1B}]0;x\u{07}b") == "a\\u{1b}]0;x\\u{7}b")
        #expect(TerminalText.sanitize("two\nlines") == "two\\u{a}lines")
        #expect(TerminalText.sanitize("two\nlines", allowNewlines: true) == "two\nlines")
        #expect(TerminalText.sanitize("rtl\u{202E}x") == "rtl\\u{202e}x")
    }

    @Test func offsetMapFollowsSegments() {
        // Source: key = "a\tb" at offset 6 → decoded "a<TAB>b"; the escape takes 2 source bytes.
        let map = TextOffsetMap(base: 7, segments: [.init(decoded: 0, source: 7), .init(decoded: 2, source: 10)])
        #expect(map.sourceOffset(0) == 7)
        #expect(map.sourceOffset(1) == 8)
        #expect(map.sourceOffset(2) == 10)
        #expect(map.sourceRange(0..<3) == 7..<11)
        #expect(TextOffsetMap(base: 5).sourceRange(1..<3) == 6..<8)
    }

    @Test func sortingIsStable() {
        let a = Diagnostic(code: "A", severity: .error, message: "1", location: .point("f", 3))
        let b = Diagnostic(code: "A", severity: .error, message: "2", location: .point("f", 3))
        let c = Diagnostic(code: "A", severity: .error, message: "0", location: nil)
        #expect([a, b, c].sortedForOutput().map(\.message) == ["0", "1", "2"])
        #expect([a, c].hasErrors)
    }

    @Test func diagnosticsRoundTripThroughCodable() throws {
        let diagnostic = Diagnostic(
            code: "X1", severity: .warning, message: "m", location: SourceSpan(file: "f", range: 2..<5),
            notes: [Note("n")], fixIts: [FixIt("f")], citation: "c")
        #expect(diagnostic.adding(note: Note("more")).notes.count == 2)
        let span = SourceSpan(file: "f", range: 2..<5)
        #expect(span == SourceSpan(file: "f", range: 2..<5))
        #expect(Set([span, span]).count == 1)
    }
}
