import Diagnostics
import Rulebook
import Testing

/// Things that load but are almost certainly mistakes.
@Suite struct MenuLinterTests {
    /// Loads the mini edition with `extra` appended to the governance section and lints it.
    static func lint(governance extra: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> (
        lines: [String], diagnostics: [Diagnostic]
    ) {
        var fixture = MiniEdition.fixture
        fixture.sections[MiniEdition.governanceIndex] += extra
        let edition = try fixture.loaded(sourceLocation: sourceLocation)
        let diagnostics = MenuLinter(edition: edition).lint()
        return (diagnosticLines(diagnostics, files: edition.files), diagnostics)
    }

    @Test func normalEditionHasNoLintFindings() throws {
        let edition = try MiniEdition.fixture.loaded()
        #expect(diagnosticLines(MenuLinter(edition: edition).lint(), files: edition.files) == [])
    }

    @Test func optionWhoseRequiresCannotHoldWithinTheParameterRange() throws {
        let found = try Self.lint(
            governance: """
                [[option]]
                id = "monthly"
                title = "Monthly"
                summary = "s"
                advice = "a"
                requires = "governance.meetings_per_year > 12"

                """)
        #expect(
            found.lines == [
                "sections/01.toml:59:13: warning: option 'governance.monthly' can never be chosen: its 'requires' can never hold [M304]"
            ])
    }

    @Test(arguments: [
        "12 < governance.meetings_per_year",
        "governance.meetings_per_year == 13",
        "governance.meetings_per_year < 1",
        "not (governance.meetings_per_year <= 12)",
        "governance.meetings_per_year > 12 and facts.members > 1",
        "governance.meetings_per_year > 12 or facts.members > 20000",
    ])
    func requiresThatCanNeverHold(requires: String) throws {
        let found = try Self.lint(
            governance: "[[option]]\nid = \"x\"\ntitle = \"X\"\nsummary = \"s\"\nadvice = \"a\"\nrequires = '\(requires)'\n")
        #expect(found.diagnostics.map(\.code) == ["M304"])
    }

    @Test(arguments: [
        "governance.meetings_per_year >= 12",
        "governance.meetings_per_year != 5",
        "governance.meetings_per_year > 12 or facts.members > 10",
        "not (governance.meetings_per_year > 12)",
        "governance.meetings_per_year * 2 > 30",
        #"governance.option == "delegate_gc""#,
    ])
    func requiresThatMightHoldIsNotReported(requires: String) throws {
        let found = try Self.lint(
            governance: "[[option]]\nid = \"x\"\ntitle = \"X\"\nsummary = \"s\"\nadvice = \"a\"\nrequires = '\(requires)'\n")
        #expect(found.lines == [])
    }

    @Test func constraintThatCanNeverFire() throws {
        let found = try Self.lint(
            governance: """
                [[constraint]]
                id = "at_most_twelve"
                code = "GOV03"
                require = "governance.meetings_per_year <= 12"
                message = "m"
                because = "b"
                cite = "Rule Book T"
                pass = ["[governance]\\nmeetings_per_year = 12\\n"]
                fail = ["[governance]\\nmeetings_per_year = 1\\n"]

                """)
        #expect(found.lines == ["sections/01.toml:57:12: warning: constraint 'governance.at_most_twelve' can never fire [M305]"])
    }

    @Test func constraintWhoseWhenCanNeverHoldCanNeverFire() throws {
        let found = try Self.lint(
            governance: """
                [[constraint]]
                id = "rare"
                code = "GOV03"
                when = "facts.members > 20000"
                require = "governance.meetings_per_year >= 9"
                message = "m"
                because = "b"
                cite = "Rule Book T"
                pass = ["[governance]\\nmeetings_per_year = 12\\n"]
                fail = ["[governance]\\nmeetings_per_year = 1\\n"]

                """)
        #expect(found.diagnostics.map(\.code) == ["M305"])
        #expect(found.diagnostics.first?.message == "constraint 'governance.rare' can never fire")
    }

    @Test func clauseThatIsNeverEmitted() throws {
        let found = try Self.lint(
            governance: """
                [[clause]]
                id = "never"
                title = "Never"
                when = "governance.meetings_per_year > 99"
                text = "x"

                """)
        #expect(
            found.lines == [
                "sections/01.toml:57:9: warning: clause 'never' can never be emitted: its 'when' can never hold [M306]"
            ])
    }

    @Test func missingCitationsAreReportedWhenTheSectionHasNoneEither() throws {
        var fixture = MiniEdition.fixture
        fixture.sections[MiniEdition.forumsIndex] = fixture.sections[MiniEdition.forumsIndex]
            .replacing("cite = \"Rule Book T, Chapter 8\"\n", with: "")
        fixture.sections[MiniEdition.governanceIndex] = fixture.sections[MiniEdition.governanceIndex]
            .replacing("cite = \"Rule Book T, Chapter 7, Clause VIII.3\"\n", with: "")
        let edition = try fixture.loaded()
        let found = MenuLinter(edition: edition).lint()
        #expect(
            diagnosticLines(found, files: edition.files) == [
                "sections/02.toml:5:1: warning: option 'forums.womens_forum' has no citation [M301]",
                "sections/02.toml:11:1: warning: option 'forums.bame_forum' has no citation [M301]",
                "sections/02.toml:17:1: warning: option 'forums.youth_forum' has no citation [M301]",
                "sections/01.toml:38:1: warning: constraint 'governance.enough_meetings' has no citation [M301]",
            ])
        #expect(found.first?.fixIts.map(\.summary) == [#"add cite = "Rule Book T, Chapter N, Clause X""#])
    }

    @Test func constraintWithoutBecauseIsReported() throws {
        let found = try Self.lint(
            governance: """
                [[constraint]]
                id = "unexplained"
                code = "GOV03"
                require = "governance.meetings_per_year >= 9"
                message = "m"
                cite = "Rule Book T"
                pass = ["[governance]\\nmeetings_per_year = 12\\n"]
                fail = ["[governance]\\nmeetings_per_year = 1\\n"]

                """)
        #expect(found.diagnostics.map(\.code) == ["M315"])
        #expect(found.diagnostics.first?.severity == .warning)
        #expect(
            found.diagnostics.first?.message
                == "constraint 'governance.unexplained' has no 'because', so a failure is explained only by the titles of what it reads"
        )
    }

    @Test func constraintWithoutExamples() throws {
        let found = try Self.lint(
            governance: """
                [[constraint]]
                id = "untested"
                code = "GOV03"
                require = "governance.meetings_per_year >= 9"
                message = "m"
                because = "b"
                cite = "Rule Book T"
                pass = ["[governance]\\nmeetings_per_year = 12\\n"]

                """)
        #expect(
            found.lines == [
                "sections/01.toml:54:1: warning: constraint 'governance.untested' needs at least one 'pass' and one 'fail' example [M302]"
            ])
    }
}

/// Parts and cross-references: every clause placed once parts are declared, every reference resolvable.
@Suite struct MenuLinterPlacementTests {
    @Test func aClauseNoDeclaredPartPlacesIsReported() throws {
        var fixture = MiniEdition.fixture
        fixture.edition += """

            [[part]]
            id = "structure"
            title = "Structure"
            sections = ["governance", "forums"]

            """
        let edition = try fixture.loaded()
        let codes = MenuLinter(edition: edition).lint().map(\.code)
        // The standing_orders section's 'quorum' clause is in no part.
        #expect(codes.filter { $0 == "M313" }.count == 1)
        #expect(edition.parts.map(\.id) == ["structure"])
        #expect(edition.parts.allSatisfy { $0.isDeclared })
    }

    @Test func withoutDeclaredPartsEverySectionIsAPart() throws {
        let edition = try MiniEdition.fixture.loaded()
        #expect(edition.parts.map(\.id) == ["governance", "forums", "standing_orders"])
        #expect(!edition.parts.contains { $0.isDeclared })
        #expect(!MenuLinter(edition: edition).lint().contains { $0.code == "M313" })
    }

    @Test func aCrossReferenceToNoClauseIsReported() throws {
        var fixture = MiniEdition.fixture
        fixture.sections[MiniEdition.standingOrdersIndex] = fixture.sections[MiniEdition.standingOrdersIndex].replacing(
            #"text = "The quorum is {{quorum}} members.""#,
            with: #"text = "The quorum is {{quorum}} members; see [[clause quorun]] and [[clause quorum]].""#)
        let edition = try fixture.loaded()
        let found = MenuLinter(edition: edition).lint().filter { $0.code == "M314" }
        #expect(found.count == 1)
        #expect(found.first?.message.contains("'[[clause quorun]]'") == true)
        #expect(found.first?.message.contains("did you mean 'quorum'?") == true)
    }
}
