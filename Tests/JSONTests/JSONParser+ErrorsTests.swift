import Diagnostics
import JSON
import TestSupport
import Testing

@Suite("Syntax errors: located, with what was expected")
struct JSONParserErrorsTests {
    @Test(
        "each mistake is located at the marker with its code",
        arguments: [
            ("1️⃣", "J101"), ("[1️⃣", "J101"), ("[1,1️⃣]", "J101"), (#"{"a":1,1️⃣}"#, "J101"), ("{1️⃣1:2}", "J101"),
            (#"{"a" 1️⃣1}"#, "J101"), ("[1 1️⃣2]", "J101"), ("[1️⃣tru]", "J101"), ("[1️⃣\u{0C}]", "J101"),
            ("[1]1️⃣x", "J110"), ("{}1️⃣{}", "J110"), ("[1️⃣'x']", "J101"), (#"{"a":1️⃣}"#, "J101"),
        ])
    func located(marked: String, code: String) {
        let text = MarkedText(marked)
        JSONTestSupport.singleError(text.text, code: code, at: text["1️⃣"])
    }

    @Test("the end of the file inside an array or object has a note at the opening bracket")
    func unclosedContainer() throws {
        let error = try #require(JSONTestSupport.singleError(#"{"a": [1, 2"#, code: "J101", at: 11))
        #expect(error.message == "expected ',' or ']' after an array element, found end of file")
        #expect(error.notes.map(\.message) == ["'[' opened here"])
        #expect(error.notes.first?.location?.range == 6..<7)
    }

    @Test("a duplicate key is an error at the second key with a note at the first")
    func duplicateKey() {
        let result = JSONTestSupport.parse("{\"clp\": {\n  \"näme\": \"A\",\n  \"näme\": \"B\"\n}}")
        #expect(
            JSONTestSupport.render(result) == """
                test.json:3:3: error: duplicate key 'näme' in this object [J107]
                  |
                3 |   "näme": "B"
                  |   ^~~~~~
                test.json:2:3: note: 'näme' first defined here
                  |
                2 |   "näme": "A",
                  |   ^~~~~~
                1 error and 0 warnings

                """)
        #expect(result.document != nil)
    }

    @Test("duplicates are found in large objects too, once per repeated key")
    func duplicateInLargeObject() {
        let members = (0..<100).map { "\"k\($0)\": \($0)" } + ["\"k7\": 1", "\"k99\": 2", "\"k7\": 3"]
        let errors = JSONTestSupport.errors("{" + members.joined(separator: ", ") + "}")
        #expect(errors.map(\.code) == ["J107", "J107", "J107"])
        #expect(
            errors.map(\.message) == [
                "duplicate key 'k7' in this object", "duplicate key 'k99' in this object",
                "duplicate key 'k7' in this object",
            ])
    }

    @Test(
        "a key written with and without escapes is the same key, wherever it sits in the file",
        arguments: [
            #"{"ab": 1, "a\u0062": 2}"#, #"{"a\u0062": 1, "ab": 2}"#, #"{"ab": 1, "x": 2, "ab": 3}"#,
            #"{"ab": 1, "x": 2, "ab": 3}                    "#, #"{"a\u0062": 1, "ab": 2}                    "#,
            #"{"ab": 1, "a\u0062": 2}                    "#, #"{"é": 1, "\u00e9": 2}                    "#,
        ])
    func escapedDuplicate(text: String) {
        #expect(JSONTestSupport.errors(text).map(\.code) == ["J107"])
    }

    @Test("many distinct short keys, and a repeat among them, are told apart")
    func manyShortKeys() {
        let keys = (0..<230).map { "k\($0 % 150)" }
        let errors = JSONTestSupport.errors(
            "{" + keys.enumerated().map { "\"\($1)\": \($0)" }.joined(separator: ", ") + "}" + String(repeating: " ", count: 20))
        #expect(errors.map(\.code) == Array(repeating: "J107", count: 80))
        let distinct = (0..<40).map { "\"key\($0)\": true" }.joined(separator: ", ")
        #expect(JSONTestSupport.valid("{" + distinct + "}" + String(repeating: " ", count: 20)) != nil)
    }

    @Test("the same key in different objects is not a duplicate")
    func sameKeyInSiblings() {
        #expect(JSONTestSupport.valid(#"[{"a": 1}, {"a": 2}, {"b": {"a": 3}, "a": 4}]"#) != nil)
    }

    @Test("the caret lands under the error after accented letters and emoji")
    func caretAfterMultibyteCharacters() {
        let result = JSONTestSupport.parse(#"{"title": "Zoë's 🎉 party" oops}"#)
        #expect(
            JSONTestSupport.render(result) == """
                test.json:1:27: error: expected ',' or '}' after an object member, found 'oops' [J101]
                  |
                1 | {"title": "Zoë's 🎉 party" oops}
                  |                            ^~~~
                1 error and 0 warnings

                """)
    }

    @Test(
        "the same mistake after a multi-byte line keeps its column and code",
        arguments: [
            "[01]", "[1,]", "[\"\\z\"]", "{\"a\":1,\"a\":2}", "[\"\\ud800\"]", "[1] x", "[\"a",
        ])
    func multibytePrefix(text: String) throws {
        let shiftedPrefix = "[\"Ünïcödé 👩‍👩‍👧 ✓\",\n"
        // Wrap both in the same array shape so only the first line differs.
        let plainText = "[0,\n" + text + "]"
        let shiftedText = shiftedPrefix + text + "]"
        let plain = try #require(JSONTestSupport.parse(plainText).diagnostics.first)
        let shiftedResult = JSONTestSupport.parse(shiftedText)
        let shifted = try #require(shiftedResult.diagnostics.first)
        #expect(shifted.code == plain.code)
        #expect(shifted.message == plain.message)
        let store = SourceStore([shiftedResult.source])
        let plainStore = SourceStore([JSONTestSupport.parse(plainText).source])
        let shiftedLocation = try #require(shifted.location.flatMap { store.location(of: $0) })
        let plainLocation = try #require(plain.location.flatMap { plainStore.location(of: $0) })
        #expect(shiftedLocation.line == plainLocation.line && shiftedLocation.line == 2)
        #expect(shiftedLocation.column == plainLocation.column)
    }
}
