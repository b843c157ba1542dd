import Diagnostics
import Rulebook
import Testing

/// `[[local_addition]]`: read with every key checked, the topic against the edition's parts, and bounded.
@Suite struct LocalAdditionTests {
    static func year(_ additions: String) throws -> YearEvaluation {
        try ShippedYear.evaluate(try ShippedYear.text("eastbrook-2022.toml") + "\n" + additions)
    }

    @Test func aLocalAdditionIsRead() throws {
        let year = try Self.year(
            """
            [[local_addition]]
            topic = "procedure"
            text = "Meetings end by 9.30pm."
            """)
        #expect(year.loadDiagnostics.map(\.code) == [])
        let additions = year.selections?.localAdditions ?? []
        #expect(additions.map(\.topic.value) == ["procedure"])
        #expect(additions.map(\.text.value) == ["Meetings end by 9.30pm."])
    }

    @Test func anUnknownTopicIsLocatedWithADidYouMeanAndTheTopics() throws {
        let year = try Self.year(
            """
            [[local_addition]]
            topic = "procedur"
            text = "Meetings end by 9.30pm."
            """)
        let diagnostic = try #require(year.loadDiagnostics.first)
        #expect(year.loadDiagnostics.map(\.code) == ["S116"])
        #expect(diagnostic.message.contains("did you mean 'procedure'?"))
        #expect(diagnostic.notes.first?.message.contains("'executive', 'branches'") == true)
        let span = try #require(diagnostic.location)
        let text = year.text.document.source.text
        let start = text.utf8.index(text.utf8.startIndex, offsetBy: span.range.lowerBound)
        #expect(text[start...].hasPrefix("\"procedur\""))
        #expect(year.selections?.localAdditions.isEmpty == true)
    }

    @Test func otherKeysAndMissingKeysAreErrors() throws {
        let year = try Self.year(
            """
            [[local_addition]]
            topic = "procedure"
            title = "Buses"
            text = "Meetings end by 9.30pm."

            [[local_addition]]
            topic = "executive"

            [[local_addition]]
            topic = "executive"
            text = 42

            [[local_addition]]
            topic = "executive"
            text = "  "
            """)
        #expect(year.loadDiagnostics.map(\.code) == ["S102", "S101", "S105", "S103"])
    }

    @Test func tooManyAndTooLongAreOneErrorEach() throws {
        let many = (0...SelectionsLoader.maxLocalAdditions).map { _ in
            "[[local_addition]]\ntopic = \"procedure\"\ntext = \"x\"\n"
        }
        let year = try Self.year(many.joined(separator: "\n"))
        #expect(year.loadDiagnostics.map(\.code) == ["S117"])
        #expect(year.selections?.localAdditions.count == SelectionsLoader.maxLocalAdditions)

        let long = String(repeating: "word ", count: SelectionsLoader.maxLocalAdditionCharacters / 5 + 1)
        let longYear = try Self.year("[[local_addition]]\ntopic = \"procedure\"\ntext = \"\(long)\"\n")
        #expect(longYear.loadDiagnostics.map(\.code) == ["S117"])
        #expect(longYear.selections?.localAdditions.isEmpty == true)
    }

    @Test func theReportListsThem() throws {
        let year = try Self.year(
            """
            [[local_addition]]
            topic = "branches"
            text = "Branches share a venue list."
            """)
        let report = YearReport(year, generator: .init(version: "test", generatedAt: "2026-01-01T00:00:00Z"))
        #expect(report.localAdditions.map(\.topic) == ["branches"])
        #expect(report.localAdditions.map(\.text) == ["Branches share a venue list."])
        #expect(report.localAdditions.map(\.characters) == [28])
        #expect(report.jsonText().contains("\"localAdditions\": ["))
    }
}
