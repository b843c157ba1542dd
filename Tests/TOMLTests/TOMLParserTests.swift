import Diagnostics
import TOML
import Testing

@Suite("The document: encoding, line endings, comments, hostile input")
struct TOMLParserTests {
    @Test("empty and blank documents are valid")
    func emptyDocuments() {
        for text in ["", "\n", "   \t\n\r\n", "# only a comment", "\u{FEFF}"] {
            #expect(TOMLTestSupport.valid(text).isEmpty)
        }
    }

    @Test("a byte order mark is skipped and offsets still count it")
    func byteOrderMark() {
        let root = TOMLTestSupport.valid("\u{FEFF}name = \"x\"\n")
        #expect(root.entry("name")?.keyRange == 3..<7)
    }

    @Test("CRLF line endings work; a bare carriage return does not")
    func lineEndings() {
        let root = TOMLTestSupport.valid("a = 1\r\n[t]\r\nb = [\r\n 2,\r\n]\r\n# comment\r\n")
        #expect(TOMLTestSupport.value(root, "t.b")?.array?.count == 1)
        TOMLTestSupport.singleError("a = 1\rb = 2\n", code: "T109", at: 5)
    }

    @Test("comments may hold any text but control characters")
    func comments() {
        _ = TOMLTestSupport.valid("# Ünïcödé, \"quotes\", tabs\t and emoji 🎉\nx = 1 # trailing\n")
        TOMLTestSupport.singleError("# bell \u{07} here\n", code: "T104", at: 7)
        TOMLTestSupport.singleError("x = 1 # delete \u{7F}\n", code: "T104", at: 15)
    }

    @Test("the source text is kept for excerpts")
    func sourceKept() {
        let result = TOMLTestSupport.parse("a = 1\n")
        #expect(result.document.source == SourceFile(path: "test.toml", text: "a = 1\n"))
        #expect(result.document.span(0..<1) == SourceSpan(file: "test.toml", range: 0..<1))
    }

    @Test("invalid UTF-8 is reported at the byte where the bad sequence starts")
    func invalidUTF8() throws {
        // "naïve = 'caf" then a lone 0xE9 (Latin-1 é), then a good line.
        var bytes = Array("naïve = \"caf".utf8)
        let badOffset = bytes.count
        bytes += [0xE9] + Array("\"\nok = 1\n".utf8)
        let result = TOMLTestSupport.parse(bytes: bytes)
        let error = try #require(result.diagnostics.first)
        #expect(result.diagnostics.count == 1)
        #expect(error.code == "T100")
        #expect(error.message == "invalid UTF-8 byte 0xE9; TOML files must be UTF-8 encoded")
        #expect(error.location?.range == badOffset..<(badOffset + 1))
        #expect(result.document.root["ok"]?.integer == 1)
        // Excerpts show a '?' so every later offset still lines up.
        #expect(Array(result.document.source.text.utf8).count == bytes.count)
    }

    @Test(
        "ill-formed sequences of every kind",
        arguments: [
            [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x80], [0xFF], [0xF8, 0x88],
        ] as [[UInt8]])
    func illFormed(sequence: [UInt8]) {
        let bytes = Array("# ".utf8) + sequence + Array("\nx = 1\n".utf8)
        let result = TOMLTestSupport.parse(bytes: bytes)
        #expect(result.diagnostics.map(\.code) == ["T100"])
        #expect(result.diagnostics.first?.location?.range.lowerBound == 2)
        #expect(result.document.root["x"]?.integer == 1)
    }

    @Test("NUL bytes are located errors")
    func nulBytes() {
        TOMLTestSupport.singleError("a = \"x\u{0}y\"\n", code: "T104", at: 6)
        TOMLTestSupport.singleError("\u{0} = 1\n", code: "T101", at: 0)
        TOMLTestSupport.singleError("a = 1\u{0}\n", code: "T101", at: 5)
        let error = TOMLTestSupport.singleError("\u{0}", code: "T101", at: 0)
        #expect(error?.message == "expected a key, found NUL (U+0000)")
    }

    @Test("100,000 opening brackets give one located diagnostic, not a stack overflow")
    func deepArrays() {
        let text = "a = " + String(repeating: "[", count: 100_000)
        let error = TOMLTestSupport.singleError(text, code: "T118", at: 4 + TOMLParser.maxDepth)
        #expect(error?.message == "nesting is too deep; tables and arrays may be nested at most 128 levels")
        TOMLTestSupport.singleError(String(repeating: "[", count: 100_000), code: "T101", at: 2)
    }

    @Test("nesting at the limit is fine; one more level is not", arguments: ["[", "{ a = "])
    func nestingLimit(open: String) {
        let close = open == "[" ? "]" : "}"
        let levels = TOMLParser.maxDepth - 1
        let atLimit = "x = " + String(repeating: open, count: levels) + "1" + String(repeating: close, count: levels)
        let accepted = TOMLTestSupport.parse(atLimit + "\n")
        #expect(accepted.isValid, "\(TOMLTestSupport.render(accepted))")
        let tooDeep = "x = " + String(repeating: open, count: levels + 1) + "1" + String(repeating: close, count: levels + 1)
        #expect(TOMLTestSupport.errors(tooDeep).map(\.code) == ["T118"])
    }

    @Test("deep dotted keys and headers are limited too")
    func deepKeys() {
        let key = Array(repeating: "k", count: 50_000).joined(separator: ".")
        #expect(TOMLTestSupport.errors(key + " = 1\n").map(\.code) == ["T118"])
        #expect(TOMLTestSupport.errors("[" + key + "]\n").map(\.code) == ["T118"])
        #expect(TOMLTestSupport.errors("[[" + key + "]]\n").map(\.code) == ["T118"])
        #expect(TOMLTestSupport.errors("x = [{" + key + " = 1}]\n").map(\.code) == ["T118"])
    }

    @Test("every prefix of a document parses without crashing, with located diagnostics")
    func truncatedInput() {
        let document = Array(
            """
            # Anytown CLP
            [clp]
            name = "Anytown \\u00E9 and District"
            intro = \"\"\"
            Line one \\
              continues.\"\"\"
            founded = 1979-05-27T07:32:00-08:00
            members = [ 1, 0x1F, 3.5e2, { a = 'x' } ]
            [[officers]]
            post = 'chair'

            """.utf8)
        for length in 0...document.count {
            let result = TOMLTestSupport.parse(bytes: Array(document[0..<length]))
            TOMLTestSupport.checkLocations(result, byteCount: length)
        }
    }

    @Test("seeded binary garbage never crashes and every error is located")
    func garbage() {
        var random = SplitMix64(seed: 2026)
        let alphabet = Array("[]{}=\"'.,#\n\r\t 0123456789abcdefxeEtrunfalsinT:Z+-_\\u\u{0}".utf8)
        for round in 0..<300 {
            let length = Int(random.next() % 400)
            let bytes: [UInt8] = (0..<length).map { _ in
                round % 2 == 0 ? UInt8(truncatingIfNeeded: random.next()) : alphabet[Int(random.next() % UInt64(alphabet.count))]
            }
            let result = TOMLTestSupport.parse(bytes: bytes)
            TOMLTestSupport.checkLocations(result, byteCount: bytes.count)
            _ = TOMLTestSupport.render(result)
        }
    }

    @Test("pathological inputs take linear time", .timeLimit(.minutes(1)))
    func pathologicalInputs() {
        // One 2 MB line of bytes that are never valid UTF-8: one diagnostic for the line.
        let binary = TOMLTestSupport.parse(bytes: [UInt8](repeating: 0xFF, count: 2_000_000))
        #expect(binary.diagnostics.map(\.code) == ["T100"])
        // A long comment full of control characters on a line that also has invalid UTF-8.
        let controls = Array("# ".utf8) + [0xC3] + [UInt8](repeating: 0x07, count: 300_000) + Array("\nx = 1\n".utf8)
        let mixed = TOMLTestSupport.parse(bytes: controls)
        #expect(mixed.diagnostics.map(\.code) == ["T100"])
        #expect(mixed.document.root["x"]?.integer == 1)
        // The same without the invalid byte stops at the error limit.
        let capped = TOMLTestSupport.parse(bytes: Array(controls[0..<2]) + Array(controls[3...]))
        #expect(capped.diagnostics.count == TOMLParser.maxErrors + 1)
        // Many lines, each with invalid UTF-8.
        let lines = [UInt8]((0..<200_000).flatMap { _ in [0xFE, UInt8(ascii: "\n")] })
        #expect(TOMLTestSupport.parse(bytes: lines).diagnostics.count == TOMLParser.maxErrors + 1)
        // A very long table header path and a very long key are each one error.
        let header = "[" + String(repeating: "a.", count: 200_000) + "a]\n"
        #expect(TOMLTestSupport.errors(header).count == 1)
        // Unclosed arrays, one per line: each line is its own mistake, up to the error limit.
        #expect(TOMLTestSupport.errors(String(repeating: "a = [\n", count: 100_000)).count == TOMLParser.maxErrors)
        // Unclosed arrays of values: one error, then the end of the file.
        #expect(TOMLTestSupport.errors("a = [\n" + String(repeating: "1,\n", count: 200_000)).count == 1)
    }

    @Test("a huge line is read in full")
    func hugeLine() {
        let long = String(repeating: "x", count: 2_000_000)
        let root = TOMLTestSupport.valid("big = \"\(long)\"\nafter = 1\n")
        #expect(root["big"]?.string?.utf8.count == 2_000_000)
        #expect(root["after"]?.integer == 1)
    }
}

/// A small seeded generator for reproducible random input.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}

extension TOMLTestSupport {
    /// Every diagnostic and note points inside the input; invalid input has at least one located error.
    static func checkLocations(
        _ result: TOMLParseResult, byteCount: Int, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        for diagnostic in result.diagnostics {
            let locations = [diagnostic.location] + diagnostic.notes.map(\.location)
            for case let location? in locations {
                #expect(location.range.lowerBound >= 0, sourceLocation: sourceLocation)
                #expect(location.range.upperBound <= byteCount, "\(diagnostic.message)", sourceLocation: sourceLocation)
            }
        }
        if !result.isValid {
            #expect(result.diagnostics.contains { $0.severity == .error && $0.location != nil }, sourceLocation: sourceLocation)
        }
    }
}
