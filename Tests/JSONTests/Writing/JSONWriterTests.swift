import Diagnostics
import JSON
import TestSupport
import Testing

@Suite("Writing JSON: deterministic and readable back")
struct JSONWriterTests {
    static let sample = #"{"b": [1, -0.5e+3, "x\ty", null], "a": {"é": true, "z": false}, "c": {}, "d": []}"#

    @Test("compact output keeps member order and lexemes")
    func compact() throws {
        let root = try #require(JSONTestSupport.valid(Self.sample))
        #expect(try JSONWriter().write(root) == #"{"b":[1,-0.5e+3,"x\ty",null],"a":{"é":true,"z":false},"c":{},"d":[]}"#)
    }

    @Test("indented output with sorted keys")
    func indentedSorted() throws {
        let root = try #require(JSONTestSupport.valid(Self.sample))
        let text = try JSONWriter(layout: .indented, keyOrder: .sorted).write(root)
        #expect(
            text == """
                {
                  "a": {
                    "z": false,
                    "é": true
                  },
                  "b": [
                    1,
                    -0.5e+3,
                    "x\\ty",
                    null
                  ],
                  "c": {},
                  "d": []
                }
                """)
    }

    @Test("sorting keeps members with the same key in their stored order")
    func stableSort() throws {
        let root = try #require(
            JSONParser.parse(#"{"b": 1, "a": 2, "b": 3}"#, path: "t.json", duplicateKeys: .keep).document?.root)
        #expect(try JSONWriter(keyOrder: .sorted).write(root) == #"{"a":2,"b":1,"b":3}"#)
    }

    @Test("strings escape quotes, backslashes, controls and invisible characters")
    func escaping() throws {
        let node = JSONNode(.string("\"\\\u{0}\u{1F}\u{7F}\u{202E}\u{2028}é🎉/"), range: 0..<0)
        #expect(try JSONWriter().write(node) == #""\"\\\u0000\u001f\u007f\u202e\u2028é🎉/""#)
    }

    @Test("every ASCII character, alone and inside plain text, writes as itself or its escape")
    func everyASCIICharacter() throws {
        let named: [UInt8: String] = [
            0x22: #"\""#, 0x5C: #"\\"#, 0x0A: #"\n"#, 0x0D: #"\r"#, 0x09: #"\t"#, 0x08: #"\b"#, 0x0C: #"\f"#,
        ]
        for byte in UInt8(0)...UInt8(0x7F) {
            let character = String(UnicodeScalar(byte))
            let hex = String(byte, radix: 16)
            let expected =
                named[byte]
                ?? (byte < 0x20 || byte == 0x7F ? #"\u"# + String(repeating: "0", count: 4 - hex.count) + hex : character)
            for (before, after) in [("", ""), ("plain ", " text")] {
                let node = JSONNode(.string(before + character + after), range: 0..<0)
                #expect(try JSONWriter().write(node) == "\"" + before + expected + after + "\"", "byte \(byte)")
            }
        }
    }

    @Test("values built in code write as canonical JSON")
    func builtValues() throws {
        let object = JSONObject([
            JSONMember(key: "n", keyRange: 0..<0, value: JSONNode(.number(JSONNumber(Int64(7))), range: 0..<0)),
            JSONMember(
                key: "f", keyRange: 0..<0, value: JSONNode(.number(JSONNumber(0.1) ?? JSONNumber(0)), range: 0..<0)),
        ])
        #expect(try JSONWriter().write(JSONNode(.object(object), range: 0..<0)) == #"{"n":7,"f":0.1}"#)
    }

    @Test("a value nested deeper than the reader accepts is refused with J201")
    func tooDeep() {
        var node = JSONNode(.null, range: 0..<0)
        for _ in 0..<600 { node = JSONNode(.array([node]), range: 0..<0) }
        do {
            _ = try JSONWriter().write(node)
            Issue.record("wrote 600 levels")
        } catch {
            #expect(error.diagnostic(at: nil).code == "J201")
        }
    }

    @Test("seeded random values write, read back as the same text, and write the same bytes again")
    func roundTrip() throws {
        var generator = SeededGenerator(seed: 2026)
        for _ in 0..<300 {
            let node = Self.randomNode(depth: 0, using: &generator)
            for writer in [JSONWriter(), JSONWriter(layout: .indented, keyOrder: .sorted)] {
                let text = try writer.write(node)
                let again = JSONParser.parse(text, path: "r.json", duplicateKeys: .keep)
                #expect(again.isValid, "\(JSONTestSupport.render(again))")
                let root = try #require(again.document?.root)
                #expect(try writer.write(root) == text)
                if writer.keyOrder == .asStored { #expect(Self.sameContent(root, node)) }
            }
        }
    }

    static let texts = ["", "a", "é", "\u{0}", "\n\t\"\\", "\u{202E}x", "🎉", "\u{FFFF}", "[1]", "}\"{"]

    static func randomNode(depth: Int, using generator: inout SeededGenerator) -> JSONNode {
        let choice = Int.random(in: 0..<(depth > 4 ? 5 : 7), using: &generator)
        let kind: JSONNode.Kind
        switch choice {
        case 0: kind = .null
        case 1: kind = .bool(Bool.random(using: &generator))
        case 2: kind = .number(JSONNumber(Int64.random(in: Int64.min...Int64.max, using: &generator)))
        case 3: kind = .number(JSONNumber(Double.random(in: -1e300...1e300, using: &generator)) ?? JSONNumber(0))
        case 4: kind = .string(texts.randomElement(using: &generator) ?? "")
        case 5:
            kind = .array(
                (0..<Int.random(in: 0..<4, using: &generator)).map { _ in
                    randomNode(depth: depth + 1, using: &generator)
                })
        default:
            kind = .object(
                JSONObject(
                    (0..<Int.random(in: 0..<4, using: &generator)).map { _ in
                        JSONMember(
                            key: texts.randomElement(using: &generator) ?? "", keyRange: 0..<0,
                            value: randomNode(depth: depth + 1, using: &generator))
                    }))
        }
        return JSONNode(kind, range: 0..<0)
    }

    /// Equal values, ignoring ranges.
    static func sameContent(_ a: JSONNode, _ b: JSONNode) -> Bool {
        switch (a.kind, b.kind) {
        case (.array(let x), .array(let y)): x.count == y.count && zip(x, y).allSatisfy { sameContent($0, $1) }
        case (.object(let x), .object(let y)):
            x.count == y.count
                && zip(x.members, y.members).allSatisfy { $0.key == $1.key && sameContent($0.value, $1.value) }
        default: a.kind == b.kind
        }
    }

    @Test(
        "a streamed member is written as the same array in place would be",
        arguments: [JSONWriter.Layout.compact, .indented], ["b", "d", "c", "absent"])
    func streamedMember(layout: JSONWriter.Layout, key: String) throws {
        let root = try #require(JSONTestSupport.valid(Self.sample))
        guard case .object(let object) = root.kind else { throw Unexpected() }
        let elements = try #require(JSONTestSupport.valid(#"[{"x": [1, {}]}, "two", [], 3]"#))
        guard case .array(let items) = elements.kind else { throw Unexpected() }
        for writer in [JSONWriter(layout: layout), JSONWriter(layout: layout, keyOrder: .sorted)] {
            for streamed in [items, []] {
                // The member's stored value is replaced whatever it was: an array, an object, or nothing.
                var expected = object
                for (index, member) in expected.members.enumerated() where member.key == key {
                    expected.members[index].value = JSONNode(.array(streamed), range: 0..<0)
                }
                let whole = try writer.write(JSONNode(.object(expected), range: root.range))
                #expect(try writer.write(root, streamingMember: key, elements: streamed.lazy.map { $0 }) == whole)
            }
        }
    }

    @Test("a streamed member deeper than the limit is refused, as the same tree is")
    func streamedMemberDepth() throws {
        let root = try #require(JSONTestSupport.valid(#"{"list": []}"#))
        let deep = try #require(JSONTestSupport.valid(#"[[[1]]]"#))
        let whole = try #require(JSONTestSupport.valid(#"{"list": [[[[1]]]]}"#))
        // Five containers deep: the object, the list and the element's three arrays.
        #expect(throws: JSONWriteError.self) { try JSONWriter(maxDepth: 4).write(whole) }
        #expect(throws: JSONWriteError.self) {
            try JSONWriter(maxDepth: 4).write(root, streamingMember: "list", elements: [deep])
        }
        #expect(
            try JSONWriter(maxDepth: 5).write(root, streamingMember: "list", elements: [deep])
                == JSONWriter(maxDepth: 5).write(whole))
    }

    @Test("a streamed member is handed over in pieces cut between elements, which join to the whole text")
    func streamedMemberInPieces() throws {
        let root = try #require(JSONTestSupport.valid(#"{"a": 1, "list": [], "z": "end"}"#))
        let elements = (0..<50).map { JSONNode(.string("element \($0) <\u{1B}>"), range: 0..<0) }
        let writer = JSONWriter(layout: .indented)
        let whole = try writer.write(root, streamingMember: "list", elements: elements)
        var pieces: [String] = []
        try writer.write(root, streamingMember: "list", elements: elements, pieceSize: 100) { pieces.append($0) }
        #expect(pieces.joined() == whole)
        #expect(pieces.count > 5)
        // Every piece but the last ends just after an element (its closing quote), none much over the size.
        #expect(pieces.dropLast().allSatisfy { $0.hasSuffix("\"") && $0.utf8.count < 100 + 40 })
    }

    private struct Unexpected: Error {}
}
