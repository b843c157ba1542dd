import TestSupport
import Testing

@testable import Rulebook

/// The byte-by-byte Markdown escaping of ASCII text gives exactly what the character-by-character path gives.
@Suite struct EscapingFastPathTests {
    /// Random ASCII text heavy in what the escaping treats specially: markup punctuation, digits, list
    /// markers, line endings (CR, LF, CR LF), tabs and other control characters.
    @Test func asciiMarkdownMatchesTheCharacterPath() {
        var generator = SeededGenerator(seed: 7)
        let alphabet = Array("ab 019.)-+*_`[]<>#|&~!{}\\\r\n\t\u{1B}\u{7F}\u{0}".unicodeScalars)
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
