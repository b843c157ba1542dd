import Diagnostics
import Testing

@Suite struct SourceLocationConverterTests {
    @Test func linesAndColumnsAreOneBased() {
        let converter = SourceLocationConverter(text: "ab\ncd\r\nef")
        #expect(converter.lineCount == 3)
        #expect(converter.location(of: 0) == SourceLocation(line: 1, column: 1, utf8Column: 1))
        #expect(converter.location(of: 4) == SourceLocation(line: 2, column: 2, utf8Column: 2))
        #expect(converter.location(of: 7) == SourceLocation(line: 3, column: 1, utf8Column: 1))
        #expect(converter.lineText(1) == "cd")
    }

    @Test func columnsCountCharactersNotBytes() {
        // "é" is 2 bytes, the family emoji is 25 bytes and one Character.
        let text = "name = \"é👨‍👩‍👧‍👦\" x"
        let converter = SourceLocationConverter(text: text)
        let offset = text.utf8.count - 1
        let location = converter.location(of: offset)
        #expect(location.column == 13)
        #expect(location.utf8Column == offset + 1)
    }

    @Test func offsetsPastTheEndClamp() {
        let converter = SourceLocationConverter(text: "a\n")
        #expect(converter.location(of: 99).line == 2)
        #expect(converter.location(of: -5) == SourceLocation(line: 1, column: 1, utf8Column: 1))
    }
}
