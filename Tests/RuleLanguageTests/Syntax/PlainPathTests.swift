import Diagnostics
import TestSupport
import Testing

@testable import RuleLanguage

/// The parser reads a bare name or dotted path without tokens (``RuleParser/plainPath(_:_:)``); on any text
/// that must give exactly what the token parser gives, node and diagnostics alike.
@Suite struct PlainPathTests {
    /// Pieces that make paths and near-paths: names, keywords, digits, dots, spaces and what follows a name.
    static let pieces = [
        "a", "facts", "members", "_", "x1", "Quorum", "9", "2026-06-14", ".", ".", " ", "\t", "\n", "true", "false",
        "not", "in", "if", "else", "where", "and", "or", "then", "(", ")", "==", "\"s\"", "é", "-", "[", "]",
    ]

    private static func parses(_ text: String) -> (fast: (RuleExpression?, [Diagnostic]), tokens: (RuleExpression?, [Diagnostic])) {
        let source = RuleSource(text: text)
        var copy = text
        return copy.withUTF8 { bytes in
            (
                RuleParser.parse(source, bytes: bytes, range: 0..<bytes.count),
                RuleParser.parseTokens(source, bytes: bytes, range: 0..<bytes.count)
            )
        }
    }

    @Test func givesWhatTheTokenParserGivesOnRandomText() {
        var random = SeededGenerator(seed: 0x9A7B_0001)
        var plain = 0
        for _ in 0..<20_000 {
            let count = Int.random(in: 0...6, using: &random)
            let text = (0..<count).map { _ in Self.pieces.randomElement(using: &random) ?? "" }.joined()
            let (fast, tokens) = Self.parses(text)
            #expect(fast.0 == tokens.0, "\(text.debugDescription)")
            #expect(fast.1 == tokens.1, "\(text.debugDescription)")
            var copy = text
            if copy.withUTF8({ RuleParser.plainPath($0, 0..<$0.count) }) != nil { plain += 1 }
        }
        // The fast path was taken often enough for the comparison to mean something.
        #expect(plain > 1_000)
    }

    @Test func takesOnlyPlainPaths() {
        func plain(_ text: String) -> String? {
            var copy = text
            return copy.withUTF8 { bytes in
                RuleParser.plainPath(bytes, 0..<bytes.count).map { String(decoding: bytes[$0], as: UTF8.self) }
            }
        }
        #expect(plain("  facts.branch.members\n") == "facts.branch.members")
        #expect(plain("quorum") == "quorum")
        #expect(plain("a.in") == "a.in")  // a keyword may name a field
        #expect(plain("true") == nil)
        #expect(plain("in.a") == nil)
        #expect(plain("a. b") == nil)
        #expect(plain("a..b") == nil)
        #expect(plain("a.") == nil)
        #expect(plain("a.1") == nil)
        #expect(plain("1a") == nil)
        #expect(plain("f(x)") == nil)
        #expect(plain("") == nil)
        #expect(plain("   ") == nil)
    }
}
