import Diagnostics
import TOML
import TestSupport
import Testing

/// The TOML writer, case by case: what it escapes, when a key is bare, which dates it refuses, and that
/// what it writes reads back as the same value.
@Suite struct TOMLWriterTests {
    static func unlocated(_ kind: TOMLValue.Kind) -> TOMLValue { TOMLValue(kind, range: 0..<0) }

    static func text(_ text: String) -> TOMLValue.Kind { .string(text, TextOffsetMap(base: 0)) }

    /// `v = <written>` read back; records an issue unless it is valid with `v` as its only key.
    static func readBack(_ written: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> TOMLValue? {
        let root = TOMLTestSupport.valid("v = " + written + "\n", sourceLocation: sourceLocation)
        #expect(root.keys == ["v"], sourceLocation: sourceLocation)
        return root["v"]
    }

    @Test(arguments: [
        ("plain", #""plain""#),
        (" ~ {}[]=#'", #"" ~ {}[]=#'""#),
        ("say \"hi\"", #""say \"hi\"""#),
        (#"C:\temp"#, #""C:\\temp""#),
        ("a\tb\nc\rd\u{8}e\u{C}f", #""a\tb\nc\rd\be\ff""#),
        ("\u{0}\u{1B}[31m\u{7F}", #""\u0000\u001B[31m\u007F""#),
        ("\u{85}\u{9F}", #""\u0085\u009F""#),
        ("abc\u{202E}cba\u{2066}\u{2028}\u{2029}\u{FEFF}", #""abc\u202Ecba\u2066\u2028\u2029\uFEFF""#),
        ("café 日本 👨‍👩‍👧", "\"café 日本 👨‍👩‍👧\""),
        ("]]\n[approvals]", #""]]\n[approvals]""#),
        ("", #""""#),
    ])
    func stringsAreEscapedPerTOML(value: String, written: String) {
        #expect(TOMLWriter.string(value) == written)
        #expect(Self.readBack(written)?.string == value)
    }

    @Test(arguments: [
        ("members", "members"), ("branch-2", "branch-2"), ("A_Z_09", "A_Z_09"), ("", #""""#), ("a b", #""a b""#),
        ("a.b", #""a.b""#), ("café", #""café""#), ("x\n[y]", #""x\n[y]""#), ("=", #""=""#), ("#", ##""#""##),
    ])
    func keysAreBareOnlyWhenTheyCanBe(key: String, written: String) {
        #expect(TOMLWriter.key(key) == written)
        #expect(TOMLTestSupport.valid(written + " = 1\n").keys == [key])
    }

    @Test func headersQuoteEachKeyOnItsOwn() {
        #expect(TOMLWriter.tableHeader(["facts"]) == "[facts]")
        #expect(TOMLWriter.arrayOfTablesHeader(["facts", "branch"]) == "[[facts.branch]]")
        #expect(TOMLWriter.dottedKey(["a", "b c", "d.e"]) == #"a."b c"."d.e""#)
        let root = TOMLTestSupport.valid(TOMLWriter.tableHeader(["x]\n[y", "z"]) + "\nk = 1\n")
        #expect(root.keys == ["x]\n[y"])
        #expect(TOMLTestSupport.value(root, "x]\n[y")?.table?["z"]?.table?["k"]?.integer == 1)
    }

    @Test func commentsCannotEndEarly() {
        #expect(TOMLWriter.comment("the CLP's name") == "# the CLP's name")
        #expect(TOMLWriter.comment("A. Patel\n[approvals]") == #"# A. Patel\u000A[approvals]"#)
        #expect(TOMLWriter.commentText("a\rb\tc\u{0}d\u{7F}e\u{202E}") == #"a\u000Db\u0009c\u0000d\u007Fe\u202E"#)
        #expect(TOMLWriter.commentText(#"keeps \ and "quotes" and # signs"#) == #"keeps \ and "quotes" and # signs"#)
        let root = TOMLTestSupport.valid("a = 1 " + TOMLWriter.comment("x\r\ny = 2\n[t]") + "\n")
        #expect(root.keys == ["a"])
    }

    @Test func scalarsAreWrittenAsTOMLWritesThem() throws {
        #expect(try TOMLWriter.value(.integer(.min)) == "-9223372036854775808")
        #expect(try TOMLWriter.value(.integer(.max)) == "9223372036854775807")
        #expect(try TOMLWriter.value(.boolean(true)) == "true")
        #expect(try TOMLWriter.value(.float(1)) == "1.0")
        #expect(try TOMLWriter.value(.float(-0.0)) == "-0.0")
        #expect(try TOMLWriter.value(.float(1e300)) == "1e+300")
        #expect(try TOMLWriter.value(.float(.infinity)) == "inf")
        #expect(try TOMLWriter.value(.float(-.infinity)) == "-inf")
        #expect(try TOMLWriter.value(.float(.nan)) == "nan")
        for number in [0.1, -2.5e-10, Double.leastNonzeroMagnitude, .greatestFiniteMagnitude, 123_456_789.0] {
            #expect(Self.readBack(try TOMLWriter.value(.float(number)))?.kind == .float(number))
        }
    }

    @Test func arraysAndInlineTablesAreWrittenOnOneLine() throws {
        let record = TOMLTable([
            .init(key: "for", keyRange: 0..<0, value: Self.unlocated(.integer(40))),
            .init(key: "against votes", keyRange: 0..<0, value: Self.unlocated(Self.text("x\ny"))),
        ])
        let value = TOMLValue.Kind.array([Self.unlocated(.table(record)), Self.unlocated(.array([])), Self.unlocated(.table(TOMLTable()))])
        let written = try TOMLWriter.value(value)
        #expect(written == #"[{ for = 40, "against votes" = "x\ny" }, [], {}]"#)
        #expect(Self.readBack(written)?.hasSameContent(as: Self.unlocated(value)) == true)
        #expect(try TOMLWriter.assignment("a b", .integer(1)) == #""a b" = 1"#)
    }

    @Test func datesNeedFourDigitYears() throws {
        #expect(try TOMLWriter.date(TOMLDate(year: 2026, month: 9, day: 1)) == "2026-09-01")
        #expect(try TOMLWriter.date(TOMLDate(year: 5, month: 9, day: 1)) == "0005-09-01")
        #expect(try TOMLWriter.date(TOMLDate(year: 9999, month: 12, day: 31)) == "9999-12-31")
        for year in [-1, 10_000, Int.max, Int.min] {
            #expect(throws: TOMLWriteError.self) { try TOMLWriter.date(TOMLDate(year: year, month: 9, day: 1)) }
        }
        #expect(throws: TOMLWriteError.self) { try TOMLWriter.date(TOMLDate(year: 2026, month: 2, day: 30)) }
        #expect(throws: TOMLWriteError.self) { try TOMLWriter.date(TOMLDate(year: 2026, month: 13, day: 1)) }
        #expect(throws: TOMLWriteError.self) {
            try TOMLWriter.value(
                .array([Self.unlocated(.dateTime(TOMLDateTime(date: TOMLDate(year: 12026, month: 1, day: 1), time: nil)))]))
        }
    }

    @Test func timesAndOffsetsAreChecked() throws {
        let time = TOMLTime(hour: 7, minute: 32, second: 0, nanosecond: 500_000_000)
        let date = TOMLDate(year: 1979, month: 5, day: 27)
        #expect(try TOMLWriter.time(time) == "07:32:00.5")
        #expect(try TOMLWriter.dateTime(TOMLDateTime(date: date, time: time, offsetMinutes: -90)) == "1979-05-27T07:32:00.5-01:30")
        #expect(try TOMLWriter.dateTime(TOMLDateTime(date: date, time: time, offsetMinutes: 0)) == "1979-05-27T07:32:00.5Z")
        #expect(throws: TOMLWriteError.self) { try TOMLWriter.time(TOMLTime(hour: 24, minute: 0, second: 0)) }
        #expect(throws: TOMLWriteError.self) { try TOMLWriter.time(TOMLTime(hour: 1, minute: 0, second: 0, nanosecond: -1)) }
        #expect(throws: TOMLWriteError.self) { try TOMLWriter.dateTime(TOMLDateTime(date: date, time: time, offsetMinutes: 24 * 60)) }
        #expect(throws: TOMLWriteError.self) { try TOMLWriter.dateTime(TOMLDateTime(date: date, time: nil, offsetMinutes: 0)) }
        #expect(throws: TOMLWriteError.self) { try TOMLWriter.dateTime(TOMLDateTime(date: nil, time: nil)) }
    }

    @Test func nestingIsLimitedToWhatTheReaderAccepts() throws {
        func nested(_ depth: Int) -> TOMLValue.Kind {
            var value = TOMLValue.Kind.integer(1)
            for _ in 0..<depth { value = .array([Self.unlocated(value)]) }
            return value
        }
        let deepest = try TOMLWriter.value(nested(TOMLWriter.maxDepth))
        #expect(TOMLTestSupport.parse("v = " + deepest).isValid)
        #expect(throws: TOMLWriteError.self) { try TOMLWriter.value(nested(TOMLWriter.maxDepth + 1)) }
    }

    @Test func aRefusalIsADeclaredDiagnostic() throws {
        do {
            _ = try TOMLWriter.date(TOMLDate(year: 5, month: 13, day: 1))
            Issue.record("month 13 was written")
        } catch let error as TOMLWriteError {
            let diagnostic = error.diagnostic(at: SourceSpan(file: "last.toml", range: 3..<4))
            #expect(diagnostic.code == "T201")
            #expect(diagnostic.message == "cannot write the date 5-13-1: it is not in the calendar")
            CatalogueChecks.checkDeclared([diagnostic], in: TOMLCatalogue.all)
        }
        #expect(throws: TOMLWriteError.self) {
            do {
                _ = try TOMLWriter.date(TOMLDate(year: 10_000, month: 1, day: 1))
            } catch {
                #expect("\(error)" == "cannot write a date in the year 10000: TOML dates have a four-digit year, 0000 to 9999")
                throw error
            }
        }
    }
}

/// The writer's appending forms and the date text written byte by byte, against their definitions.
@Suite struct TOMLWriterAppendingTests {
    static func text(_ text: String) -> TOMLValue.Kind { .string(text, TextOffsetMap(base: 0)) }

    @Test func appendingAnAssignmentWritesWhatAssignmentReturns() throws {
        let values: [TOMLValue.Kind] = [
            Self.text("plain"), Self.text("quote \" and \\ and \n"), Self.text("é\u{202E}"), .integer(-7), .boolean(true),
            .dateTime(TOMLDateTime(date: TOMLDate(year: 2026, month: 6, day: 14), time: nil)),
            .array([TOMLValue(Self.text("a"), range: 0..<0), TOMLValue(.integer(1), range: 0..<0)]),
            .table(TOMLTable([TOMLTable.Entry(key: "a b", keyRange: 0..<0, value: TOMLValue(Self.text("x"), range: 0..<0))])),
        ]
        for key in ["k", "two words", "", "é"] {
            for value in values {
                var out = "prefix\n"
                try TOMLWriter.appendAssignment(key, value, to: &out)
                #expect(out == "prefix\n" + (try TOMLWriter.assignment(key, value)))
                #expect(try TOMLWriter.assignment(key, value) == TOMLWriter.key(key) + " = " + (try TOMLWriter.value(value)))
            }
        }
    }

    @Test func aDateIsWrittenAsItsPaddedFields() {
        func padded(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
        }
        var random = SeededGenerator(seed: 0xDA7E_0001)
        let years = [0, 1, 9, 10, 99, 100, 999, 1000, 2026, 9999, -1, 10000, 123_456]
        for _ in 0..<2_000 {
            let year = Bool.random(using: &random) ? years.randomElement(using: &random) ?? 0 : Int.random(in: 0...9999, using: &random)
            let month = Int.random(in: -1...120, using: &random)
            let day = Int.random(in: -1...120, using: &random)
            let date = TOMLDate(year: year, month: month, day: day)
            #expect(date.description == padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2))
        }
        let day = TOMLDate(year: 2026, month: 6, day: 14)
        let time = TOMLTime(hour: 7, minute: 32, second: 0)
        #expect(TOMLDateTime(date: day, time: nil).description == "2026-06-14")
        #expect(TOMLDateTime(date: nil, time: time).description == "07:32:00")
        #expect(TOMLDateTime(date: day, time: time, offsetMinutes: 0).description == "2026-06-14T07:32:00Z")
        #expect(TOMLDateTime(date: day, time: time, offsetMinutes: -90).description == "2026-06-14T07:32:00-01:30")
    }
}
