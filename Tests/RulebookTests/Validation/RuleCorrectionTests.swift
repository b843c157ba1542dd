import Diagnostics
import Foundation
import RuleLanguage
import Testing

@testable import Rulebook

/// The rules an audit against `../shared/domain.md` found wrong, each put right (issue 9, item 4). Each test
/// names the domain.md section its rule comes from.
@Suite struct RuleCorrectionTests {
    static func codes(_ year: YearEvaluation) -> [String] { year.diagnostics.map(\.code) }

    static func message(_ year: YearEvaluation, _ code: String) -> String? {
        year.diagnostics.first { $0.code == code }?.message
    }

    // MARK: - Women's quotas count people, not posts (domain.md 1.3 and 2.5; Rule Book Chapter 7, VIII.2)

    @Test func aWomanHoldingTwoOfTheFirstSixPostsCountsOnce() throws {
        let year = try ShippedYear.example(
            "eastbrook-2022.toml", replacing: [(#"name = "Helen Brooks""#, #"name = "Margaret Okafor""#)])
        #expect(Self.codes(year).contains("EXE03"), "three posts but two women")
        #expect(year.bindings["core_officers_women"] == 2)
        #expect(!Self.codes(try ShippedYear.example("eastbrook-2022.toml")).contains("EXE03"))
    }

    @Test func halfOfTheOfficersCountsEachPersonOnceWomenAndMen() throws {
        // Jess Moore also takes the youth post: six posts held by women, but five women among eleven people.
        let woman = try ShippedYear.example(
            "eastbrook-2022.toml", replacing: [(#"name = "Chloe Evans""#, #"name = "Jess Moore""#)])
        #expect(woman.bindings["executive_officers"] == 11)
        #expect(woman.bindings["women_on_executive"] == 5)
        #expect(Self.codes(woman).contains("EXE04"))
        // Gary Lomax also takes a communications post: a man with two posts counts once too, and six women
        // among eleven people is still half.
        let man = try ShippedYear.example(
            "eastbrook-2022.toml", replacing: [(#"name = "Ben Carter""#, #"name = "Gary Lomax""#)])
        #expect(man.bindings["executive_officers"] == 11)
        #expect(!Self.codes(man).contains("EXE04"))
    }

    @Test func the2012QuotaCountsPeopleToo() throws {
        let text = try ShippedYear.text("aldermoor-2015.toml")
        let women = try #require(Self.officers(in: text).first { $0.woman && $0.post != "auditor" })
        let year = try ShippedYear.evaluate(Self.giveEveryCorePost(to: women.name, in: text))
        #expect(Self.codes(year).contains("EXE02"))
    }

    // MARK: - Clear days (domain.md 2.2 and 3; levy-arrears)

    @Test(arguments: [("2022-09-03", true, 34), ("2022-09-02", false, 35)])
    func feesPaidThirtyFiveCalendarDaysBeforeAreThirtyFourClearDays(paid: String, late: Bool, clear: Int) throws {
        let year = try ShippedYear.example("eastbrook-2022.toml", replacing: [("fee_paid = 2022-08-09", "fee_paid = " + paid)])
        #expect(Self.codes(year).contains("GOV06") == late)
        if late {
            #expect(Self.message(year, "GOV06")?.contains("only \(clear) clear days before") == true)
        }
    }

    @Test(arguments: [("2022-08-09", true), ("2022-08-08", false)])
    func affiliationsSixtyCalendarDaysBeforeAreFiftyNineClearDays(affiliated: String, late: Bool) throws {
        let year = try ShippedYear.example(
            "eastbrook-2022.toml", replacing: [("affiliated = 2020-07-30", "affiliated = " + affiliated)])
        #expect(Self.codes(year).contains("GOV07") == late)
        if late { #expect(Self.message(year, "GOV07")?.contains("only 59 clear days before") == true) }
    }

    // MARK: - Conference delegates (domain.md 2.2; levy-conf, levy-confw)

    @Test func the2012EntitlementIncludesTheWomensAndYouthPlaces() throws {
        let year = try ShippedYear.example("aldermoor-2015.toml")
        #expect(year.bindings["conference_delegates_base"] == 1)
        #expect(year.bindings["conference_delegates"] == 2, "386 members, 162 women, 21 under 27")
        let young = try ShippedYear.example("aldermoor-2015.toml", replacing: [("young_members = 21", "young_members = 30")])
        #expect(young.bindings["conference_delegates"] == 3)
    }

    @Test func the2019EntitlementIsCappedAtSixFrom2022() throws {
        let large = [("members = 960", "members = 3000")]
        let capped = try ShippedYear.example("eastbrook-2022.toml", replacing: large)
        #expect(capped.bindings["conference_delegates_by_membership"] == 11)
        #expect(capped.bindings["conference_delegates_base"] == 6)
        #expect(capped.bindings["conference_delegates"] == 8, "six, a woman's place and a young member's place")
        let before = try ShippedYear.example("eastbrook-2021.toml", replacing: [("members = 905", "members = 3000")])
        #expect(before.bindings["conference_delegates_base"] == 11, "no cap before the 2022 Conference")
    }

    // MARK: - Editions govern AGMs by date (domain.md 5; the table of rule changes)

    @Test func anAGMAfterTheEditionsDatesNamesTheEditionThatApplies() throws {
        let year = try ShippedYear.example("aldermoor-2015.toml", replacing: [("date = 2015-06-13", "date = 2019-06-01")])
        let problem = try #require(year.diagnostics.first { $0.code == "S115" })
        #expect(problem.severity == .error)
        #expect(problem.message.hasSuffix("governs AGMs from 2012-01-01 to 2018-09-26; the AGM follows edition '2019'"))
        #expect(problem.location?.range.isEmpty == false)
    }

    @Test func anAGMBeforeTheEditionsDatesNamesTheEditionItSupersedes() throws {
        let year = try ShippedYear.example("eastbrook-2022.toml", replacing: [("date = 2022-10-08", "date = 2018-06-09")])
        #expect(Self.message(year, "S115")?.hasSuffix("the AGM follows edition '2012'") == true)
    }

    @Test func optionsIntroducedWithinTheEditionCarryTheirDate() throws {
        let year = try ShippedYear.example("eastbrook-2022.toml", replacing: [("date = 2022-10-08", "date = 2019-06-01")])
        let early = year.diagnostics.filter { $0.code == "S207" }.map(\.message)
        #expect(
            early.contains {
                $0.hasPrefix("option 'local_government.local_government_committee' may be chosen only at AGMs from 2019-09-25")
            })
        #expect(early.contains { $0.hasPrefix("option 'meetings.online_allowed' may be chosen only at AGMs from 2020-10-01") })
        #expect(!Self.codes(try ShippedYear.example("eastbrook-2022.toml")).contains("S207"))
    }

    @Test func theFixForAnOptionChosenTooEarlyIsAnotherOption() throws {
        let text = try ShippedYear.text("eastbrook-2022.toml").replacing("date = 2022-10-08", with: "date = 2020-06-01")
        let year = try ShippedYear.evaluate(text, searchesFixes: true)
        #expect(year.diagnostics.filter { $0.code == "S207" }.count == 1)
        #expect(year.fixes?.fixes.first?.summary.hasPrefix("set meetings.option = ") == true)
        #expect(year.fixes?.unfixable.contains("S207") == false)
    }

    // MARK: - The rest (domain.md 1.2, 2.2, 2.4)

    @Test func branchWomenOfficersAreCheckedIn2019() throws {
        let year = try ShippedYear.example(
            "eastbrook-2022.toml",
            replacing: [
                (
                    "name = \"Riverside\"\nmembers = 95\nwards = 1\nwomen_officers = 2",
                    "name = \"Riverside\"\nmembers = 95\nwards = 1\nwomen_officers = 1"
                )
            ])
        #expect(Self.message(year, "BRA11")?.hasSuffix("1 branch(es) fall short: Riverside has 1") == true)
    }

    @Test func theAGMNoticeRuleHasOneSeverityInBothEditions() throws {
        let rules = try ["2012", "2019"].map { id in
            try #require(ShippedYear.editions[id]?.allConstraints.first { $0.require.text == "meetings.agm_notice_units_days >= 28" })
        }
        #expect(rules.map(\.severity) == [.warning, .warning])
    }

    @Test func noCooperativePartyDelegatesWithoutACooperativePartyBranch() throws {
        let with = try ShippedYear.example("eastbrook-2022.toml")
        let coop = """
            [[facts.affiliate]]
            name = "Eastbrook Co-operative Party"
            """
        let text = try ShippedYear.text("eastbrook-2022.toml")
        let start = try #require(text.range(of: coop))
        let end = try #require(text.range(of: "\n\n", range: start.upperBound..<text.endIndex))
        let without = try ShippedYear.evaluate(text.replacingCharacters(in: start.lowerBound..<end.upperBound, with: ""))
        guard case .integer(let coopDelegates)? = with.bindings["governance.coop_delegates"],
            case .integer(let total)? = with.bindings["affiliate_delegates_total"]
        else { throw ShippedYear.Missing(what: "the affiliate delegate values") }
        #expect(coopDelegates > 0)
        #expect(without.bindings["affiliate_delegates_total"] == .integer(total - coopDelegates))
    }

    @Test func theSpecialMeetingClauseFitsAnAllMemberCLP() throws {
        let clause = { (name: String) throws -> String in
            let orders = StandingOrdersBuilder(try ShippedYear.example(name)).build()
            return try #require(orders.provisions.first { $0.id == "standing_orders.so_special_meetings" }).paragraphs.map(\.plain).joined(
                separator: "\n")
        }
        #expect(try !clause("riverside-2023.toml").contains("entitled to send delegates"), "an all-member CLP")
        #expect(try clause("eastbrook-2022.toml").contains("entitled to send delegates"), "a delegate CLP")
    }

    // MARK: - Helpers

    struct Officer {
        var post: String
        var name: String
        var woman: Bool
    }

    /// The `[[officers]]` of a shipped example, read from its text.
    static func officers(in text: String) -> [Officer] {
        text.components(separatedBy: "[[officers]]").dropFirst().compactMap { block in
            func value(_ key: String) -> String? {
                block.split(separator: "\n").first { $0.hasPrefix(key + " = ") }.map {
                    String($0.dropFirst(key.count + 3)).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                }
            }
            guard let post = value("post"), let name = value("name"), let woman = value("woman") else { return nil }
            return Officer(post: post, name: name, woman: woman == "true")
        }
    }

    /// `text` with `name` written for each woman among the 2012 edition's six core posts.
    static func giveEveryCorePost(to name: String, in text: String) -> String {
        let core = ["chair", "vice_chair", "vice_chair_membership", "secretary", "treasurer", "womens_officer"]
        var result = text
        for officer in officers(in: text) where officer.woman && core.contains(officer.post) {
            result = result.replacing("name = \"\(officer.name)\"", with: "name = \"\(name)\"")
        }
        return result
    }
}
