import Diagnostics
import TOML
import Testing

@Suite("Messages and how they render")
struct TOMLMessagesTests {
    /// One mistake of each kind.
    static let mistakes: [String] = [
        "a = 1\na = 2\n", "a = \"x\\qy\"\n", "a = \"open\n", "# \u{07}\n", "a = 012\n",
        "a = 99999999999999999999\n", "a = 24:00:00\n", "a = 2021-02-30\n", "a = 1\rb = 2\n", "[a]\n[a]\n",
        "[f]\na.b = 1\n[f.a]\n", "a = {}\n[a]\n", "[a.b]\nc = 1\n[a]\nb.d = 1\n", "a = 1\na.b = 2\n",
        "[[a]]\n[a]\n", "[a]\n[[a]]\n", "a = " + String(repeating: "[", count: 200), "a = { b = 1\n}\n",
        "a = { b = 1, }\n", "\"\"\"k\"\"\" = 1\n", "[[a.b]]\n[a]\nb.c = 1\n", "a b\n",
    ]

    @Test("messages are lowercase, end without a period and have a T1xx code", arguments: mistakes)
    func messageStyle(text: String) {
        let result = TOMLTestSupport.parse(text)
        #expect(!result.diagnostics.isEmpty)
        for diagnostic in result.diagnostics {
            #expect(diagnostic.code.count == 4 && diagnostic.code.hasPrefix("T1"), "\(diagnostic.code)")
            #expect(diagnostic.message.first?.isUppercase == false, "\(diagnostic.message)")
            #expect(diagnostic.message.last != ".", "\(diagnostic.message)")
            #expect(diagnostic.location != nil)
        }
    }

    @Test("each mistake has its own code")
    func codesAreDistinct() {
        let codes = Self.mistakes.compactMap { TOMLTestSupport.parse($0).diagnostics.first?.code }
        #expect(Set(codes).count == codes.count, "\(codes.sorted())")
    }

    @Test("the caret lands under the error after accented letters and emoji")
    func caretAfterMultibyteCharacters() {
        let result = TOMLTestSupport.parse("title = \"Zoë's 🎉 party\" oops\n")
        #expect(
            TOMLTestSupport.render(result) == """
                test.toml:1:25: error: expected a newline after a value, found 'oops' [T101]
                  |
                1 | title = "Zoë's 🎉 party" oops
                  |                          ^~~~
                1 error and 0 warnings

                """)
    }

    @Test("a duplicate key renders with a note at the first definition")
    func duplicateRendering() {
        let result = TOMLTestSupport.parse("[clp]\n\"näme\" = \"A\"\n\"näme\" = \"B\"\n")
        #expect(
            TOMLTestSupport.render(result) == """
                test.toml:3:1: error: duplicate key 'clp."näme"' [T110]
                  |
                3 | "näme" = "B"
                  | ^~~~~~
                test.toml:2:1: note: 'clp."näme"' first defined here
                  |
                2 | "näme" = "A"
                  | ^~~~~~
                1 error and 0 warnings

                """)
    }

    @Test(
        "the same mistake after a multi-byte line keeps its column",
        arguments: ["x = 0x\n", "x = [1,,]\n", "x = \"\\z\"\n", "[x]\n[x]\n", "x = 1999-02-29\n", "x = 1\nx = 2\n"])
    func multibytePrefix(text: String) throws {
        let prefix = "# Ünïcödé 👩‍👩‍👧 ✓\n"
        let plain = try #require(TOMLTestSupport.parse(text).diagnostics.first)
        let shiftedResult = TOMLTestSupport.parse(prefix + text)
        let shifted = try #require(shiftedResult.diagnostics.first)
        #expect(shifted.code == plain.code)
        #expect(shifted.message == plain.message)
        let offset = prefix.utf8.count
        #expect(shifted.location?.range == plain.location.map { ($0.range.lowerBound + offset)..<($0.range.upperBound + offset) })
        let store = SourceStore([shiftedResult.document.source])
        let plainStore = SourceStore([TOMLTestSupport.parse(text).document.source])
        let shiftedLocation = try #require(shifted.location.flatMap { store.location(of: $0) })
        let plainLocation = try #require(plain.location.flatMap { plainStore.location(of: $0) })
        #expect(shiftedLocation.line == plainLocation.line + 1)
        #expect(shiftedLocation.column == plainLocation.column)
    }

    @Test("diagnostics render as JSON with lines and columns")
    func jsonForm() {
        let result = TOMLTestSupport.parse("é = 1\n")
        let json = JSONDiagnosticRenderer(sources: SourceStore([result.document.source])).render(result.diagnostics)
        #expect(json.contains("\"code\": \"T101\""))
        #expect(json.contains("\"line\": 1"))
    }
}
