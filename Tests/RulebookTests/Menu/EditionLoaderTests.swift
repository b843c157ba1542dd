import Diagnostics
import Rulebook
import Testing

/// The structure of an edition folder: identity, schema version, section files and keys.
@Suite struct EditionLoaderTests {
    @Test func miniEditionLoadsWithEveryPart() throws {
        let result = MiniEdition.fixture.load()
        #expect(result.lines == [])
        let edition = try #require(result.edition)
        #expect(edition.schemaVersion == 1)
        #expect(edition.id == "t")
        #expect(edition.ruleBook == "Rule Book T")
        #expect(edition.supersedes == "s")
        #expect(edition.validYears == 2020...2030)
        #expect(edition.sections.map(\.id) == ["governance", "forums", "standing_orders"])
        #expect(edition.sections.map(\.choose) == [.one, .any, .none])
        #expect(edition.section("governance")?.defaults == ["delegate_gc"])
        #expect(edition.facts.map(\.id) == ["members", "labour_mp", "wards", "branch"])
        #expect(edition.facts.map(\.required) == [true, true, false, true])
        #expect(edition.facts[2].defaultValue == .integer(4))
        #expect(edition.posts.map(\.id) == ["chair", "secretary"])
        #expect(edition.allConstraints.map(\.code) == ["GEN01", "GOV02"])
        #expect(edition.allConstraints.map(\.qualifiedID) == ["has_chair", "governance.enough_meetings"])
        #expect(edition.allConstraints.map(\.severity) == [.warning, .error])
        #expect(edition.allDerived.map(\.id) == ["quorum"])
        #expect(edition.migration?.changes.map(\.from) == ["forums.ethnic_minorities_forum", "forums.cross_clp_forum"])
        #expect(edition.migration?.changes.map(\.to) == ["forums.bame_forum", nil])
        let delegates = try #require(edition.section("governance")?.parameter("delegate_ratio"))
        #expect(delegates.kind == .integer(5...50))
        #expect(delegates.defaultValue == .integer(15))
        #expect(delegates.applies?.text == #"governance.option == "delegate_gc""#)
    }

    @Test func minimalEditionLoadsAndAMissingSchemaVersionMeansOne() throws {
        let fixture = EditionFixture(
            edition: """
                id = "t"
                title = "T"
                rule_book = "Rule Book T"
                sections = ["plain"]
                """,
            sections: [
                """
                id = "plain"
                title = "Plain"
                choose = "none"
                """
            ])
        let result = fixture.load()
        #expect(result.lines == [])
        let edition = try #require(result.edition)
        #expect(edition.schemaVersion == 1)
        #expect(edition.sections.map(\.title) == ["Plain"])
        #expect(edition.allConstraints.isEmpty)
    }

    @Test func newerSchemaVersionIsAnErrorNamingTheHighestSupported() {
        var fixture = MiniEdition.fixture
        fixture.edition = "schema_version = 99\n" + fixture.edition
        let result = fixture.load()
        #expect(result.edition == nil)
        #expect(result.lines == ["edition.toml:1:18: error: schema_version 99 is newer than this clpconf understands (highest: 1) [M102]"])
        #expect(result.diagnostics.first?.fixIts.map(\.summary) == ["install a newer clpconf, or set schema_version = 1"])
    }

    @Test func idMustMatchTheFolderName() {
        var fixture = MiniEdition.fixture
        fixture.folder = "2019"
        let result = fixture.load()
        #expect(result.edition == nil)
        #expect(result.lines == ["edition.toml:1:6: error: 'id' is 't' but the folder is named '2019'; they must match [M107]"])
    }

    @Test func listedSectionWithoutAFileIsAnErrorWithDidYouMean() {
        var fixture = MiniEdition.fixture
        fixture.edition = fixture.edition.replacing(#""forums", "standing_orders"]"#, with: #""forumz", "standing_orders"]"#)
        let result = fixture.load()
        #expect(result.edition == nil)
        #expect(
            result.lines == [
                "edition.toml:8:27: error: no file in 'sections/' has id 'forumz'; did you mean 'forums'? [M108]",
                "sections/02.toml:1:1: warning: section 'forums' in 'sections/02.toml' is not listed in edition.toml's 'sections', so it is ignored [M109]",
            ])
        #expect(result.with("M108").first?.fixIts.map(\.summary) == [#"add 'sections/NN_forumz.toml' with id = "forumz""#])
    }

    @Test func unlistedSectionFileIsAWarningAndIgnored() throws {
        var fixture = MiniEdition.fixture
        fixture.sections.append(
            """
            id = "extras"
            title = "Extras"
            choose = "none"
            """)
        let result = fixture.load()
        #expect(
            result.lines == [
                "sections/04.toml:1:1: warning: section 'extras' in 'sections/04.toml' is not listed in edition.toml's 'sections', so it is ignored [M109]"
            ])
        #expect(result.with("M109").first?.fixIts.map(\.summary) == [#"add "extras" to 'sections' in edition.toml"#])
        let edition = try #require(result.edition)
        #expect(edition.section("extras") == nil)
    }

    @Test func duplicateConstraintCodeIsAnErrorWithANoteAtTheFirst() throws {
        var fixture = MiniEdition.fixture
        fixture.sections[MiniEdition.forumsIndex] += """
            [[constraint]]
            id = "forums_ok"
            code = "GOV02"
            require = "true"
            message = "m"

            """
        let result = fixture.load()
        #expect(result.lines == ["sections/02.toml:27:8: error: duplicate constraint code 'GOV02' [M104]"])
        let note = try #require(result.with("M104").first?.notes.first)
        #expect(note.message == "'GOV02' first defined here")
        #expect(position(note.location, in: result.files) == "sections/01.toml:40:8")
    }

    @Test func duplicateOptionIDInASectionIsAnError() {
        var fixture = MiniEdition.fixture
        fixture.sections[MiniEdition.forumsIndex] += """
            [[option]]
            id = "bame_forum"
            title = "Again"
            summary = "s"
            advice = "a"

            """
        let result = fixture.load()
        #expect(result.lines == ["sections/02.toml:25:1: error: duplicate option 'bame_forum' [M104]"])
        #expect(result.with("M104").first.map { position($0.notes.first?.location, in: result.files) } == "sections/02.toml:12:1")
    }

    @Test func malformedConstraintCodeIsAnError() {
        var fixture = MiniEdition.fixture
        fixture.sections[MiniEdition.forumsIndex] += """
            [[constraint]]
            id = "forums_ok"
            code = "Forum1"
            require = "true"
            message = "m"

            """
        let result = fixture.load()
        #expect(
            result.lines == [
                "sections/02.toml:27:8: error: constraint code 'Forum1' is not two to four capital letters followed by two or three digits [M106]"
            ])
        #expect(result.with("M106").first?.fixIts.map(\.summary) == ["use a code such as 'GOV01'"])
    }

    @Test(arguments: [
        ("GOV01", true), ("AB12", true), ("ABCD123", true), ("A12", false), ("ABCDE12", false), ("GOV1", false), ("GOV1234", false),
        ("gov01", false),
    ])
    func constraintCodeFormat(code: String, valid: Bool) {
        let result = EditionFixture.oneSection(
            """
            [[constraint]]
            id = "c"
            code = "\(code)"
            require = "true"
            message = "m"
            """
        ).load()
        #expect(result.with("M106").isEmpty == valid, "\(result.lines)")
    }

    @Test func unknownKeyIsAWarningWithDidYouMean() throws {
        assertSectionDiagnostics(
            """
            [[constraint]]
            id = "c"
            code = "GOV01"
            message = "m"
            require = "true"
            1️⃣requires = "true"
            """,
            [Expected("1️⃣", "M103", .warning, "unknown key 'requires' in a constraint; did you mean 'require'?")])
        let result = EditionFixture.oneSection(
            "[[constraint]]\nid = \"c\"\ncode = \"GOV01\"\nmessage = \"m\"\nrequire = \"true\"\nsevrity = \"warning\"\n"
        ).load()
        #expect(result.edition != nil, "a warning does not stop the edition loading")
        #expect(result.lines == ["sections/01.toml:16:1: warning: unknown key 'sevrity' in a constraint; did you mean 'severity'? [M103]"])
    }

    @Test func unknownTopLevelKeyInEditionTomlIsAWarning() {
        var fixture = MiniEdition.fixture
        fixture.edition = "titel = \"x\"\n" + fixture.edition
        #expect(fixture.load().lines == ["edition.toml:1:1: warning: unknown key 'titel' in edition.toml; did you mean 'title'? [M103]"])
    }

    @Test func missingRequiredKeyIsAnError() {
        var fixture = MiniEdition.fixture
        fixture.sections[MiniEdition.forumsIndex] += """
            [[constraint]]
            id = "forums_ok"
            code = "FOR01"
            message = "m"

            """
        let result = fixture.load()
        #expect(result.edition == nil)
        #expect(result.lines == ["sections/02.toml:25:1: error: a constraint is missing the required key 'require' [M101]"])
    }

    @Test func idsMustBeSnakeCase() {
        let result = EditionFixture.oneSection(
            """
            [[constraint]]
            id = "Enough-Meetings"
            code = "GOV01"
            require = "true"
            message = "m"
            """
        ).load()
        #expect(
            result.lines == [
                "sections/01.toml:12:6: error: 'Enough-Meetings' is not a valid id; ids are snake_case: a lowercase letter, then letters, digits or '_' [M105]"
            ])
    }
}
