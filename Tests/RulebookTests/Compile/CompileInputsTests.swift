import CSV
import Diagnostics
import Rulebook
import TOML
import Testing

/// The compile's two other inputs: the roster (CSV) and the centre's responses (TOML), each problem located.
@Suite struct CompileInputsTests {
    @Test func rosterReadsQuotedNamesAndKeepsOtherColumns() throws {
        let text = "\u{FEFF}CLP,Region,Regional contact\r\n\"Greyford, Upper and Lower\",South East,Dee\r\nRiverside,London,\r\n"
        let parsed = CSVParser.parse(text, path: "roster.csv")
        let (roster, diagnostics) = RosterLoader.load(parsed.document)
        #expect(diagnostics.isEmpty)
        let entries = try #require(roster).entries
        #expect(entries.map(\.name) == ["Greyford, Upper and Lower", "Riverside"])
        #expect(entries.map(\.region) == ["South East", "London"])
        #expect(entries.first?.extras.map(\.column) == ["Regional contact"])
        #expect(roster?.entry(for: "  RIVERSIDE ")?.region == "London")
    }

    @Test func rosterProblemsAreLocated() {
        let missing = RosterLoader.load(CSVParser.parse("Name,Region\nRiverside,London\n", path: "r.csv").document)
        #expect(missing.roster == nil)
        #expect(missing.diagnostics.map(\.code) == ["D107"])
        let twice = RosterLoader.load(CSVParser.parse("CLP,Region\nRiverside,London\nriverside,London\n,North\n", path: "r.csv").document)
        #expect(twice.diagnostics.map(\.code) == ["P107", "P107"])
        #expect(twice.diagnostics.first?.location?.range.lowerBound == 28)
        #expect(twice.diagnostics.first?.notes.first?.location?.range.lowerBound == 11)
        #expect(twice.roster?.entries.count == 1)
    }

    @Test func responsesAreReadAndMistakesLocated() {
        let text = """
            [[response]]
            clp = "Riverside"
            year = 2023
            from = "London regional office"
            text = \"\"\"
            Thank you.
            \"\"\"

            [[response]]
            clp = "Eastbrook and Hollins"
            yaer = 2022
            text = 5

            [[response]]
            from = "Nobody"
            """
        let (responses, diagnostics) = ResponsesLoader.load(TOMLParser.parse(text, path: "responses.toml").document)
        #expect(responses.map(\.clp) == ["Riverside"])
        #expect(responses.first?.text == "Thank you.\n")
        #expect(diagnostics.map(\.code) == ["P108", "P108", "P108", "P108"])
        #expect(diagnostics.first?.message == "unknown key 'yaer' in [[response]]; did you mean 'year'?")
        #expect(diagnostics.contains { $0.message == "'text' in [[response]] must be a string, found integer" })
        #expect(diagnostics.filter { $0.message.contains("missing the required key") }.count == 2)
    }
}
