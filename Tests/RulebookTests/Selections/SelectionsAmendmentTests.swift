import Rulebook
import TOML
import Testing

/// `--set section.key=value`: parsed, then applied to the text of a selections file.
@Suite struct SelectionsAmendmentTests {
    static func parse(_ argument: String) throws -> SelectionsAmendment {
        try SelectionsAmendment.parse(argument).get()
    }

    static func failure(_ argument: String) -> String? {
        if case .failure(let error) = SelectionsAmendment.parse(argument) { return error.description }
        return nil
    }

    static func apply(_ argument: String, to text: String) throws -> String {
        let document = TOMLParser.parse(text, path: "ours.toml").document
        return try parse(argument).apply(to: document).get()
    }

    @Test(arguments: [
        ("governance.meetings_per_year=6", "governance", "meetings_per_year", "6"),
        ("governance.meetings_per_year=-3", "governance", "meetings_per_year", "-3"),
        ("governance.option=delegate_gc", "governance", "option", #""delegate_gc""#),
        (#"governance.option="hybrid""#, "governance", "option", #""hybrid""#),
        ("forums.options=[\"a\", \"b\"]", "forums", "options", #"["a", "b"]"#),
        ("meetings.online=true", "meetings", "online", "true"),
        ("agm.date=2026-10-10", "agm", "date", "2026-10-10"),
        (#"clp.name=The "Red" CLP \ 2"#, "clp", "name", #""The \"Red\" CLP \\ 2""#),
        ("clp.name=", "clp", "name", #""""#),
        ("clp.name=a=b", "clp", "name", #""a=b""#),
    ])
    func parsesTheFormKeepingTOMLValuesAndQuotingBareWords(argument: String, section: String, key: String, value: String) throws {
        let amendment = try Self.parse(argument)
        #expect(amendment.section == section)
        #expect(amendment.key == key)
        #expect(amendment.valueText == value)
        #expect(TOMLParser.parse("v = " + amendment.valueText, path: "t").isValid)
    }

    @Test func bareWordThatLooksLikeAStringBecomesThatString() throws {
        let amendment = try Self.parse(#"clp.name=The "Red" CLP \ 2"#)
        let parsed = TOMLParser.parse("v = " + amendment.valueText, path: "t")
        #expect(parsed.document.root["v"]?.string == #"The "Red" CLP \ 2"#)
    }

    @Test func badFormsAreRejectedWithAReason() {
        #expect(Self.failure("governance") == "'governance' is not of the form section.key=value")
        #expect(Self.failure("meetings=6") == "'meetings' is not of the form section.key (e.g. governance.meetings_per_year)")
        #expect(Self.failure("a.b.c=6") == "'a.b.c' is not of the form section.key (e.g. governance.meetings_per_year)")
        #expect(Self.failure(".key=6") == "'.key' is not of the form section.key (e.g. governance.meetings_per_year)")
        #expect(Self.failure("a b.c=6") == "'a b.c' is not of the form section.key (e.g. governance.meetings_per_year)")
        #expect(Self.failure("=6") != nil)
    }

    @Test func summaryNamesTheChange() throws {
        #expect(try Self.parse("governance.meetings_per_year=6").summary == "set governance.meetings_per_year = 6")
        #expect(try Self.parse("governance.option=hybrid").summary == #"set governance.option = "hybrid""#)
    }

    @Test func existingValueIsReplacedInPlace() throws {
        let amended = try Self.apply("governance.meetings_per_year=6", to: MiniEdition.selections)
        #expect(amended == MiniEdition.selections.replacing("meetings_per_year = 10", with: "meetings_per_year = 6"))
        let document = TOMLParser.parse(amended, path: "ours.toml")
        #expect(document.isValid)
        #expect(document.document.root["governance"]?.table?["meetings_per_year"]?.integer == 6)
    }

    @Test func existingStringIsReplacedWithTheQuotedWord() throws {
        let amended = try Self.apply("governance.option=all_member_meetings", to: MiniEdition.selections)
        #expect(amended == MiniEdition.selections.replacing(#"option = "delegate_gc""#, with: #"option = "all_member_meetings""#))
    }

    @Test func missingKeyIsAddedUnderItsSectionHeader() throws {
        let amended = try Self.apply("governance.delegate_ratio=20", to: MiniEdition.selections)
        #expect(amended == MiniEdition.selections.replacing("[governance]\n", with: "[governance]\ndelegate_ratio = 20\n"))
        let edition = try MiniEdition.fixture.loaded()
        let loaded = try selections(amended, edition: edition)
        #expect(loaded.choices["governance"]?.parameters["delegate_ratio"]?.value == 20)
    }

    @Test func missingKeyInALastSectionWithoutANewlineIsAddedOnItsOwnLine() throws {
        let amended = try Self.apply("forums.options=[\"bame_forum\"]", to: "edition = \"t\"\n[forums]")
        #expect(amended == "edition = \"t\"\n[forums]\noptions = [\"bame_forum\"]\n")
    }

    @Test func missingSectionIsAppended() throws {
        let amended = try Self.apply("standing_orders.quorum_percent=20", to: MiniEdition.selections)
        #expect(amended == MiniEdition.selections + "\n[standing_orders]\nquorum_percent = 20\n")
        let edition = try MiniEdition.fixture.loaded()
        let loaded = try selections(amended, edition: edition)
        #expect(loaded.choices["standing_orders"]?.parameters["quorum_percent"]?.value == 20)
        #expect(try Self.apply("forums.options=[]", to: "year = 2026") == "year = 2026\n\n[forums]\noptions = []\n")
    }

    @Test func keyOfSomethingThatIsNotATableCannotBeSet() throws {
        let document = TOMLParser.parse(MiniEdition.selections, path: "ours.toml").document
        let result = try Self.parse("edition.id=2019").apply(to: document)
        #expect(throws: AmendmentError.self) { try result.get() }
        if case .failure(let error) = result {
            #expect(error.description == "'edition' in the file is not a table, so 'edition.id' cannot be set")
        }
    }

    /// A section written as an inline table must get the key inside its braces, not on the next line.
    /// (Guards against adding the key after the line, where it would land in the enclosing table.)
    @Test func missingKeyInAnInlineTableSectionStaysInThatSection() throws {
        let text = "edition = \"t\"\ngovernance = { option = \"delegate_gc\" }\nyear = 2026\n"
        let amended = try Self.apply("governance.meetings_per_year=6", to: text)
        let parsed = TOMLParser.parse(amended, path: "ours.toml")
        #expect(parsed.isValid)
        #expect(parsed.document.root["governance"]?.table?["meetings_per_year"]?.integer == 6, "\(amended)")
        #expect(parsed.document.root["meetings_per_year"] == nil, "\(amended)")
    }
}
