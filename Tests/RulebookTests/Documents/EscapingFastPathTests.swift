import TestSupport
import Testing

@testable import Rulebook

/// The byte-by-byte Markdown escaping gives exactly what the character-by-character path gives, or leaves
/// the text to it.
@Suite struct EscapingFastPathTests {
    /// Random ASCII text heavy in what the escaping treats specially: markup punctuation, digits, list
    /// markers, line endings (CR, LF, CR LF), tabs and other control characters.
    @Test func asciiMarkdownMatchesTheCharacterPath() {
        Self.compare(alphabet: "ab 019.)-+*_`[]<>#|&~!{}\\\r\n\t\u{1B}\u{7F}\u{0}", seed: 7)
    }

    /// The same with scalars that join the character before them (a combining accent, a zero-width joiner,
    /// an emoji variation selector) or the one after (an Arabic number sign), beside ordinary non-ASCII text.
    @Test func mixedMarkdownMatchesTheCharacterPath() {
        Self.compare(
            alphabet: "ab 019.)-+*_`[]<>#\\\r\n\té“”—日🏳\u{301}\u{200D}\u{FE0F}\u{600}\u{85}\u{1FEF}\u{37E}\u{212A}",
            seed: 8)
    }

    @Test func everydayTextStaysOnTheBytesAndJoinedMarkupDoesNot() {
        var text = "Café “quorum” — 10% *of* members_ [1]"
        let bytes = text.withUTF8 { Escaping.markdownBytes($0, atLineStart: true) }
        #expect(bytes == #"Café “quorum” — 10% \*of\* members\_ \[1\]"#)
        #expect(bytes == Escaping.markdownByCharacter(text, atLineStart: true))
        // A combining accent joins the asterisk into one character, which the character path keeps as it is.
        text = "*\u{301} and -é"
        #expect(text.withUTF8 { Escaping.markdownBytes($0, atLineStart: false) } == nil)
        #expect(Escaping.markdown(text) == Escaping.markdownByCharacter(text, atLineStart: true))
        // U+1FEF is canonically a backtick, which the character path escapes: so is it here.
        text = "a \u{1FEF}code\u{1FEF} b"
        #expect(text.withUTF8 { Escaping.markdownBytes($0, atLineStart: false) } == nil)
        #expect(Escaping.markdown(text) == "a \\\u{1FEF}code\\\u{1FEF} b")
    }

    private static func compare(alphabet text: String, seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let alphabet = Array(text.unicodeScalars)
        for _ in 0..<2_000 {
            let length = Int.random(in: 0...40, using: &generator)
            var text = String.UnicodeScalarView()
            for _ in 0..<length { text.append(alphabet[Int.random(in: 0..<alphabet.count, using: &generator)]) }
            let string = String(text)
            for startsLine in [true, false] {
                #expect(
                    Escaping.markdown(string, atLineStart: startsLine)
                        == Escaping.markdownByCharacter(string, atLineStart: startsLine),
                    "\(string.debugDescription), atLineStart: \(startsLine)")
            }
        }
    }
}
