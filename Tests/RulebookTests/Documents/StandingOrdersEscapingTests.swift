import Rulebook
import Testing

/// Names from a selections file are untrusted: in every format they come out as text, never as markup.
@Suite struct StandingOrdersEscapingTests {
    static let hostile = #"<script>alert(1)</script> *bold* [x](javascript:alert(1)) | pipe"#

    static func hostileYear() throws -> YearEvaluation {
        try ShippedYear.example(
            "eastbrook-2022.toml",
            replacing: [
                (#"name = "Eastbrook and Hollins""#, #"name = "\#(hostile) \" quote \u001B[31mred""#),
                (#"name = "Northgate""#, #"name = "\#(hostile) branch""#),
                (#"name = "Margaret Okafor""#, ##"name = "# heading \##(hostile)""##),
            ])
    }

    @Test func htmlHasNoMarkupFromTheFile() throws {
        let html = DocumentFormat.html.render(StandingOrdersBuilder(try Self.hostileYear()).build().document())
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("\u{1B}"))
        #expect(!html.contains("href=\"javascript"))
        // The only <script> would be ours, and there is none: the document needs no JavaScript.
        #expect(!html.lowercased().contains("<script"))
        #expect(html.contains("&quot; quote"))
    }

    @Test func markdownEscapesEverySpecialCharacter() throws {
        let markdown = DocumentFormat.md.render(StandingOrdersBuilder(try Self.hostileYear()).build().document())
        #expect(!markdown.contains("<script>"))
        #expect(markdown.contains(#"\<script\>"#))
        #expect(markdown.contains(#"\*bold\*"#))
        #expect(markdown.contains(#"\[x\]"#))
        #expect(!markdown.contains("\u{1B}"))
        #expect(markdown.contains(#"\| pipe"#))
        #expect(markdown.replacing(#"\| pipe"#, with: "").contains("| pipe") == false)
        #expect(!markdown.contains("\n# heading"))
    }

    @Test func plainTextKeepsTheWordsButCarriesNoEscapes() throws {
        let text = DocumentFormat.txt.render(StandingOrdersBuilder(try Self.hostileYear()).build().document())
        #expect(text.contains("<script>alert(1)</script>"))
        // The renderer leaves terminal safety to the writer (the CLI sanitises every text output).
        let long = text.split(separator: "\n").filter { $0.count > 80 && $0.contains(" ") }
        #expect(long == [])
    }
}
