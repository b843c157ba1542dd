import Diagnostics
import RuleLanguage
import TOML
import Testing

@testable import Rulebook

/// Searching for the smallest verified changes that make invalid selections valid.
@Suite struct FixSearchTests {
    static func edition(
        extra: String = "", in index: Int = MiniEdition.governanceIndex, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws -> Edition {
        var fixture = MiniEdition.fixture
        fixture.sections[index] += extra
        return try fixture.loaded(sourceLocation: sourceLocation)
    }

    static func edit(
        _ old: String, _ new: String, in text: String = MiniEdition.selections, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) -> String {
        SelectionsLoaderTests.edit(old, new, in: text, sourceLocation: sourceLocation)
    }

    /// Every fix must really leave no errors when applied.
    static func expectVerified(
        _ fixes: [FixSearch.Fix], _ selections: Selections, edition: Edition, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        for fix in fixes {
            let applied = FixSearch(edition: edition).apply(fix.edits, to: selections)
            let result = Validator(edition: edition).validate(applied)
            #expect(result.isValid, "'\(fix.summary)' does not fix the file", sourceLocation: sourceLocation)
        }
    }

    @Test func validSelectionsNeedNoFix() throws {
        let edition = try Self.edition()
        let found = FixSearch(edition: edition).search(try selections(MiniEdition.selections, edition: edition))
        #expect(found.fixes.isEmpty)
        #expect(found.exhausted == false)
    }

    @Test func parameterBelowAThresholdIsMovedToTheNearestValueThatWorks() throws {
        let edition = try Self.edition()
        let loaded = try selections(Self.edit("meetings_per_year = 10", "meetings_per_year = 6"), edition: edition)
        let found = FixSearch(edition: edition).search(loaded)
        #expect(found.fixes.map(\.summary) == ["set governance.meetings_per_year = 8"], "one fix per key: the nearest value")
        #expect(found.fixes.first?.edits == [FixSearch.Edit(section: "governance", key: "meetings_per_year", value: 8)])
        #expect(found.fixes.first?.remainingWarnings == 0)
        Self.expectVerified(found.fixes, loaded, edition: edition)
    }

    @Test func searchStopsAtItsBoundsAndSaysSo() throws {
        let edition = try Self.edition()
        let loaded = try selections(Self.edit("meetings_per_year = 10", "meetings_per_year = 6"), edition: edition)
        let noTime = FixSearch(edition: edition, timeLimit: .zero).search(loaded)
        #expect(noTime.fixes.isEmpty)
        #expect(noTime.exhausted)
        let noBudget = FixSearch(edition: edition, budget: 0).search(loaded)
        #expect(noBudget.fixes.isEmpty)
        #expect(noBudget.exhausted)
        let enough = FixSearch(edition: edition).search(loaded)
        #expect(!enough.fixes.isEmpty)
        #expect(!enough.exhausted)
    }

    @Test func lastYearsValueIsPreferred() throws {
        let edition = try Self.edition()
        let loaded = try selections(Self.edit("meetings_per_year = 10", "meetings_per_year = 6"), edition: edition)
        let last = try selections(Self.edit("meetings_per_year = 10", "meetings_per_year = 12"), edition: edition)
        let found = FixSearch(edition: edition).search(loaded, last: last)
        #expect(found.fixes.map(\.summary) == ["set governance.meetings_per_year = 12"])
        Self.expectVerified(found.fixes, loaded, edition: edition)
    }

    @Test func optionIsSwappedWhenItsRequirementFails() throws {
        let edition = try Self.edition()
        let text = Self.edit(
            "members = 812", "members = 2500", in: Self.edit(#"option = "delegate_gc""#, #"option = "all_member_meetings""#))
        let loaded = try selections(text, edition: edition)
        let found = FixSearch(edition: edition).search(loaded)
        #expect(found.fixes.map(\.summary) == [#"set governance.option = "delegate_gc""#])
        Self.expectVerified(found.fixes, loaded, edition: edition)
    }

    @Test func twoEditsAreFoundWhenNoSingleEditIsEnough() throws {
        let edition = try Self.edition(
            extra: """
                [[constraint]]
                id = "quorum_high"
                code = "SO01"
                require = "standing_orders.quorum_percent >= 20"
                message = "m"

                """, in: MiniEdition.standingOrdersIndex)
        let loaded = try selections(
            Self.edit("meetings_per_year = 10", "meetings_per_year = 6") + "[standing_orders]\nquorum_percent = 15\n", edition: edition)
        let found = FixSearch(edition: edition).search(loaded)
        let best = try #require(found.fixes.first)
        #expect(best.edits.count == 2)
        #expect(Set(best.edits.map(\.summary)) == ["set governance.meetings_per_year = 8", "set standing_orders.quorum_percent = 20"])
        #expect(found.fixes.count == 1, "one fix per set of keys")
        Self.expectVerified(found.fixes, loaded, edition: edition)
    }

    /// The nearest working value is measured from the value in effect, which may be the menu's default.
    /// (Guards against counting every move from a default as the same distance.)
    @Test func nearestValueIsMeasuredFromTheDefaultWhenTheFileLeavesItOut() throws {
        let edition = try Self.edition(
            extra: """
                [[constraint]]
                id = "quorum_low"
                code = "SO01"
                require = "standing_orders.quorum_percent <= 5"
                message = "m"

                """, in: MiniEdition.standingOrdersIndex)
        let loaded = try selections(MiniEdition.selections, edition: edition)
        let found = FixSearch(edition: edition).search(loaded)
        #expect(found.fixes.first?.summary == "set standing_orders.quorum_percent = 5")
        Self.expectVerified(found.fixes, loaded, edition: edition)
    }

    @Test func ruleOnFactsHasNoFixAmongTheChoices() throws {
        let edition = try Self.edition(
            extra: """
                [[constraint]]
                id = "big_enough"
                code = "GOV05"
                require = "facts.members >= 1000"
                message = "m"

                """)
        let loaded = try selections(MiniEdition.selections, edition: edition)
        #expect(!Validator(edition: edition).validate(loaded).isValid)
        let found = FixSearch(edition: edition).search(loaded)
        #expect(found.fixes.isEmpty)
        #expect(found.partial.isEmpty)
        #expect(found.unfixable == ["GOV05"])
        #expect(found.exhausted == false)
    }

    @Test func fixableRuleGetsAPartialFixWhenAnotherCannotBeFixed() throws {
        let edition = try Self.edition(
            extra: """
                [[constraint]]
                id = "big_enough"
                code = "GOV05"
                require = "facts.members >= 1000"
                message = "m"

                """)
        let loaded = try selections(Self.edit("meetings_per_year = 10", "meetings_per_year = 6"), edition: edition)
        let found = FixSearch(edition: edition).search(loaded)
        #expect(found.fixes.isEmpty)
        #expect(found.partial.map { "\($0.code): \($0.fix.summary)" } == ["GOV02: set governance.meetings_per_year = 8"])
        #expect(found.unfixable == ["GOV05"])
    }

    @Test func budgetLimitsTheSearch() throws {
        let edition = try Self.edition()
        let loaded = try selections(Self.edit("meetings_per_year = 10", "meetings_per_year = 6"), edition: edition)
        let found = FixSearch(edition: edition, budget: 1).search(loaded)
        #expect(found.fixes.count <= 1)
        #expect(found.exhausted == found.fixes.isEmpty)
    }

    @Test func applyChangesOnlyTheEditedChoices() throws {
        let edition = try Self.edition()
        let loaded = try selections(MiniEdition.selections, edition: edition)
        let applied = FixSearch(edition: edition).apply(
            [
                .init(section: "governance", key: "option", value: "all_member_meetings"),
                .init(section: "forums", key: "options", value: ["bame_forum", "womens_forum"]),
                .init(section: "standing_orders", key: "quorum_percent", value: 30),
            ], to: loaded)
        #expect(applied.choices["governance"]?.options.map(\.value) == ["all_member_meetings"])
        #expect(applied.choices["governance"]?.parameters["meetings_per_year"]?.value == 10)
        #expect(applied.choices["forums"]?.options.map(\.value) == ["bame_forum", "womens_forum"])
        #expect(applied.choices["standing_orders"]?.parameters["quorum_percent"]?.value == 30)
        #expect(loaded.choices["governance"]?.options.map(\.value) == ["delegate_gc"], "the original is unchanged")
    }

    @Test func valuesAreWrittenAsTOML() {
        #expect(FixSearch.tomlLiteral(8) == "8")
        #expect(FixSearch.tomlLiteral(true) == "true")
        #expect(FixSearch.tomlLiteral(#"a "b" \c"#) == #""a \"b\" \\c""#)
        #expect(FixSearch.tomlLiteral(["x", "y"]) == #"["x", "y"]"#)
        #expect(FixSearch.tomlLiteral(.date(TOMLDate(year: 2026, month: 5, day: 2))) == "2026-05-02")
        let valid = TOMLParser.parse("v = " + FixSearch.tomlLiteral(#"a "b" \c"#), path: "t")
        #expect(valid.document.root["v"]?.string == #"a "b" \c"#)
    }

    /// Any string must come back from TOML unchanged, including line breaks and control characters
    /// (a CLP name from a multi-line string, say), not just quotes and backslashes.
    @Test(arguments: ["two\nlines", "tab\there", "bell\u{7}", "del\u{7F}"])
    func everyStringRoundTripsThroughTOML(text: String) {
        let parsed = TOMLParser.parse("v = " + FixSearch.tomlLiteral(.string(text)), path: "t")
        #expect(parsed.isValid, "\(parsed.diagnostics.map(\.message))")
        #expect(parsed.document.root["v"]?.string == text)
    }
}
