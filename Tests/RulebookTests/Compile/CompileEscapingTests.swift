import CSV
import Rulebook
import Testing

/// A CLP's name and region are the CLP's own text: in the dashboard, the summary, the CSV and the letters they
/// stay text, whatever they hold.
@Suite struct CompileEscapingTests {
    static let name = #"<script>alert(1)</script> *bold* | [x](http://evil) \u001B[31mred"#
    static let region = #"=HYPERLINK(\"http://evil\",\"click\")"#

    func hostileResult() throws -> (CompileResult, [UInt8]) {
        let bytes = try CompileFixtures.report(
            "eastbrook-2022.toml",
            replacing: [
                (#"name = "Eastbrook and Hollins""#, "name = \"" + Self.name + "\""),
                (#"region = "North West""#, "region = \"" + Self.region + "\""),
            ])
        return (CompileFixtures.compile([("hostile.json", bytes)]), bytes)
    }

    @Test func dashboardAndSummaryKeepItText() throws {
        let (result, _) = try hostileResult()
        let html = DocumentFormat.html.render(result.document())
        #expect(!html.contains("<script>"))
        #expect(html.contains("=HYPERLINK("))
        let markdown = DocumentFormat.md.render(result.document())
        #expect(!markdown.contains("\u{1B}"))
        #expect(!markdown.contains("](http://evil)"))
    }

    /// Read back as a spreadsheet would, no text cell starts with a formula's first character, and the
    /// region is all there.
    @Test func csvMakesFormulasInert() throws {
        let (result, _) = try hostileResult()
        for text in [result.csvText(), result.receiptsCSV()] {
            let parsed = CSVParser.parse(text, path: "compile.csv")
            #expect(parsed.isValid)
            let fields = parsed.document.records.flatMap(\.fields).map(\.text)
            #expect(fields.allSatisfy { !["=", "+", "@"].contains($0.first.map(String.init) ?? "") })
        }
        #expect(result.csvText().contains("region: =HYPERLINK(\"\"http://evil\"\""))
        #expect(!result.csvText().contains("\u{1B}"))
        #expect(!result.receiptsCSV().contains("\u{1B}"))
    }

    @Test func lettersKeepItText() throws {
        let (result, bytes) = try hostileResult()
        let letters = CompileLetters(result: result, responses: [], roster: nil, editions: CompileFixtures.digests)
        var written: [Letter] = []
        letters.write(InMemoryReports([(path: "hostile.json", bytes: bytes)])) { written.append($0) }
        #expect(written.count == 1)
        let letter = try #require(written.first)
        #expect(letter.id.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" })
        #expect(!DocumentFormat.html.render(letter.document).contains("<script>"))
        let markdown = DocumentFormat.md.render(letter.document)
        #expect(!markdown.contains("\u{1B}"))
        #expect(markdown.contains("To the secretary of"))
    }
}
