import Testing

@testable import Rulebook

/// Standing orders worked out from a year: parts, numbering, schedules, cross-references, traceability.
@Suite struct StandingOrdersTests {
    @Test func partsFollowTheModelProceduralRulesThenTheStructure() throws {
        let orders = StandingOrdersBuilder(try ShippedYear.example("eastbrook-2022.toml")).build()
        #expect(orders.parts.first?.id == "introduction")
        #expect(orders.parts.dropFirst().first?.id == "procedure")
        let procedure = try #require(orders.parts.first { $0.id == "procedure" })
        #expect(
            procedure.provisions.prefix(4).map(\.title) == ["Annual general meeting", "Ordinary meetings", "Time of meetings", "Quorum"])
        #expect(orders.parts.map(\.number) == Array(1...orders.parts.count))
        for part in orders.parts {
            #expect(part.provisions.enumerated().allSatisfy { $0.element.number == "\(part.number).\($0.offset + 1)" })
        }
        #expect(!orders.isDraft)
        #expect(orders.identity.adopted == "8 October 2022")
    }

    @Test func clausesSayWhatProducedThem() throws {
        let orders = StandingOrdersBuilder(try ShippedYear.example("eastbrook-2022.toml")).build()
        let quorum = try #require(orders.provisions.first { $0.id == "standing_orders.so_quorum" })
        #expect(quorum.trace.parameters.contains("standing_orders.quorum_value = 20"))
        #expect(quorum.trace.rule?.contains("Rule Book 2019") == true)
        let general = try #require(orders.provisions.first { $0.id == "governance.general_meeting" })
        #expect(general.trace.options.contains("governance.delegate_gc"))
    }

    @Test func addingABranchAddsItsRowAndKeepsTheNumbering() throws {
        let before = StandingOrdersBuilder(try ShippedYear.example("eastbrook-2022.toml")).build()
        let after = StandingOrdersBuilder(
            try ShippedYear.example(
                "eastbrook-2022.toml",
                replacing: [
                    (
                        "[[facts.affiliate]]",
                        "[[facts.branch]]\nname = \"Docklands\"\nmembers = 44\nwards = 1\nwomen_officers = 2\n\n[[facts.affiliate]]"
                    )
                ])
        ).build()
        let table = try #require(after.provisions.flatMap(\.tables).first { $0.id == "branch_delegates" })
        // 44 members at one delegate per 15 or part: 3.
        #expect(table.rows.contains(["Docklands", "44", "3"]))
        let oldTotal = try #require(before.provisions.flatMap(\.tables).first { $0.id == "branch_delegates" }?.rows.last)
        #expect(oldTotal == ["Total", "945", "66"])
        #expect(table.rows.last == ["Total", "989", "69"])
        #expect(before.provisions.map(\.number) == after.provisions.map(\.number))
        #expect(before.provisions.map(\.id) == after.provisions.map(\.id))
    }

    @Test func affiliatesWithoutAGMRightsSayWhy() throws {
        let orders = StandingOrdersBuilder(try ShippedYear.example("eastbrook-2021.toml")).build()
        let table = try #require(orders.provisions.flatMap(\.tables).first { $0.id == "affiliate_delegates" })
        let gmb = try #require(table.rows.first { $0.first == "GMB Hollins" })
        #expect(gmb.contains("no: affiliated fewer than 60 clear days before the AGM"))
        #expect(gmb.last == "0")
    }

    @Test func crossReferencesInTheShippedMenuGetThisYearsNumbers() throws {
        let orders = StandingOrdersBuilder(try ShippedYear.example("eastbrook-2022.toml")).build()
        let quorum = try #require(orders.provisions.first { $0.id == "standing_orders.so_quorum" })
        let special = try #require(orders.provisions.first { $0.id == "standing_orders.so_special_meetings" })
        #expect(special.paragraphs.map(\.plain).joined().contains("(clause \(quorum.number))"))
        #expect(!orders.provisions.flatMap(\.paragraphs).map(\.plain).joined().contains("[[clause"))
    }

    @Test func crossReferencesAreNumberedOrNamed() {
        let numbers = ["standing_orders.so_quorum": "2.4", "so_quorum": "2.4"]
        let titles = ["standing_orders.so_quorum": "Quorum", "governance.hybrid_meetings": "Hybrid meetings"]
        #expect(
            ClauseNumbering.resolve("see [[clause so_quorum]].", numbers: numbers, titles: titles) == "see clause 2.4.")
        #expect(
            ClauseNumbering.resolve("as in [[clause hybrid_meetings]]", numbers: numbers, titles: titles)
                == "as in the standing order on \u{201C}Hybrid meetings\u{201D}")
        #expect(ClauseNumbering.resolve("unclosed [[clause so_quorum", numbers: numbers, titles: titles) == "unclosed [[clause so_quorum")
    }

    @Test func draftOfAnInvalidYearListsItsProblems() throws {
        let text = try ShippedYear.text("invalid-2022.toml")
        let orders = StandingOrdersBuilder(try ShippedYear.evaluate(text, path: "examples/invalid-2022.toml")).build(draft: true)
        #expect(orders.isDraft)
        #expect(orders.problems.contains { $0.hasPrefix("Error MTG01") })
        let document = orders.document()
        #expect(document.watermark == "DRAFT")
    }

    @Test func officersScheduleFollowsThePosts() throws {
        let orders = StandingOrdersBuilder(try ShippedYear.example("eastbrook-2022.toml")).build()
        let officers = try #require(orders.schedules.first { $0.id == "officers" })
        #expect(officers.rows.first == ["Chair", "Margaret Okafor", ""])
        #expect(officers.rows.filter { $0.last == "job share" }.count == 2)
    }
}
