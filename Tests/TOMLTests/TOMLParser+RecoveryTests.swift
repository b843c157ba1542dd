import Diagnostics
import TOML
import TestSupport
import Testing

@Suite("Error recovery: one diagnostic per mistake, and reading goes on")
struct TOMLParserRecoveryTests {
    @Test("three bad lines give three diagnostics, and the good lines are kept")
    func threeErrors() {
        let source = MarkedText(
            """
            a = 1
            b = 1️⃣= 2
            c = "kept"
            d = 2️⃣0x
            e = [1, 2,3️⃣, 3]
            f = true

            """)
        let result = TOMLTestSupport.parse(source.text)
        #expect(result.diagnostics.map(\.code) == ["T101", "T105", "T101"])
        #expect(
            result.diagnostics.compactMap(\.location?.range.lowerBound) == [
                source.offset("1️⃣"), source.offset("2️⃣"), source.offset("3️⃣"),
            ])
        #expect(result.document.root.keys == ["a", "c", "f"])
    }

    @Test("a missing ']' is reported once, and the next line is read as a statement")
    func missingBracket() throws {
        let source = MarkedText(
            """
            1️⃣forums = ["womens_forum", "bame_forum"
            2️⃣year = 2026
            [clp]
            name = "Anytown"

            """)
        let result = TOMLTestSupport.parse(source.text)
        let error = try #require(result.diagnostics.first)
        #expect(result.diagnostics.count == 1)
        #expect(error.location?.range.lowerBound == source.offset("2️⃣"))
        #expect(error.notes.first?.message == "the array starts here")
        #expect(error.notes.first?.location?.range.lowerBound == source.offset("1️⃣") + 9)
        #expect(result.document.root["year"]?.integer == 2026)
        #expect(TOMLTestSupport.value(result.document.root, "clp.name")?.string == "Anytown")
    }

    @Test("an unclosed array before a header stops at the header")
    func unclosedArrayBeforeHeader() {
        let result = TOMLTestSupport.parse("list = [1, 2\n[table]\nkey = 1\n")
        #expect(result.diagnostics.count == 1)
        #expect(TOMLTestSupport.value(result.document.root, "table.key")?.integer == 1)
    }

    @Test("a bad element inside a multi-line array skips to the array's end")
    func badElementInMultilineArray() {
        let result = TOMLTestSupport.parse(
            """
            list = [
              1,
              2x,
              "a ] in a string",
              [3, 4],
            ]
            after = true

            """)
        #expect(result.diagnostics.map(\.code) == ["T105"])
        #expect(result.document.root["after"]?.boolean == true)
    }

    @Test("an inline table written over several lines gives one error")
    func multilineInlineTable() {
        let result = TOMLTestSupport.parse(
            """
            point = {
              x = 1,
              y = 2
            }
            after = true

            """)
        #expect(result.diagnostics.map(\.code) == ["T119"])
        #expect(result.document.root["after"]?.boolean == true)
    }

    @Test("an unterminated string is one error and the next line is read")
    func unterminatedString() {
        let result = TOMLTestSupport.parse("a = \"open\nb = 2\n")
        #expect(result.diagnostics.map(\.code) == ["T102"])
        #expect(result.document.root["b"]?.integer == 2)
    }

    @Test("after too many errors reading stops with one note")
    func tooManyErrors() {
        let text = String(repeating: "= bad\n", count: 500)
        let result = TOMLTestSupport.parse(text)
        #expect(result.diagnostics.filter { $0.severity == .error }.count == TOMLParser.maxErrors)
        let last = result.diagnostics.filter { $0.code == "T122" }
        #expect(last.count == 1)
        #expect(last.first?.severity == .note)
        #expect(last.first?.message == "too many errors; stopped reading after 100")
    }

    @Test("errors on a line with invalid UTF-8 are not added to the encoding error")
    func encodingErrorsDoNotCascade() {
        let bytes = Array("ok = 1\n".utf8) + [0xFF, 0xFE] + Array(" = 1\nnext = [\n".utf8)
        let result = TOMLTestSupport.parse(bytes: bytes)
        #expect(result.diagnostics.map(\.code) == ["T100", "T101"])
    }
}
