import Diagnostics
import JSON
import Testing

@Suite("Strings, escapes and surrogates")
struct JSONParserStringsTests {
    @Test(
        "escapes decode to their characters",
        arguments: [
            (#""\" \\ \/ \b \f \n \r \t""#, "\" \\ / \u{08} \u{0C} \n \r \t"),
            (#""\u0041\u00e9\u20AC""#, "Aé€"),
            (#""\ud83c\udf89 party""#, "🎉 party"),
            (#""\u0000""#, "\u{0}"),
            (#""plain""#, "plain"),
            (#""""#, ""),
        ])
    func escapes(text: String, expected: String) {
        #expect(JSONTestSupport.valid(text)?.string == expected)
    }

    @Test("a long string with escapes far apart is read whole")
    func longString() {
        let body = String(repeating: "abcdefgh", count: 1000) + "\\n" + String(repeating: "é", count: 500)
        #expect(JSONTestSupport.valid("\"" + body + "\"")?.string?.utf8.count == 8000 + 1 + 1000)
    }

    @Test(
        "a lone surrogate is J106 at its escape, and reading goes on",
        arguments: [
            #"["\ud800"]"#, #"["\udc00"]"#, #"["\ud800\u0041"]"#, #"["\ud800x"]"#, #"["\ud800\ud800"]"#,
        ])
    func loneSurrogate(text: String) throws {
        let errors = JSONTestSupport.errors(text)
        let first = try #require(errors.first)
        #expect(first.code == "J106")
        #expect(first.location?.range == 2..<8)
        #expect(first.message.hasPrefix("'\\u"))
    }

    @Test("a lone surrogate still leaves the rest of the document")
    func loneSurrogateKeepsDocument() throws {
        let result = JSONTestSupport.parse(#"{"a": "\udc00", "b": 2}"#)
        #expect(!result.isValid)
        #expect(result.document?.root.object?["a"]?.string == "\u{FFFD}")
        #expect(result.document?.root.object?["b"]?.number?.lexeme == "2")
    }

    @Test(
        "an escape JSON does not define is J103, naming it",
        arguments: [
            (#"["\x41"]"#, "'\\x'"), (#"["\u12G4"]"#, "'\\u12'"), (#"["\U0041"]"#, "'\\U'"), (#"["\é"]"#, "'\\é'"),
            (#"["\u"]"#, "'\\u'"),
        ])
    func invalidEscape(text: String, named: String) throws {
        let error = try #require(JSONTestSupport.singleError(text, code: "J103", at: 2))
        #expect(error.message.contains(named), "\(error.message)")
    }

    @Test("a raw control character in a string is J104", arguments: ["[\"a\tb\"]", "[\"a\nb\"]", "[\"\u{0}\"]"])
    func controlCharacter(text: String) {
        JSONTestSupport.singleError(text, code: "J104")
    }

    @Test("an unterminated string is J102 at its opening quote", arguments: [#"["abc"#, #"["abc\"#, #"["ab\"c"#])
    func unterminated(text: String) {
        JSONTestSupport.singleError(text, code: "J102", at: 1)
    }

    @Test("invalid UTF-8 is J100 at each bad sequence, shown as '?'")
    func invalidUTF8() throws {
        let bytes: [UInt8] = Array("[\"a".utf8) + [0xFF] + Array("b\", \"".utf8) + [0xE2, 0x82] + Array("\"]".utf8)
        let result = JSONTestSupport.parse(bytes: bytes)
        let errors = JSONTestSupport.errors(bytes: bytes)
        #expect(errors.map(\.code) == ["J100", "J100"])
        #expect(errors.map { $0.location?.range } == [3..<4, 9..<11])
        #expect(result.document?.root.array?.map(\.string) == ["a?b", "??"])
    }

    @Test("invalid UTF-8 outside a string is reported once, not again as a syntax error")
    func invalidUTF8OutsideString() {
        let errors = JSONTestSupport.errors(bytes: [UInt8(ascii: "["), 0xC0, 0xAF, UInt8(ascii: "]")])
        #expect(errors.map(\.code) == ["J100", "J100"])
    }
}
