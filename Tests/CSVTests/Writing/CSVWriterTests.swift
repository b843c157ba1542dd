import CSV
import Testing

@Suite("CSV writer: quoting, numbers, line ends and formula neutralisation")
struct CSVWriterTests {
    let plain = CSVWriter(lineEnding: .lf, byteOrderMark: false)

    @Test("CRLF line ends and a byte order mark by default; LF and no mark when asked")
    func defaults() {
        let rows: [[CSVCell]] = [[.text("a"), .text("b")], [.integer(1), .empty]]
        #expect(CSVWriter().write(rows) == "\u{FEFF}a,b\r\n1,\r\n")
        #expect(plain.write(rows) == "a,b\n1,\n")
        #expect(
            plain.write(header: ["CLP", "members"], rows: [[.text("Eastbrook"), .integer(120)]])
                == "CLP,members\nEastbrook,120\n")
        #expect(plain.write([]) == "")
    }

    /// Text and the field it is written as.
    static let quoting: [(String, String)] = [
        ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("two\nlines", "\"two\nlines\""),
        ("cr\rhere", "\"cr\rhere\""), ("crlf\r\n", "\"crlf\r\n\""), ("tab\tinside", "tab\tinside"),
        ("bell\u{7}", "\"bell\u{7}\""), ("esc\u{1B}[31m", "\"esc\u{1B}[31m\""), ("nul\u{0}", "\"nul\u{0}\""),
        ("del\u{7F}", "\"del\u{7F}\""), ("c1\u{85}", "\"c1\u{85}\""), (" leading", "\" leading\""),
        ("trailing ", "\"trailing \""), ("\u{FEFF}mark", "\"\u{FEFF}mark\""), ("Zoë 🎉", "Zoë 🎉"), ("", ""), ("'quoted", "'quoted"),
    ]

    @Test("RFC 4180 quoting: commas, quotes, line ends and other controls quoted, quotes doubled", arguments: quoting)
    func quotes(text: String, written: String) {
        #expect(CSVWriter.field(.text(text)) == written)
    }

    /// A text cell starting with each character a spreadsheet reads as a formula, and what is written.
    static let formulas: [(String, String)] = [
        ("=1+1", "'=1+1"), ("+1", "'+1"), ("-1", "'-1"), ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"), ("\rx", "\"'\rx\""), ("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""),
        ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"), ("-", "'-"), ("=", "'="),
    ]

    @Test("a text cell that would run as a formula is written with a ' in front", arguments: formulas)
    func formulaNeutralisation(text: String, written: String) {
        #expect(CSVWriter.field(.text(text)) == written)
        #expect(CSVWriter.neutralised(text) == "'" + text)
        // What a reader reads back is the neutralised text, which a spreadsheet shows as text.
        let read = CSVTestSupport.valid(plain.write([[.text(text), .text("x")]]))
        #expect(read == [["'" + text, "x"]])
    }

    @Test("only the first character triggers; others are left alone")
    func notFormulas() {
        for text in ["a=1", "1+1", "x-y", "mail@example.org", " =1", "'=1", "１", "Ｘ"] {
            #expect(CSVWriter.neutralised(text) == text, "\(text)")
        }
    }

    @Test("numbers are written as numbers, negative ones too, never neutralised")
    func numbers() throws {
        #expect(CSVWriter.field(.integer(-42)) == "-42")
        #expect(CSVWriter.field(.integer(.min)) == "-9223372036854775808")
        #expect(CSVWriter.field(.integer(.max)) == "9223372036854775807")
        #expect(CSVWriter.field(.number(CSVNumber(1250, scale: 2))) == "12.50")
        #expect(CSVWriter.field(.number(CSVNumber(-5, scale: 2))) == "-0.05")
        #expect(CSVWriter.field(.number(CSVNumber(-7, scale: 0))) == "-7")
        #expect(CSVNumber(.min, scale: 18).text == "-9.223372036854775808")
        #expect(CSVNumber(3, scale: 40).text == "0.000000000000000003")
        #expect(CSVNumber(3, scale: -1).text == "3")
        #expect(CSVWriter.field(.number(try #require(CSVNumber("-0.5")))) == "-0.5")
        #expect(plain.write([[.integer(-1), .text("-1")]]) == "-1,'-1\n")
    }

    @Test("a number made from text must look like one")
    func numberText() {
        for valid in ["0", "-0", "12", "-12.50", "007", "1.0"] { #expect(CSVNumber(valid)?.text == valid) }
        for invalid in ["", "-", "1.", ".5", "1e3", "+1", "=1", "1,000", " 1", "1 ", "0x1F", "١", "1.2.3", "--1"] {
            #expect(CSVNumber(invalid) == nil, "\(invalid)")
        }
    }

    @Test("a record of one empty cell is written \"\", so it is not read as a blank line")
    func oneEmptyCell() {
        let written = plain.write([[.text("name")], [.empty], [.text("")], [.text("x")]])
        #expect(written == "name\n\"\"\n\"\"\nx\n")
        #expect(CSVTestSupport.valid(written) == [["name"], [""], [""], ["x"]])
        #expect(plain.write([[.empty, .empty]]) == ",\n")
    }

    @Test("records can be appended one at a time, with no byte order mark")
    func append() {
        var out = ""
        CSVWriter().appendRecord([.text("a"), .integer(2)], to: &out)
        CSVWriter().appendRecord([.text("b,c")], to: &out)
        #expect(out == "a,2\r\n\"b,c\"\r\n")
    }

    @Test("the same cells write the same bytes")
    func deterministic() {
        let rows: [[CSVCell]] = [[.text("é,\""), .integer(-3), .number(CSVNumber(10, scale: 1)), .empty]]
        #expect(CSVWriter().write(rows) == CSVWriter().write(rows))
        #expect(CSVWriter().write(rows) == "\u{FEFF}\"é,\"\"\",-3,1.0,\r\n")
    }
}
