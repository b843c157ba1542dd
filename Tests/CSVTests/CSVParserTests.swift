import CSV
import Diagnostics
import TestSupport
import Testing

@Suite("CSV reader: records, fields and line ends")
struct CSVParserTests {
    /// The examples of RFC 4180, section 2, written here as test cases.
    static let rfc4180: [(String, [[String]])] = [
        ("aaa,bbb,ccc\r\nzzz,yyy,xxx\r\n", [["aaa", "bbb", "ccc"], ["zzz", "yyy", "xxx"]]),
        ("aaa,bbb,ccc\r\nzzz,yyy,xxx", [["aaa", "bbb", "ccc"], ["zzz", "yyy", "xxx"]]),
        ("field_name,field_name,field_name\r\naaa,bbb,ccc\r\n", [["field_name", "field_name", "field_name"], ["aaa", "bbb", "ccc"]]),
        ("aaa , bbb,ccc \r\n", [["aaa ", " bbb", "ccc "]]),
        ("\"aaa\",\"bbb\",\"ccc\"\r\nzzz,yyy,xxx", [["aaa", "bbb", "ccc"], ["zzz", "yyy", "xxx"]]),
        ("\"aaa\",\"b\r\nbb\",\"ccc\"\r\nzzz,yyy,xxx", [["aaa", "b\r\nbb", "ccc"], ["zzz", "yyy", "xxx"]]),
        ("\"aaa\",\"b\"\"bb\",\"ccc\"", [["aaa", "b\"bb", "ccc"]]),
    ]

    @Test("the examples of RFC 4180", arguments: rfc4180)
    func rfcExamples(text: String, expected: [[String]]) {
        #expect(CSVTestSupport.valid(text) == expected)
    }

    @Test("LF, CRLF and lone CR line ends, mixed in one file")
    func lineEnds() {
        let expected = [["a", "b"], ["1", "2"], ["3", "4"], ["5", "6"]]
        #expect(CSVTestSupport.valid("a,b\n1,2\n3,4\n5,6\n") == expected)
        #expect(CSVTestSupport.valid("a,b\r1,2\r3,4\r5,6") == expected)
        #expect(CSVTestSupport.valid("a,b\r\n1,2\n3,4\r5,6\r\n") == expected)
    }

    @Test("blank lines are skipped, wherever they are and however they end")
    func blankLines() {
        #expect(CSVTestSupport.valid("\n\r\na,b\n\n\r\r\n1,2\n\n") == [["a", "b"], ["1", "2"]])
        #expect(CSVTestSupport.valid("").isEmpty)
        #expect(CSVTestSupport.valid("\n\n\r\n").isEmpty)
    }

    @Test("empty fields: between commas, at either end, quoted, and a line of commas")
    func emptyFields() {
        #expect(CSVTestSupport.valid("a,b,c\n,,\n\"\",x,\"\"\n,\"\",") == [["a", "b", "c"], ["", "", ""], ["", "x", ""], ["", "", ""]])
        let result = CSVTestSupport.parse("a,b\n,\n1,2\n")
        #expect(result.document.rows.map(\.isEmpty) == [true, false])
    }

    @Test("a one-column file keeps a quoted empty field as a record")
    func oneColumn() {
        #expect(CSVTestSupport.valid("name\n\"\"\nx\n") == [["name"], [""], ["x"]])
    }

    @Test("a byte order mark is skipped, and offsets are still the file's")
    func byteOrderMark() {
        let text = "\u{FEFF}name,region\nAsh,North\n"
        #expect(CSVTestSupport.valid(text) == [["name", "region"], ["Ash", "North"]])
        let document = CSVTestSupport.parse(text).document
        let header = document.header
        #expect(header?.range == 3..<14)
        #expect(header?.fields.map(\.range) == [3..<7, 8..<14])
        #expect(document.rows.first.map { CSVTestSupport.slice(text, $0.fields[1].range) } == "North")
        // Only at the very start: later, U+FEFF is text.
        #expect(CSVTestSupport.valid("a\n\u{FEFF}b\n") == [["a"], ["\u{FEFF}b"]])
    }

    @Test("field and record ranges: quotes inside the field's range, line ends outside the record's")
    func ranges() throws {
        let text = "id,\"say \"\"hi\"\"\"\r\n7,\"a\nb\"\r\n"
        let document = CSVTestSupport.parse(text).document
        let header = try #require(document.header)
        #expect(CSVTestSupport.slice(text, header.range) == "id,\"say \"\"hi\"\"\"")
        #expect(header.fields.map(\.isQuoted) == [false, true])
        #expect(header.fields[1].text == "say \"hi\"")
        #expect(CSVTestSupport.slice(text, header.fields[1].range) == "\"say \"\"hi\"\"\"")
        let row = try #require(document.rows.first)
        #expect(CSVTestSupport.slice(text, row.range) == "7,\"a\nb\"")
        #expect(row.fields[1].text == "a\nb")
        #expect(CSVTestSupport.parse("a,,b").document.header?.fields[1].range == 2..<2)
    }

    @Test("multibyte text is kept as written, and columns count characters")
    func multibyte() {
        #expect(CSVTestSupport.valid("名前,地域\nZoë,Ōita 🎉\n") == [["名前", "地域"], ["Zoë", "Ōita 🎉"]])
        #expect(CSVTestSupport.located("名前,地域\n🎉,x\"\n") == ["D101 2:4"])
    }

    @Test("a String and its bytes read the same")
    func stringAndBytes() {
        let text = "a,\"b\nc\"\n1,2"
        let fromString = CSVParser.parse(text, path: "x.csv").document.records
        let fromBytes = CSVParser.parse(bytes: Array(text.utf8), path: "x.csv").document.records
        #expect(fromString == fromBytes)
        #expect(CSVParser.parse(text, path: "x.csv").document.path == "x.csv")
    }
}
