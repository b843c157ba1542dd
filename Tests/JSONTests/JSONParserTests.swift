import Diagnostics
import JSON
import TestSupport
import Testing

@Suite("Reading values and their ranges")
struct JSONParserTests {
    @Test("every kind of value, with the range it was written at")
    func valuesAndRanges() throws {
        let marked = MarkedText(#"{1️⃣"n": 2️⃣null, "t": 3️⃣true, "f": false, "x": 4️⃣-1.5e3, "s": 5️⃣"é", "a": 6️⃣[1, [], {}]}"#)
        let root = try #require(JSONTestSupport.valid(marked.text))
        let object = try #require(root.object)
        #expect(root.range == 0..<marked.text.utf8.count)
        #expect(object.keys == ["n", "t", "f", "x", "s", "a"])
        let n = try #require(object.member("n"))
        #expect(n.keyRange == marked["1️⃣"]..<(marked["1️⃣"] + 3))
        #expect(n.value.isNull && n.value.range.lowerBound == marked["2️⃣"])
        #expect(object["t"]?.bool == true && object["t"]?.range == marked["3️⃣"]..<(marked["3️⃣"] + 4))
        #expect(object["f"]?.bool == false)
        #expect(object["x"]?.number?.lexeme == "-1.5e3" && object["x"]?.range.lowerBound == marked["4️⃣"])
        #expect(object["s"]?.string == "é" && object["s"]?.range == marked["5️⃣"]..<(marked["5️⃣"] + 4))
        let array = try #require(object["a"]?.array)
        #expect(object["a"]?.range.lowerBound == marked["6️⃣"])
        #expect(array.map(\.typeName) == ["number", "array", "object"])
        #expect(JSONTestSupport.slice(marked.text, array[2].range) == "{}")
    }

    @Test("objects keep their members in the order written")
    func memberOrder() throws {
        let root = try #require(JSONTestSupport.valid(#"{"z": 1, "a": 2, "m": 3}"#))
        #expect(root.object?.keys == ["z", "a", "m"])
    }

    @Test(
        "a top-level scalar, whitespace around it and a byte-order mark are accepted",
        arguments: [
            "1", " \t\r\n\"x\"\n ", "\u{FEFF}[]", "null", "-0", "[ ]", "{ }",
        ])
    func scalarsAndWhitespace(text: String) {
        #expect(JSONTestSupport.valid(text) != nil)
    }

    @Test("values and ranges stay the same when a multi-byte line comes first")
    func multibytePrefix() throws {
        let prefix = "\n\n[\"Zoë 👩‍👩‍👧 ✓\",\n"
        let text = prefix + #" {"k": [true]}]"#
        let root = try #require(JSONTestSupport.valid(text))
        let member = try #require(root.array?[1].object?.member("k"))
        #expect(JSONTestSupport.slice(text, member.keyRange) == #""k""#)
        #expect(JSONTestSupport.slice(text, member.value.range) == "[true]")
    }

    @Test("the same document is read the same way from a String and from bytes")
    func stringAndBytes() {
        let text = #"{"a": [1, "two", {"three": null}]}"#
        let fromText = JSONParser.parse(text, path: "a.json").document?.root
        let fromBytes = JSONParser.parse(bytes: Array(text.utf8), path: "a.json").document?.root
        #expect(fromText == fromBytes && fromText != nil)
    }

    @Test("a duplicate key is kept, with no error, when asked to")
    func keepDuplicateKeys() throws {
        let result = JSONParser.parse(#"{"a": 1, "a": 2}"#, path: "a.json", duplicateKeys: .keep)
        #expect(result.isValid && result.diagnostics.isEmpty)
        #expect(result.document?.root.object?.members.map(\.value.number?.lexeme) == ["1", "2"])
    }
}
