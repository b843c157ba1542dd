import Diagnostics
import Rulebook
import TOML
import Testing

/// The selections file `clpconf init` writes for a secretary to edit.
@Suite struct SelectionsTemplateTests {
    static func lastYear(edition: Edition, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Selections {
        let text = SelectionsLoaderTests.edit(#"name = "Anytown""#, "name = \"Anytown\"\nregion = \"East\"", sourceLocation: sourceLocation)
        return try selections(text + "[standing_orders]\nquorum_percent = 20\n", edition: edition, sourceLocation: sourceLocation)
    }

    /// The lines of `text` that are not comments or blank.
    static func settings(_ text: String) -> [String] {
        text.split(separator: "\n").map { line in
            var setting = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            while setting.last == " " { setting.removeLast() }
            return String(setting)
        }.filter { !$0.isEmpty }
    }

    @Test func templateParsesAsTOMLAndListsOptionsWithSummaries() throws {
        let edition = try MiniEdition.fixture.loaded()
        let text = try SelectionsTemplate(edition: edition, year: 2027).render()
        #expect(TOMLParser.parse(text, path: "new.toml").diagnostics == [])
        #expect(text.hasPrefix("# Test edition\n"))
        #expect(text.contains("#   delegate_gc: Branches send delegates to a General Committee\n"))
        #expect(text.contains("#   all_member_meetings: Every member may attend and vote\n"))
        #expect(text.contains("#   youth_forum: A forum for young members\n"))
        #expect(text.contains("# Posts: chair, secretary\n"))
    }

    @Test func templateFillsDefaultsAndLeavesRequiredFactsToFillIn() throws {
        let edition = try MiniEdition.fixture.loaded()
        let text = try SelectionsTemplate(edition: edition, year: 2027).render()
        #expect(
            Self.settings(text) == [
                #"edition = "t""#, "year = 2027", "[clp]", #"name = """#, #"region = """#, "[agm]", "date = 2027-09-01",
                "[facts]", "wards = 4", "[governance]", #"option = "delegate_gc""#, "[forums]", "options = []",
                "[standing_orders]",
            ])
        #expect(text.contains("# members = 0 # Individual members (0 to 20000) (required: fill in)\n"))
        #expect(
            text.contains("# meetings_per_year = 10 # General meetings a year (1 to 12 meetings); the default applies unless you set it\n"))
        #expect(text.contains("# quorum_percent = 10 # Quorum (per cent of members) (1 to 100); the default applies unless you set it\n"))
    }

    @Test func templateLoadsBackAndValidatesOnceTheFactsAreFilledIn() throws {
        let edition = try MiniEdition.fixture.loaded()
        let text = try SelectionsTemplate(edition: edition, year: 2027).render()
        let unfilled = loadSelections(text, edition: edition)
        #expect(unfilled.diagnostics.map(\.code) == ["S104", "S104"])
        let filled = text.replacing("# members = 0 # Individual", with: "members = 812 # Individual").replacing(
            "# labour_mp = false", with: "labour_mp = false")
        let loaded = try selections(filled, edition: edition)
        #expect(loaded.choices["governance"]?.options.map(\.value) == ["delegate_gc"])
        let result = Validator(edition: edition).validate(loaded)
        #expect(result.isValid)
        #expect(result.diagnostics.map(\.code) == ["GEN01"], "only the advice to elect a chair remains")
    }

    @Test func lastYearsChoicesAndFactsAreCarriedForward() throws {
        let edition = try MiniEdition.fixture.loaded()
        let text = try SelectionsTemplate(edition: edition, year: 2027, last: try Self.lastYear(edition: edition)).render()
        #expect(TOMLParser.parse(text, path: "new.toml").diagnostics == [])
        #expect(
            Self.settings(text) == [
                #"edition = "t""#, "year = 2027", "[clp]", #"name = "Anytown""#, #"region = "East""#, "[agm]",
                "date = 2027-09-01", "[facts]", "members = 812", "labour_mp = false", "wards = 4", "[[facts.branch]]",
                #"name = "North""#, "members = 140", "[governance]", #"option = "delegate_gc""#, "meetings_per_year = 10",
                "[forums]", #"options = ["womens_forum"]"#, "[standing_orders]", "quorum_percent = 20",
            ])
        #expect(text.contains("# Last year's officers, for reference:\n#   chair: A. Patel\n"))
        let loaded = try selections(text, edition: edition)
        #expect(loaded.year?.value == 2027)
        #expect(Validator(edition: edition).validate(loaded).isValid)
    }

    /// A choice carried forward that needs approval gets an approval record to fill in, naming the choice and
    /// the body; uncommented, it loads and clears that choice's pending approval.
    @Test func aCarriedChoiceThatNeedsApprovalGetsARecordToFillIn() throws {
        let edition = try MiniEdition.fixture.loaded()
        let text = SelectionsLoaderTests.edit(#"options = ["womens_forum"]"#, #"options = ["womens_forum", "youth_forum"]"#)
        let last = try selections(text + ValidatorTests.youthForumApproval, edition: edition)
        let template = try SelectionsTemplate(edition: edition, year: 2027, last: last).render()
        let record = """
            # [[approvals]]
            # approves = "forums.youth_forum" # an option (section.option) or a matter
            # by = "nec" # National Executive Committee
            # date = 2027-01-01 # when it was given
            """
        #expect(template.contains(record))
        let uncommented = record.split(separator: "\n").map { $0.dropFirst(2) }.joined(separator: "\n")
        let filled = template.replacing(record, with: uncommented)
        let loaded = try selections(filled, edition: edition)
        #expect(loaded.approvals.map(\.approves.value) == ["forums.youth_forum"])
        #expect(!Validator(edition: edition).validate(loaded).diagnostics.contains { $0.code == "S203" })
    }

    @Test func textValuesFromLastYearAreQuoted() throws {
        let edition = try MiniEdition.fixture.loaded()
        let last = try selections(SelectionsLoaderTests.edit(#"name = "Anytown""#, #"name = "The \"Red\" \\ CLP""#), edition: edition)
        let text = try SelectionsTemplate(edition: edition, year: 2027, last: last).render()
        let parsed = TOMLParser.parse(text, path: "new.toml")
        #expect(parsed.isValid)
        #expect(parsed.document.root["clp"]?.table?["name"]?.string == #"The "Red" \ CLP"#)
    }
}
