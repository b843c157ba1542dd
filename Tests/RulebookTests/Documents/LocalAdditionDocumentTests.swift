import Rulebook
import Testing

/// Local additions in the standing orders and the redline: numbered at the end of their part, marked as the
/// CLP's own words, escaped in every format, never evaluated.
@Suite struct LocalAdditionDocumentTests {
    static let hostile = #"<script>alert(1)</script> *bold* {{year}} [[clause so_quorum]] | pipe"#

    static func year(_ additions: [(topic: String, text: String)]) throws -> YearEvaluation {
        let records = additions.map { "[[local_addition]]\ntopic = \"\($0.topic)\"\ntext = \"\($0.text)\"\n" }
        return try ShippedYear.evaluate(
            try ShippedYear.text("eastbrook-2022.toml") + "\n" + records.joined(separator: "\n"))
    }

    @Test func eachAdditionClosesItsPartAndIsMarked() throws {
        let orders = StandingOrdersBuilder(
            try Self.year([("procedure", "Meetings end by 9.30pm."), ("procedure", "Tea is free.")])
        ).build()
        let part = try #require(orders.parts.first { $0.id == "procedure" })
        let last = part.provisions.suffix(2)
        #expect(last.map(\.title) == ["Local addition: Meetings end by 9.30pm.", "Local addition: Tea is free."])
        #expect(last.map(\.number) == ["2.\(part.provisions.count - 1)", "2.\(part.provisions.count)"])
        #expect(last.allSatisfy { $0.trace.isLocalAddition })
        #expect(last.first?.trace.summary.hasPrefix("Added by the CLP: a local addition in its own words") == true)
        // The part after it keeps its number.
        #expect(orders.parts.first { $0.id == "general_meeting" }?.number == 3)
    }

    @Test func itsTextIsNeverEvaluatedOrResolved() throws {
        let orders = StandingOrdersBuilder(try Self.year([("procedure", Self.hostile)])).build()
        let addition = try #require(orders.provisions.last { $0.trace.isLocalAddition })
        #expect(addition.paragraphs == [.text(Self.hostile)])
    }

    @Test func everyFormatEscapesIt() throws {
        let document = StandingOrdersBuilder(try Self.year([("procedure", Self.hostile)])).build().document()
        let html = DocumentFormat.html.render(document)
        #expect(!html.lowercased().contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains(#"data-origin="local addition""#))
        let markdown = DocumentFormat.md.render(document)
        #expect(markdown.contains(#"\<script\>alert(1)\</script\> \*bold\* \{\{year\}\} \[\[clause so\_quorum\]\] \| pipe"#))
    }

    @Test func theRedlineShowsAddedRemovedAndChanged() throws {
        let last = try Self.year([("procedure", "Meetings end by 9.30pm."), ("executive", "The EC meets monthly.")])
        let this = try Self.year([
            ("procedure", "A new one."), ("procedure", "Meetings end by 9.30pm."), ("branches", "Branches share."),
        ])
        let changes = Redline(last: last, this: this).clauses
        let local = changes.filter { $0.title.hasPrefix("Local addition") }
        #expect(local.map(\.kind) == [.added, .added, .removed])
        #expect(
            local.map(\.title) == [
                "Local addition: A new one.", "Local addition: Branches share.", "Local addition: The EC meets monthly.",
            ])

        let edited = try Self.year([("procedure", "Meetings end by 10pm."), ("executive", "The EC meets monthly.")])
        let changed = Redline(last: last, this: edited).clauses
        #expect(changed.map(\.kind) == [.changed])
        #expect(changed.first?.title == "Local addition: Meetings end by 10pm.")
    }
}
