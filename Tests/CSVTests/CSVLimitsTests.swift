import CSV
import Diagnostics
import Testing

@Suite("CSV reader: limits and hostile input")
struct CSVLimitsTests {
    @Test("a record of 100,000 fields is one D105 at the first field past the limit, and the rest is read")
    func manyFields() throws {
        let wide = String(repeating: "x,", count: 99_999) + "x"
        let text = "a\n" + wide + "\nb\n"
        let result = CSVTestSupport.parse(text)
        #expect(result.diagnostics.map(\.code) == ["D105"])
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.message == "this record is larger than the limit of 4096 fields")
        #expect(diagnostic.location?.range.lowerBound == 2 + 4_096 * 2)
        #expect(result.document.records.map(\.fields.count) == [1, 4_096, 1])
    }

    @Test("with the limit raised, 100,000 fields are all kept, each with its range")
    func manyFieldsKept() throws {
        let text = String(repeating: "x,", count: 99_999) + "\"y\""
        let result = CSVParser.parse(text, path: "wide.csv", limits: CSVLimits(maxFieldsPerRecord: 100_000))
        #expect(result.diagnostics.isEmpty)
        let header = try #require(result.document.header)
        #expect(header.fields.count == 100_000)
        #expect(header.fields.last?.text == "y")
        #expect(header.fields.last?.range == (text.utf8.count - 3)..<text.utf8.count)
    }

    @Test("a field over the limit is one D105 over the field, its text cut at the limit")
    func longField() throws {
        let limits = CSVLimits(maxFieldBytes: 1_000)
        let long = String(repeating: "é", count: 5_000)
        for field in [long, "\"" + long + "\""] {
            let result = CSVParser.parse("a,b\n1," + field + "\n", path: "long.csv", limits: limits)
            #expect(result.diagnostics.map(\.code) == ["D105"])
            #expect(result.diagnostics.first?.location?.range == 6..<(6 + field.utf8.count))
            let text = try #require(result.document.rows.first?.fields.last?.text)
            #expect(text.utf8.count <= 1_000 && text.hasPrefix("ééé"))
        }
        // An odd limit would split a character: the text is cut before it, never with a U+FFFD.
        let odd = CSVParser.parse("a\n" + long + "\n", path: "long.csv", limits: CSVLimits(maxFieldBytes: 999))
        #expect(odd.document.rows.first?.fields.first?.text == String(repeating: "é", count: 499))
    }

    @Test("a very long valid input reads in one pass: a field of almost 1 MiB and 100,000 short lines")
    func longInputs() {
        let quoted = "a\n\"" + String(repeating: "ab\"\"c,\n", count: 140_000) + "\"\n"
        let one = CSVTestSupport.parse(quoted)
        #expect(one.diagnostics.isEmpty)
        #expect(one.document.rows.first?.fields.first?.text.utf8.count == 140_000 * 6)
        let lines = "n,v\n" + String(repeating: "name,1\r\n", count: 100_000)
        let many = CSVTestSupport.parse(lines)
        #expect(many.diagnostics.isEmpty)
        #expect(many.document.rows.count == 100_000)
    }

    @Test("a file over the size limit is one D105 and is not read")
    func fileTooLarge() {
        let result = CSVParser.parse("a,b\n1,2\n", path: "big.csv", limits: CSVLimits(maxDocumentBytes: 4))
        #expect(result.diagnostics.map(\.code) == ["D105"])
        #expect(result.diagnostics.first?.message == "the file (8 bytes) is larger than the limit of 4 bytes")
        #expect(result.document.records.isEmpty)
    }

    @Test("errors stop at the limit with one D106 note, and the file is still read to its end")
    func tooManyErrors() {
        let text = "a,b\n" + String(repeating: "1\n", count: 500) + "x,y\n"
        let result = CSVTestSupport.parse(text)
        #expect(result.diagnostics.count == 101)
        #expect(result.diagnostics.filter { $0.code == "D104" }.count == 100)
        #expect(result.diagnostics.last?.code == "D106")
        #expect(result.diagnostics.last?.severity == .note)
        #expect(result.document.records.count == 502)
        #expect(result.document.records.last?.texts == ["x", "y"])
    }

    /// Inputs that would make a naive reader rescan, recurse or loop: each is read in linear time, with at
    /// most ``CSVLimits/maxErrors`` errors.
    static let hostile: [(String, String)] = [
        ("quotes", String(repeating: "\"", count: 200_001)),
        ("stray quotes", String(repeating: "a\"b,", count: 50_000)),
        ("open quotes", String(repeating: "\",\n", count: 50_000)),
        ("text after quotes", String(repeating: "\"a\"b\n", count: 50_000)),
        ("carriage returns", String(repeating: "\r", count: 200_000)),
        ("commas", String(repeating: ",", count: 200_000)),
        ("NULs and controls", String(repeating: "\u{0}\u{1B}[2J,\u{7F}\n", count: 30_000)),
    ]

    @Test("hostile input is bounded", arguments: hostile.map(\.0))
    func hostileInput(name: String) throws {
        let text = try #require(Self.hostile.first { $0.0 == name }).1
        let clock = ContinuousClock()
        var result: CSVParseResult?
        let elapsed = clock.measure { result = CSVTestSupport.parse(text) }
        let diagnostics = result?.diagnostics ?? []
        #expect(diagnostics.count <= CSVLimits.standard.maxErrors + 1)
        #expect(elapsed < .seconds(30), "\(name) took \(elapsed)")
        CSVTestSupport.checkRanges(try #require(result), size: text.utf8.count)
    }
}
