import Diagnostics
import RuleLanguage
import Rulebook
import TOML
import TestSupport
import Testing

/// Reading a CLP's selections file: every key checked, nothing dropped or coerced.
@Suite struct SelectionsLoaderTests {
    /// The mini selections with `old` replaced by `new` (which may hold markers); records an issue when
    /// `old` is not there, so a test cannot silently check the unchanged file.
    static func edit(
        _ old: String, _ new: String, in text: String = MiniEdition.selections,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) -> String {
        #expect(text.contains(old), "'\(old)' is not in the selections", sourceLocation: sourceLocation)
        return text.replacing(old, with: new)
    }

    @Test func validFileLoadsEveryValue() throws {
        let edition = try MiniEdition.fixture.loaded()
        let loaded = try selections(MiniEdition.selections, edition: edition)
        #expect(loaded.edition.value == "t")
        #expect(loaded.year?.value == 2026)
        #expect(loaded.clpName?.value == "Anytown")
        #expect(loaded.region == nil)
        #expect(loaded.agmDate?.value == TOMLDate(year: 2026, month: 10, day: 10))
        #expect(loaded.facts["members"]?.value == .integer(812))
        #expect(loaded.facts["labour_mp"]?.value == .boolean(false))
        #expect(loaded.facts["branch"]?.value == .list([.record(RuleRecord([("name", "North"), ("members", 140)]))]))
        #expect(loaded.choices["governance"]?.options.map(\.value) == ["delegate_gc"])
        #expect(loaded.choices["governance"]?.usedDefault == false)
        #expect(loaded.choices["governance"]?.parameters["meetings_per_year"]?.value == .integer(10))
        #expect(loaded.choices["forums"]?.options.map(\.value) == ["womens_forum"])
        #expect(
            loaded.officers.map { "\($0.post) \($0.name) \($0.woman) \($0.jobShare) \($0.unionMember)" } == [
                "chair A. Patel true false false"
            ])
        #expect(loaded.votes.isEmpty)
        #expect(loaded.approvals.isEmpty)
    }

    @Test func optionalFactTakesItsDefaultAndAListFactLeftOutIsEmpty() throws {
        let edition = try MiniEdition.fixture.loaded()
        let text = Self.edit("[[facts.branch]]\nname = \"North\"\nmembers = 140\n", "")
        let loaded = try selections(text, edition: edition)
        #expect(loaded.facts["wards"]?.value == .integer(4))
        #expect(loaded.facts["branch"]?.value == .list([]))
        let written = try selections(Self.edit("labour_mp = false", "labour_mp = false\nwards = 9"), edition: edition)
        #expect(written.facts["wards"]?.value == .integer(9))
    }

    @Test func requiredFactLeftOutIsAnError() throws {
        let edition = try MiniEdition.fixture.loaded()
        assertSelectionsDiagnostics(
            Self.edit("[facts]\nmembers = 812\nlabour_mp = false", "1️⃣[facts]\nmembers = 812"), edition: edition,
            [Expected("1️⃣", "S104", "the fact 'labour_mp' (The constituency has a Labour MP) is missing")])
    }

    @Test func unknownSectionSuggestsTheNearestOne() throws {
        let edition = try MiniEdition.fixture.loaded()
        assertSelectionsDiagnostics(
            Self.edit("[forums]", "[1️⃣forum]"), edition: edition,
            [Expected("1️⃣", "S102", "unknown section or key 'forum' in edition 't'; did you mean 'forums'?")])
    }

    @Test func unknownFactSuggestsTheNearestOne() throws {
        let edition = try MiniEdition.fixture.loaded()
        assertSelectionsDiagnostics(
            Self.edit("labour_mp = false", "labour_mp = false\n1️⃣membres = 3"), edition: edition,
            [Expected("1️⃣", "S102", "unknown fact 'membres'; did you mean 'members'?")])
    }

    @Test func unknownParameterKeyInASection() throws {
        let edition = try MiniEdition.fixture.loaded()
        assertSelectionsDiagnostics(
            Self.edit("meetings_per_year = 10", "1️⃣meetings_per_yr = 10"), edition: edition,
            [Expected("1️⃣", "S102", "unknown key 'meetings_per_yr' in [governance]; did you mean 'meetings_per_year'?")])
    }

    @Test func factOfTheWrongTypeIsAnError() throws {
        let edition = try MiniEdition.fixture.loaded()
        assertSelectionsDiagnostics(
            Self.edit("members = 812", "members = 1️⃣\"many\""), edition: edition,
            [Expected("1️⃣", "S105", "'facts.members' must be an integer, found string")])
    }

    /// A parameter of the wrong type is a type error (S105), as for facts; S103 is for range and choice.
    @Test func parameterOfTheWrongTypeIsATypeError() throws {
        let edition = try MiniEdition.fixture.loaded()
        assertSelectionsDiagnostics(
            Self.edit("meetings_per_year = 10", "meetings_per_year = 1️⃣\"ten\""), edition: edition,
            [Expected("1️⃣", "S105", "'governance.meetings_per_year' must be an integer, found string")])
    }

    @Test func valuesOutOfRangeAreErrors() throws {
        let edition = try MiniEdition.fixture.loaded()
        var text = Self.edit("members = 812", "members = 1️⃣30000")
        text = Self.edit("meetings_per_year = 10", "meetings_per_year = 2️⃣13", in: text)
        text = Self.edit("members = 140", "members = 3️⃣-1", in: text)
        assertSelectionsDiagnostics(
            text, edition: edition,
            [
                Expected("1️⃣", "S103", "'facts.members' is 30000 but must be between 0 and 20000"),
                Expected("3️⃣", "S103", "'facts.branch.members' is -1 but must be between 0 and 20000"),
                Expected("2️⃣", "S103", "'governance.meetings_per_year' is 13 but must be between 1 and 12"),
            ])
    }

    @Test func unknownOptionListsTheOptionsAndSuggestsOne() throws {
        let edition = try MiniEdition.fixture.loaded()
        assertSelectionsDiagnostics(
            Self.edit(#"option = "delegate_gc""#, #"option = 1️⃣"delegate_cg""#), edition: edition,
            [Expected("1️⃣", "S106", "'delegate_cg' is not an option of section 'governance' in this edition; did you mean 'delegate_gc'?")])
        let loaded = loadSelections(Self.edit(#"option = "delegate_gc""#, #"option = "delegate_cg""#), edition: edition)
        #expect(loaded.diagnostics.first?.notes.map(\.message) == ["the options are 'delegate_gc', 'all_member_meetings'"])
    }

    @Test func optionRenamedByTheMigrationNamesItsEditionAndReplacement() throws {
        let edition = try MiniEdition.fixture.loaded()
        let marked = Self.edit(#"options = ["womens_forum"]"#, #"options = ["womens_forum", 1️⃣"ethnic_minorities_forum"]"#)
        assertSelectionsDiagnostics(
            marked, edition: edition,
            [
                Expected(
                    "1️⃣", "S106",
                    "'ethnic_minorities_forum' is an option of edition 's', not this one; its replacement here is 'forums.bame_forum'")
            ])
        let loaded = loadSelections(MarkedText(marked).text, edition: edition)
        let diagnostic = try #require(loaded.diagnostics.first)
        #expect(diagnostic.notes.map(\.message) == ["the forum was renamed in this edition"])
        #expect(diagnostic.fixIts.map(\.summary) == [#"use "bame_forum""#])
        let edit = try #require(diagnostic.fixIts.first?.edits.first)
        #expect(edit.replacement == #""bame_forum""#)
        #expect(slice(loaded.file.text, edit.span.range) == #""ethnic_minorities_forum""#)
    }

    @Test func retiredOptionSaysItHasNoReplacement() throws {
        let edition = try MiniEdition.fixture.loaded()
        let loaded = loadSelections(Self.edit(#"options = ["womens_forum"]"#, #"options = ["cross_clp_forum"]"#), edition: edition)
        #expect(
            loaded.diagnostics.map(\.message) == [
                "'cross_clp_forum' is an option of edition 's', not this one; it has no direct replacement"
            ])
        #expect(loaded.diagnostics.first?.notes.map(\.message) == ["use a joint policy forum instead"])
        #expect(loaded.diagnostics.first?.fixIts == [])
    }

    @Test func chooseOneSectionWithoutAChoiceOrDefaultIsAnError() throws {
        var fixture = MiniEdition.fixture
        fixture.sections[MiniEdition.governanceIndex] = fixture.sections[MiniEdition.governanceIndex]
            .replacing("default = \"delegate_gc\"\n", with: "")
        let edition = try fixture.loaded()
        #expect(edition.section("governance")?.defaults == [])
        let message = "section 'governance' needs a choice: set 'option' to one of 'delegate_gc', 'all_member_meetings'"
        assertSelectionsDiagnostics(
            Self.edit("[governance]\noption = \"delegate_gc\"", "1️⃣[governance]"), edition: edition,
            [Expected("1️⃣", "S107", message)])
        let withoutTable = loadSelections(
            Self.edit("[governance]\noption = \"delegate_gc\"\nmeetings_per_year = 10\n", ""), edition: edition)
        #expect(diagnosticLines(withoutTable.diagnostics, files: [withoutTable.file]) == ["ours.toml:1:1: error: \(message) [S107]"])
        #expect(withoutTable.diagnostics.first?.fixIts.map(\.summary) == [#"set governance.option = "delegate_gc""#])
    }

    @Test func chooseOneSectionWithoutAChoiceTakesTheDefault() throws {
        let edition = try MiniEdition.fixture.loaded()
        let loaded = try selections(Self.edit("option = \"delegate_gc\"\n", ""), edition: edition)
        #expect(loaded.choices["governance"]?.options.map(\.value) == ["delegate_gc"])
        #expect(loaded.choices["governance"]?.usedDefault == true)
        #expect(loaded.choices["forums"]?.usedDefault == false)
    }

    @Test func listGivenForAChooseOneSectionIsAnError() throws {
        let edition = try MiniEdition.fixture.loaded()
        assertSelectionsDiagnostics(
            Self.edit(#"option = "delegate_gc""#, #"options = 1️⃣["delegate_gc", "all_member_meetings"]"#), edition: edition,
            [Expected("1️⃣", "S108", #"section 'governance' takes exactly one option; use 'option = "..."', not a list"#)])
    }

    @Test func arrayForOptionSaysTheSectionTakesOne() throws {
        let edition = try MiniEdition.fixture.loaded()
        assertSelectionsDiagnostics(
            Self.edit(#"option = "delegate_gc""#, #"option = 1️⃣["delegate_gc"]"#), edition: edition,
            [Expected("1️⃣", "S108", #"section 'governance' takes exactly one option; use 'option = "..."', not a list"#)])
    }

    @Test func optionChosenTwiceIsAnErrorWithANoteAtTheFirst() throws {
        let edition = try MiniEdition.fixture.loaded()
        let marked = Self.edit(#"options = ["womens_forum"]"#, #"options = ["womens_forum", "bame_forum", 1️⃣"womens_forum"]"#)
        assertSelectionsDiagnostics(marked, edition: edition, [Expected("1️⃣", "S110", "option 'womens_forum' is chosen twice")])
        let loaded = loadSelections(MarkedText(marked).text, edition: edition)
        #expect(loaded.diagnostics.first.map { position($0.notes.first?.location, in: [loaded.file]) } == "ours.toml:23:12")
        #expect(loaded.selections?.choices["forums"]?.options.map(\.value) == ["womens_forum", "bame_forum"])
    }

    @Test func yearOutsideTheEditionsYearsIsAWarning() throws {
        let edition = try MiniEdition.fixture.loaded()
        assertSelectionsDiagnostics(
            Self.edit("year = 2026", "year = 1️⃣2035"), edition: edition,
            [Expected("1️⃣", "S112", .warning, "edition 't' is meant for AGMs in 2020–2030, not 2035")])
    }

    @Test func missingTopLevelKeysAreErrors() throws {
        let edition = try MiniEdition.fixture.loaded()
        let loaded = loadSelections(Self.edit("year = 2026\n", ""), edition: edition)
        #expect(loaded.diagnostics.map { "\($0.code) \($0.message)" } == ["S101 the selections file is missing the required key 'year'"])
    }
}
