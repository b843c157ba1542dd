import Diagnostics
import JSON
import TestSupport
import Testing

@Suite("The tape: the same values, ranges and diagnostics as the tree")
struct JSONTapeTests {
    /// Valid documents covering every kind of value, escape and nesting shape the other suites use.
    static let valid: [String] = [
        "1", "-0", "null", "true", "false", "\"\"", "[]", "{}", "[ ]", "{ }", "\u{FEFF}[]", " \t\r\n\"x\"\n ",
        #"{"n": null, "t": true, "f": false, "x": -1.5e3, "s": "é", "a": [1, [], {}]}"#,
        #"{"z": 1, "a": 2, "m": 3}"#,
        "\n\n[\"Zoë 👩‍👩‍👧 ✓\",\n {\"k\": [true]}]",
        #"["\"\\\/\b\f\n\r\t", "\u00e9\u0041", "\ud83c\udf89", "a\u0000b", "\uFFFF"]"#,
        #"{"\u0061b": "c\nd", "key with \"quotes\"": [0.5, 6.02e23, -12, 1E-7, 123456789012345678901234567890]}"#,
        #"[[[[[["deep"]]]]], {"a": {"b": {"c": {}}}}]"#,
        #"{"schema": "clpconf.report/1", "items": [{"code": "S101", "line": 12, "ratio": -1.5e-3}, true, null], "é": "\u00e9\ud83c\udf89"}"#,
        "{" + (0..<40).map { "\"k\($0)\": \($0)" }.joined(separator: ", ") + "}",
        "[" + String(repeating: "\"0123456789abcdef0123456789\",", count: 20) + "\"\"]",
    ]

    @Test("every valid document reads the same through the tape as through the tree", arguments: valid)
    func validDocuments(text: String) {
        JSONTapeChecks.expectAgree(Array(text.utf8))
    }

    @Test(
        "problems that leave the document readable give the same diagnostics and values",
        arguments: [
            #"["\ud800", "\udc00x", "a\qb", "\u12G4", "c"]"#, "[\"a\tb\"]", "[\"\u{0}\"]", #"{"a": 1, "a": 2}"#,
            #"{"a": 1, "\u0061": 2}"#, "[\"a\u{FF}b\"]",
        ])
    func readableProblems(text: String) {
        JSONTapeChecks.expectAgree(Array(text.utf8))
        JSONTapeChecks.expectAgree(Array(text.utf8), duplicateKeys: .keep)
    }

    @Test("seeded near-JSON inputs give the same diagnostics and values both ways", arguments: [1, 2, 3])
    func seededInputs(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let pieces = [
            "{", "}", "[", "]", ":", ",", " ", "\n", "\"a\"", "\"b\"", "\"\\u0061\"", "\"\\n\"", "\"\\ud800\"", "1",
            "-2.5e3", "true", "null", "\"é\"", "\"\\x\"",
        ]
        for _ in 0..<400 {
            let count = Int.random(in: 0..<30, using: &generator)
            let text = (0..<count).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
            JSONTapeChecks.expectAgree(Array(text.utf8))
        }
        var documents = 0
        for _ in 0..<200 {
            let text = Self.randomDocument(using: &generator)
            JSONTapeChecks.expectAgree(Array(text.utf8))
            documents += JSONParser.parseTape(text, path: "t.json").isValid ? 1 : 0
        }
        #expect(documents == 200)
    }

    @Test("a duplicate key is J107 at the second key with a note at the first, escaped or not, small or large")
    func duplicateKeys() throws {
        let many = (0..<30).map { "\"k\($0)\": \($0)" }.joined(separator: ", ")
        for text in [#"{"ab": 1, "a\u0062": 2}"#, "{\(many), \"k\\u00317\": 0}", #"{"x": 1, "y": 2, "x": 3}"#] {
            let result = JSONParser.parseTape(text, path: "t.json")
            let error = try #require(result.diagnostics.first)
            #expect(result.diagnostics.count == 1 && error.code == "J107", "\(text)")
            let tape = try #require(result.tape)
            let members = try #require(tape.root.object?.members)
            let second = try #require(members.last { $0.key == members.last?.key })
            let first = try #require(members.first { $0.key == second.key })
            #expect(error.location?.range == second.keyRange)
            #expect(error.notes.first?.location?.range == first.keyRange)
        }
    }

    @Test("keys are compared as bytes: canonically equivalent keys are different keys")
    func keysAsBytes() throws {
        let result = JSONParser.parseTape("{\"\u{E9}\": 1, \"e\u{301}\": 2}", path: "t.json")
        #expect(result.isValid && result.diagnostics.isEmpty)
        let object = try #require(result.tape?.root.object)
        #expect(object["e\u{301}"]?.number?.lexeme == "2")
        #expect(object.count == 2)
    }

    @Test("with duplicate keys kept, every member stays and a lookup finds the first")
    func keptDuplicates() throws {
        let result = JSONParser.parseTape(#"{"a": 1, "a": 2, "\u0061": 3}"#, path: "t.json", duplicateKeys: .keep)
        #expect(result.isValid && result.diagnostics.isEmpty)
        let object = try #require(result.tape?.root.object)
        #expect(object.members.map(\.value.number?.lexeme) == ["1", "2", "3"])
        #expect(object["a"]?.number?.lexeme == "1" && object.keys == ["a", "a", "a"])
    }

    @Test("strings are decoded when read, each time the same, escapes resolved")
    func lazyStrings() throws {
        let text = #"["plain", "tab\tand \u00e9 and \ud83c\udf89", "\ud800 lone", "bad \q escape"]"#
        let result = JSONParser.parseTape(text, path: "t.json")
        #expect(result.diagnostics.map(\.code) == ["J106", "J103"])
        let elements = try #require(result.tape?.root.array)
        #expect(elements.map(\.string) == ["plain", "tab\tand é and 🎉", "\u{FFFD} lone", "bad  escape"])
        #expect(elements[1].string == elements[1].string)
        #expect(elements.map(\.range.count) == [7, 34, 13, 15])
        #expect(result.tape?.entryCount == 5)
    }

    @Test("views give an array's elements and an object's members by position, with their ranges")
    func navigation() throws {
        let marked = MarkedText(#"{1️⃣"k": 2️⃣[10, 3️⃣"x", {}], "n": 4️⃣-5, "d": 1e999}"#)
        let tape = try #require(JSONParser.parseTape(marked.text, path: "t.json").tape)
        let object = try #require(tape.root.object)
        #expect(object.keys == ["k", "n", "d"] && !object.isEmpty && object["missing"] == nil)
        let member = try #require(object.member("k"))
        #expect(member.keyRange == marked["1️⃣"]..<(marked["1️⃣"] + 3))
        #expect(member.value.range.lowerBound == marked["2️⃣"])
        let elements = try #require(member.value.array)
        #expect(elements.count == 3 && elements.indices == 0..<3)
        #expect(elements[1].range.lowerBound == marked["3️⃣"] && elements[2].object?.isEmpty == true)
        #expect(try elements[0].int64() == 10 && object["n"]?.range.lowerBound == marked["4️⃣"])
        #expect(throws: JSONValueError.self) { try elements[1].int64() }
        let error = try #require(#expect(throws: JSONValueError.self) { try object["d"]?.double() })
        #expect(tape.diagnostic(for: error).code == "J121")
        #expect(tape.path == "t.json" && tape.source.text == marked.text)
    }

    @Test("deep nesting: the limit is J108, nesting at the limit is read and built without recursion")
    func deepNesting() throws {
        let deep = JSONParser.parseTape(String(repeating: "[", count: 100_000), path: "t.json")
        #expect(deep.tape == nil && deep.diagnostics.map(\.code) == ["J108"])
        let text = String(repeating: "[", count: 512) + "7" + String(repeating: "]", count: 512)
        let tape = try #require(JSONParser.parseTape(text, path: "t.json").tape)
        var value = tape.root
        for _ in 0..<512 { value = try #require(value.array?.first) }
        #expect(value.number?.lexeme == "7")
        // A tape has no nested values to free or compare, so a deeper limit costs it no stack; only its
        // views are walked here (a tree this deep would be freed and compared recursively).
        let limits = JSONLimits(maxDepth: 100_000)
        let deeper = String(repeating: "{\"a\":[", count: 20_000) + "0" + String(repeating: "]}", count: 20_000)
        let deepTape = try #require(JSONParser.parseTape(deeper, path: "t.json", limits: limits).tape)
        value = deepTape.root
        for _ in 0..<20_000 { value = try #require(value.object?["a"]?.array?.first) }
        #expect(value.number?.lexeme == "0" && deepTape.entryCount == 60_001)
    }

    @Test("limits apply to the tape as to the tree, and no limit lets a tape past its 32-bit offsets")
    func limits() {
        let limits = JSONLimits(maxStringBytes: 100, maxNumberLength: 10, maxDocumentBytes: 1000)
        for text in ["[\"" + String(repeating: "x", count: 101) + "\"]", "[12345678901]", "[" + String(repeating: "1,", count: 600) + "1]"]
        {
            let result = JSONParser.parseTape(text, path: "t.json", limits: limits)
            #expect(result.tape == nil && result.diagnostics.map(\.code) == ["J109"])
            JSONTapeChecks.expectAgree(Array(text.utf8), limits: limits)
        }
        #expect(JSONTape.maxDocumentBytes <= Int(UInt32.max))
        let unlimited = JSONLimits(maxDocumentBytes: .max)
        #expect(JSONParser.parseTape("[1]", path: "t.json", limits: unlimited).isValid)
    }

    /// A random valid document: nested arrays and objects of numbers, literals and strings with escapes.
    private static func randomDocument(using generator: inout SeededGenerator) -> String {
        let scalars = ["0", "-1", "2.5", "1e-9", "true", "false", "null", "\"\"", "\"é\\u00e9\"", "\"\\ud83c\\udf89\""]
        var text = ""
        var open: [Bool] = []
        var needsValue = true
        var count = 0
        while needsValue || !open.isEmpty {
            count += 1
            if needsValue {
                let choice = Int.random(in: 0..<10, using: &generator)
                if choice < 3 && open.count < 8 && count < 200 {
                    let isObject = choice == 0
                    text += isObject ? "{" : "["
                    open.append(isObject)
                    if isObject { text += "\"k\(count)\": " }
                    needsValue = true
                    continue
                }
                text += scalars.randomElement(using: &generator) ?? "0"
                needsValue = false
            } else if Bool.random(using: &generator) && count < 200, let isObject = open.last {
                text += isObject ? ", \"k\(count)\": " : ", "
                needsValue = true
            } else if let isObject = open.popLast() {
                text += isObject ? "}" : "]"
            }
        }
        return text
    }
}
