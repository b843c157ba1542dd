import CSV
import Diagnostics
import TestSupport
import Testing

@Suite("CSV reader: errors, located to the line and column")
struct CSVParserErrorsTests {
    @Test("invalid UTF-8 is reported at each bad sequence, and later offsets still line up")
    func invalidUTF8() {
        // "a,b\n" then "Zo\xEB,\xC3(\n" (Latin-1 ë, a cut-short sequence) then "x,\"y"
        let bytes: [UInt8] = Array("a,b\nZo".utf8) + [0xEB, 0x2C, 0xC3, 0x28, 0x0A] + Array("x,y\"\n".utf8)
        let found = CSVTestSupport.diagnostics(bytes: bytes)
        #expect(found.map(\.code) == ["D100", "D100", "D101"])
        #expect(found.map { $0.location?.range } == [6..<7, 8..<9, 14..<15])
        #expect(found.first?.message == "invalid UTF-8 byte 0xEB; save the file as 'CSV UTF-8'")
        let result = CSVTestSupport.parse(bytes: bytes)
        #expect(result.document.records.map(\.texts) == [["a", "b"], ["Zo?", "?("], ["x", "y\""]])
        #expect(result.source.text.utf8.count == bytes.count)
        let rendered = CSVTestSupport.render(result)
        #expect(rendered.contains("test.csv:2:3: error: invalid UTF-8 byte 0xEB"), "\(rendered)")
    }

    @Test("a UTF-16 file is one D100 at its start, and is not read")
    func utf16() {
        let bytes: [UInt8] = [0xFF, 0xFE, 0x61, 0x00, 0x0A, 0x00]
        let found = CSVTestSupport.diagnostics(bytes: bytes)
        #expect(found.map(\.code) == ["D100"])
        #expect(found.first?.location?.range == 0..<2)
        #expect(CSVTestSupport.parse(bytes: bytes).document.records.isEmpty)
    }

    @Test("a quote inside an unquoted field: D101 at the quote, once per field, the quote kept")
    func quoteInUnquotedField() {
        #expect(CSVTestSupport.located("name,size\nTV,5\" screen\nx,a\"b\"c\n") == ["D101 2:5", "D101 3:4"])
        let result = CSVTestSupport.parse("name,size\nTV,5\" screen\n")
        #expect(result.document.rows.first?.texts == ["TV", "5\" screen"])
    }

    @Test("text after a closing quote: D102 at the first character after it, the text kept")
    func textAfterClosingQuote() {
        #expect(CSVTestSupport.located("a,b\n\"x\"y,2\n1,\"q\" \n") == ["D102 2:4", "D102 3:6"])
        let result = CSVTestSupport.parse("a,b\n\"x\"y,2\n")
        #expect(result.document.rows.first?.texts == ["xy", "2"])
        #expect(result.document.rows.first?.fields.first?.range == 4..<8)
    }

    @Test("an unterminated quoted field: D103 at the opening quote; the next lines are still read")
    func unterminatedQuote() {
        let text = "name,region\nAsh,North\n\"Bo,South\nCy,East\n"
        let found = CSVTestSupport.diagnostics(bytes: Array(text.utf8))
        #expect(found.map(\.code) == ["D103"])
        #expect(found.first?.location?.range == 22..<23)
        #expect(CSVTestSupport.located(text) == ["D103 3:1"])
        let records = CSVTestSupport.parse(text).document.records.map(\.texts)
        #expect(records == [["name", "region"], ["Ash", "North"], ["Bo", "South"], ["Cy", "East"]])
        #expect(CSVTestSupport.located("a,b\n1,\"") == ["D103 2:3"])
        #expect(CSVTestSupport.located("a\n\"x\"\"") == ["D103 2:1"])
    }

    @Test("a record with a different number of fields than the header: D104, an error, with a note at the header")
    func fieldCount() throws {
        let text = "name,region,size\nAsh,North\nBo,South,3,extra,more\nCy,East,4\n"
        let found = CSVTestSupport.diagnostics(bytes: Array(text.utf8))
        #expect(found.map(\.code) == ["D104", "D104"])
        #expect(found.allSatisfy { $0.severity == .error })
        #expect(CSVTestSupport.located(text) == ["D104 2:10", "D104 3:11"])
        let short = try #require(found.first)
        #expect(short.message == "this record has 2 fields but the header has 3; a field is missing")
        #expect(short.location?.range.isEmpty == true)
        #expect(short.notes.first?.location?.range == 0..<16)
        let long = try #require(found.last)
        #expect(long.message == "this record has 5 fields but the header has 3; there is a field too many")
        #expect(CSVTestSupport.slice(text, try #require(long.location?.range)) == ",extra,more")
        // The records are kept as written, so a caller can still read what is there.
        #expect(CSVTestSupport.parse(text).document.rows.map(\.fields.count) == [2, 5, 3])
        #expect(CSVTestSupport.located("a,b\n1,2,\n") == ["D104 2:4"])
    }

    @Test("each error is located on its own line of a file with mixed line ends")
    func mixedLineEnds() {
        let text = "a,b\r\n1,x\"\r2,\"y\"z\n\"3,4\r\n"
        #expect(CSVTestSupport.located(text) == ["D101 2:4", "D102 3:6", "D103 4:1"])
    }

    @Test("the rendered diagnostic shows file, line, column and caret")
    func rendered() {
        let result = CSVTestSupport.parse("name,region\nAsh\n")
        let rendered = CSVTestSupport.render(result)
        #expect(rendered.contains("test.csv:2:4: error: this record has 1 field but the header has 2"), "\(rendered)")
        #expect(rendered.contains("[D104]"), "\(rendered)")
    }
}

@Suite("CSV reader: errors on the first line after a byte order mark")
struct CSVByteOrderMarkErrorTests {
    @Test("an error on the first line is located by file offset, the mark counted in bytes")
    func afterTheMark() throws {
        let text = "\u{FEFF}na\"me,region\n"
        let found = CSVTestSupport.diagnostics(bytes: Array(text.utf8))
        #expect(found.map(\.code) == ["D101"])
        let location = SourceLocationConverter(text: text).location(of: try #require(found.first?.location).range.lowerBound)
        // The byte column counts the mark's three bytes. (The character column counts the mark as one
        // character, as it does for TOML and JSON files: `SourceLocationConverter`'s choice, not the reader's.)
        #expect(location.line == 1 && location.utf8Column == 6)
    }
}

@Suite("CSV reader: rendered diagnostics")
struct CSVRenderedDiagnosticsTests {
    @Test("a roster with a short record and an open quote renders as the compiler would")
    func wholeOutput() {
        let result = CSVTestSupport.parse("CLP name,region\nEastbrook\n\"Westfield,South\n")
        #expect(
            CSVTestSupport.render(result) == """
                test.csv:2:10: error: this record has 1 field but the header has 2; a field is missing [D104]
                  |
                2 | Eastbrook
                  |          ^
                test.csv:1:1: note: the header is here
                  |
                1 | CLP name,region
                  | ^~~~~~~~~~~~~~~
                test.csv:3:1: error: this quoted field has no closing '"'; it runs to the end of the file [D103]
                  |
                3 | "Westfield,South
                  | ^
                2 errors and 0 warnings

                """)
    }
}
