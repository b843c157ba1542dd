import Testing

@testable import Rulebook

/// An ASCII needle found on the bytes: the same place as a search by character in ordinary text, and also
/// where a neighbouring scalar would join the needle's last character into another (as the tag parsers read).
@Suite struct ASCIISearchTests {
    @Test(arguments: [
        "see [[clause quorum]] here", "[[clause a]]", "[[[clause b]]", "[[claus [[clause c]]", "none here", "[[claus",
        "“Café” — [[clause d]] ü", "", "[[clause ", "x[[clause [[clause e]]",
    ])
    func findsWhatTheCharacterSearchFinds(_ text: String) {
        let slice = Substring(text)
        let byBytes = slice.firstRange(ofASCII: "[[clause ")
        let byCharacters = slice.firstRange(of: "[[clause ")
        #expect(byBytes == byCharacters)
        if let byBytes { #expect(slice[byBytes] == "[[clause ") }
    }

    @Test func aJoiningScalarDoesNotHideTheNeedle() {
        // As characters, `}` and a combining accent are one character, not `}`; the template parser reads the
        // bytes, and so do the plain-language messages and clause references now.
        let text: Substring = "{{a}}\u{301} b"
        #expect(text.firstRange(of: "}}") == nil)
        #expect(text.firstRange(ofASCII: "}}") != nil)
        #expect(BookletBuilder.plainTemplate("{{a}}\u{301} b") == "…\u{301} b")
        #expect(ClauseNumbering.references(in: "see [[clause q]]\u{301}") == ["q"])
    }

    @Test func searchesOnlyTheSlice() throws {
        let text = "{{a}} and {{b}}"
        let tail = text[text.index(text.startIndex, offsetBy: 5)...]
        let found = try #require(tail.firstRange(ofASCII: "{{"))
        #expect(text.distance(from: text.startIndex, to: found.lowerBound) == 10)
        #expect(tail[..<tail.startIndex].firstRange(ofASCII: "{{") == nil)
    }
}
