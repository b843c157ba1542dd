import RuleLanguage
import Testing

/// Dotted names split on their bytes give what splitting them character by character gives.
@Suite struct DottedNameTests {
    @Test(arguments: [
        "facts.branch.members", "officers", "", ".", "..", "a..b", ".a.", "votes.adopt.for", "café.naïve",
        "e\u{301}.x", "a.\u{301}b", "日本.語", "🏳️‍🌈.flag.", "no dots at all",
    ])
    func partsAreThoseOfSplit(_ name: String) {
        let expected = name.split(separator: ".").map(String.init)
        #expect(name.dottedParts().map(String.init) == expected)
        // The same on a slice of a longer text, whose indices do not start at zero.
        let text = "prefix " + name
        let slice = text[text.index(text.startIndex, offsetBy: 7)...]
        #expect(slice.dottedParts().map(String.init) == expected)
    }

    @Test func firstAndLastDotAreFoundOnTheBytes() throws {
        let name = "facts.branch.members"
        let first = try #require(name.firstDot())
        #expect(name[..<first] == "facts")
        let last = try #require(name[...].lastDot())
        #expect(name[name.index(after: last)...] == "members")
        #expect("officers".firstDot() == nil)
    }
}
