import TestSupport
import Testing

@testable import Rulebook

/// `PhraseCounter` reads bytes for speed; these tests hold it to the plain definition it replaced, which grew
/// each word a `Unicode.Scalar` at a time and trimmed its apostrophes as `Character`s.
@Suite struct PhraseCounterEquivalenceTests {
    /// The definition, written for clarity rather than speed.
    static func reference(_ text: String) -> [String] {
        var result: [String] = []
        var previous: String?
        var current = ""
        func finish() {
            while current.hasSuffix("'") { current.removeLast() }
            defer { current = "" }
            guard !current.isEmpty else { return }
            guard current.unicodeScalars.count > 1, !PhraseCounter.stopWords.contains(current) else {
                previous = nil
                return
            }
            result.append(current)
            if let previous { result.append(previous + " " + current) }
            previous = current
        }
        for (read, scalar) in text.unicodeScalars.enumerated() {
            if read >= PhraseCounter.maxCharacters { break }
            if scalar.properties.isAlphabetic && !scalar.isASCII {
                current += scalar.properties.lowercaseMapping
            } else if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if ("A"..."Z").contains(scalar) {
                current += String(scalar).lowercased()
            } else if scalar == "'" || scalar == "\u{2019}" {
                if !current.isEmpty { current += "'" }
            } else if scalar == " " || scalar == "-" {
                finish()
            } else {
                finish()
                previous = nil
            }
        }
        finish()
        return result
    }

    /// Pieces that meet every branch: ASCII letters of both cases and digits, stop-words, both apostrophes,
    /// spaces, hyphens and punctuation, letters beyond ASCII (one whose lowercase is two scalars), digits that
    /// are not letters, combining and prepended scalars next to an apostrophe, emoji and a joiner.
    static let pieces = [
        "policy", "Forum", "MEET", "the", "and", "a", "b", "2024", "x7", "'", "\u{2019}", " ", "  ", "-", ".",
        ",", ":", "\t", "\n", "\r\n", "é", "É", "İ", "ß", "\u{0301}", "\u{0D4E}", "\u{0663}", "\u{0600}", "👍",
        "\u{200D}", "Ω", "don't", "it's", "volunteers", "women\u{2019}s", "q",
    ]

    @Test func agreesWithTheDefinitionOnRandomText() {
        var random = SeededGenerator(seed: 2026_12_04)
        for _ in 0..<3_000 {
            let count = Int.random(in: 0...24, using: &random)
            let text = (0..<count).map { _ in Self.pieces.randomElement(using: &random) ?? "" }.joined()
            #expect(PhraseCounter.phrases(in: text) == Self.reference(text), "\(text.debugDescription)")
        }
    }

    @Test func agreesAtTheCharacterLimit() {
        let long = String(repeating: "Canvassing rotas, ", count: 200)
        #expect(PhraseCounter.phrases(in: long) == Self.reference(long))
        #expect(!PhraseCounter.phrases(in: long).isEmpty)
    }

    @Test func anApostropheJoinedToAPrependedLetterStays() {
        // U+0D4E is a letter that joins the next scalar into one Character, so "'" is not a suffix there.
        #expect(PhraseCounter.phrases(in: "ab\u{0D4E}' cd") == ["ab\u{0D4E}'", "cd", "ab\u{0D4E}' cd"])
    }
}
