import CSV
import Rulebook
import Testing

/// The compile counts CLPs' local additions by topic, takes a replaced report's back out, and keeps a forged
/// topic inert in the CSV.
@Suite struct CompileLocalAdditionTests {
    static let additions = [
        (
            "[governance]",
            "[[local_addition]]\ntopic = \"procedure\"\ntext = \"Meetings end by 9.30pm.\"\n\n"
                + "[[local_addition]]\ntopic = \"procedure\"\ntext = \"Tea is free.\"\n\n"
                + "[[local_addition]]\ntopic = \"branches\"\ntext = \"Branches share a venue list.\"\n\n[governance]"
        )
    ]

    @Test func countsByTopicInPartOrder() throws {
        let report = try CompileFixtures.report("eastbrook-2022.toml", replacing: Self.additions)
        let result = CompileFixtures.compile([("eastbrook.json", report)])
        let topics = try #require(result.groups.first).localAdditions
        #expect(topics.map(\.topic) == ["procedure", "branches"])
        #expect(topics.map(\.clps) == [1, 1])
        #expect(topics.map(\.additions) == [2, 1])
        #expect(topics.first?.title == "Meetings and procedure")
        #expect(result.csvText().contains("local additions,2019,2022,all,procedure,additions,2\r\n"))
        #expect(result.jsonText().contains("\"localAdditions\": ["))
        #expect(DocumentFormat.md.render(result.document()).contains("| Meetings and procedure | 1 | 2 |"))
    }

    @Test func aReplacedReportsAdditionsAreTakenOut() throws {
        let first = try CompileFixtures.report(
            "eastbrook-2022.toml", replacing: Self.additions, generatedAt: "2026-12-01T12:00:00Z")
        let second = try CompileFixtures.report("eastbrook-2022.toml", generatedAt: "2026-12-02T12:00:00Z")
        let result = CompileFixtures.compile([("a.json", first), ("b.json", second)])
        #expect(result.groups.first?.localAdditions.isEmpty == true)
    }

    @Test func aForgedTopicStaysTextInTheCSV() throws {
        let report = try CompileFixtures.report("eastbrook-2022.toml", replacing: Self.additions)
        let forged = String(decoding: report, as: UTF8.self).replacing(
            "\"topic\": \"branches\"", with: #""topic": "=HYPERLINK(\"http://evil\")""#)
        let result = CompileFixtures.compile([("forged.json", Array(forged.utf8))])
        #expect(result.groups.first?.localAdditions.map(\.topic).last == #"=HYPERLINK("http://evil")"#)
        let parsed = CSVParser.parse(result.csvText(), path: "compile.csv")
        let fields = parsed.document.records.flatMap(\.fields).map(\.text)
        #expect(fields.allSatisfy { !["=", "+", "@"].contains($0.first.map(String.init) ?? "") })
        #expect(fields.contains(#"'=HYPERLINK("http://evil")"#))
    }
}
