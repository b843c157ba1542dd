import Foundation
import Testing

@testable import Rulebook

/// What issue 14 added so that a CLP's standing orders can say what real ones say: the AGM's day with its
/// fallback, posts of the CLP's own with or without a vote, the Executive's own quorum, and the wording of
/// motions, votes and elections. Hartfield (`examples/hartfield-2022.toml`) uses all of them.
@Suite struct LocalStandingOrdersTests {
    static func codes(_ year: YearEvaluation) -> [String] { year.diagnostics.map(\.code) }

    static func clause(_ year: YearEvaluation, _ id: String) throws -> String {
        let orders = StandingOrdersBuilder(year).build()
        return try #require(orders.provisions.first { $0.id == id }).paragraphs.map(\.plain).joined(separator: "\n")
    }

    // MARK: - The AGM's day

    @Test func anAGMOnItsDayPassesAndOnAnotherDayWarnsUnlessAFallbackAllowsIt() throws {
        // 15 September 2022 is the third Thursday of September.
        let hartfield = try ShippedYear.example("hartfield-2022.toml")
        #expect(!Self.codes(hartfield).contains("MTG10"))
        #expect(hartfield.bindings["agm_date_occurrence"] == .string("third"))
        let strict = [(#"agm_fallback = "as_soon_as_possible_after""#, #"agm_fallback = "none""#)]
        #expect(!Self.codes(try ShippedYear.example("hartfield-2022.toml", replacing: strict)).contains("MTG10"))
        let lastThursday = try ShippedYear.example(
            "hartfield-2022.toml", replacing: strict + [(#"agm_week = "third""#, #"agm_week = "last""#)])
        #expect(Self.codes(lastThursday).contains("MTG10"))
        let message = try #require(lastThursday.diagnostics.first { $0.code == "MTG10" }).message
        #expect(message.contains("the third Thursday of September"))
        #expect(message.contains("on the last Thursday of September"))
        #expect(!message.hasSuffix("'"))
        // With "or as soon as possible after", another day is allowed, and so is another month.
        let later = try ShippedYear.example(
            "hartfield-2022.toml", replacing: [("date = 2022-09-15", "date = 2022-10-06")])
        #expect(!Self.codes(later).contains("MTG10"))
        #expect(!Self.codes(later).contains("MTG09"))
    }

    @Test func theAGMClauseGivesTheDayAndTheFallback() throws {
        let text = try Self.clause(try ShippedYear.example("hartfield-2022.toml"), "standing_orders.so_agm")
        #expect(text.contains("on the third Thursday of September each year, or as soon as possible after that"))
        let executive = try ShippedYear.example(
            "hartfield-2022.toml",
            replacing: [
                (#"agm_weekday = "Thursday""#, #"agm_weekday = "any day""#),
                (#"agm_fallback = "as_soon_as_possible_after""#, #"agm_fallback = "date_set_by_executive""#),
            ])
        #expect(
            try Self.clause(executive, "standing_orders.so_agm").contains(
                "in September each year, on a date set by the Executive Committee"))
    }

    // MARK: - Local posts

    @Test func onlyVotingLocalOfficersCountTowardsTheExecutiveAndItsGenderBalance() throws {
        let hartfield = try ShippedYear.example("hartfield-2022.toml")
        // Eleven people with a vote; the press and fundraising officers (two men) attend without one.
        #expect(hartfield.bindings["executive_officers"] == 11)
        #expect(hartfield.bindings["women_on_executive"] == 6)
        #expect(hartfield.bindings["executive_committee_size"] == 17)
        #expect(!Self.codes(hartfield).contains("EXE04"))
        let bothVote = try ShippedYear.example(
            "hartfield-2022.toml",
            replacing: [
                ("press_officer_votes = false", "press_officer_votes = true"),
                ("fundraising_officer_votes = false", "fundraising_officer_votes = true"),
            ])
        #expect(bothVote.bindings["executive_officers"] == 13)
        #expect(bothVote.bindings["executive_committee_size"] == 19)
        #expect(Self.codes(bothVote).contains("EXE04"), "six women among thirteen voting officers")
    }

    @Test func aLocalPostMustBeCreatedBeforeItIsFilled() throws {
        let notCreated = try ShippedYear.example(
            "hartfield-2022.toml", replacing: [(#", "fundraising_officer", "campaign_coordinator"]"#, #", "campaign_coordinator"]"#)])
        #expect(Self.codes(notCreated).contains("EXE20"))
        let created = try ShippedYear.example(
            "hartfield-2022.toml", replacing: [(#""campaign_coordinator"]"#, #""campaign_coordinator", "equality_officer"]"#)])
        #expect(Self.codes(created).contains("EXE21"), "created but no one elected")
        #expect(!Self.codes(created).contains("EXE20"))
    }

    @Test func theLocalOfficersClauseSaysWhoVotes() throws {
        let text = try Self.clause(try ShippedYear.example("hartfield-2022.toml"), "executive.local_officers")
        #expect(text.contains("The second vice-chair deputises for the chair and the vice-chair, and is a voting member"))
        #expect(text.contains("The press officer deals with the local media on the CLP's behalf, and attends the Executive without a vote"))
        #expect(!text.contains("equality and diversity officer"))
        let riverside = StandingOrdersBuilder(try ShippedYear.example("riverside-2023.toml")).build()
        #expect(!riverside.provisions.contains { $0.id == "executive.local_officers" }, "no local posts, no clause")
    }

    // MARK: - The Executive's own rules

    @Test func anExecutiveQuorumAsAShareIsWorkedOutInPeople() throws {
        let hartfield = try ShippedYear.example("hartfield-2022.toml")
        #expect(hartfield.bindings["ec_quorum_people"] == 6, "33% of 17, rounded up")
        let tooLow = try ShippedYear.example(
            "hartfield-2022.toml", replacing: [("ec_quorum_percent = 33", "ec_quorum_percent = 10")])
        #expect(tooLow.bindings["ec_quorum_people"] == 2)
        #expect(Self.codes(tooLow).contains("SO12"))
        let quorum = try Self.clause(hartfield, "standing_orders.so_quorum")
        #expect(quorum.contains("The quorum of the Executive Committee is 6 (33% of its members, rounded up)"))
    }

    @Test func theExecutiveMeetsOnItsOwnPatternAndReportsToEachMeeting() throws {
        let hartfield = try ShippedYear.example("hartfield-2022.toml")
        let text = try Self.clause(hartfield, "executive.executive_meetings")
        #expect(text.contains("meets on the first Tuesday of each month at 7pm"))
        #expect(text.contains("Any member of the CLP may attend as an observer"))
        let rare = try ShippedYear.example(
            "hartfield-2022.toml", replacing: [("ec_meetings_per_year = 10", "ec_meetings_per_year = 6")])
        #expect(Self.codes(rare).contains("EXE22"))
    }

    // MARK: - Motions, votes and the defaults' notes

    @Test func motionsAndVotesUseTheChosenWording() throws {
        let hartfield = try ShippedYear.example("hartfield-2022.toml")
        let motions = try Self.clause(hartfield, "standing_orders.so_motions")
        #expect(motions.contains("A motion may be no longer than 300 words."))
        #expect(motions.contains("and any motion that repeats one the General Meeting has defeated"))
        #expect(motions.contains("a two-thirds majority of those present"))
        let order = try Self.clause(hartfield, "standing_orders.so_points_of_order")
        #expect(order.contains("unless it is challenged by at least 3 members present"))
    }

    @Test func aRuleDoesNotNoteTheDefaultsOfSettingsThatDoNotApply() throws {
        // Westmarsh creates no local posts: the votes of those posts are no part of why its EXE04 fails, but the
        // people counted still are.
        let year = try ShippedYear.example("invalid-2022.toml")
        let diagnostic = try #require(year.diagnostics.first { $0.code == "EXE04" })
        #expect(!diagnostic.notes.contains { $0.message.contains("votes on the Executive") })
        #expect(diagnostic.notes.contains { $0.message.hasPrefix("counted:") })
        // Once a post is created, whether it votes is part of the count, and is noted when left at the default.
        let created = try ShippedYear.example(
            "invalid-2022.toml", replacing: [("options = [", #"options = ["press_officer", "#)])
        let noted = try #require(created.diagnostics.first { $0.code == "EXE04" })
        #expect(noted.notes.contains { $0.message.contains("The press officer votes on the Executive is no, the menu's default") })
        #expect(!noted.notes.contains { $0.message.contains("The second vice-chair votes") })
    }
}
