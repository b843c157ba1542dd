import Diagnostics
import Rulebook
import Testing

/// Sections, options, parameters and facts: ranges, defaults and references.
@Suite struct EditionLoaderSectionsTests {
    @Test func rangeWithMinAboveMaxIsLocated() {
        assertSectionDiagnostics(
            """
            [[parameter]]
            id = "p"
            title = "P"
            type = "integer"
            range = 1️⃣[5, 1]
            """,
            [Expected("1️⃣", "M107", "'range' must be [min, max] with two integers, min no greater than max")])
    }

    @Test(arguments: ["[1]", "[1, 2, 3]", #"["a", "b"]"#, "5"])
    func malformedRangeIsAnError(range: String) {
        let result = EditionFixture.oneSection("[[parameter]]\nid = \"p\"\ntitle = \"P\"\ntype = \"integer\"\nrange = \(range)\n").load()
        #expect(result.with("M107").count == 1, "\(result.lines)")
        #expect(result.edition == nil)
    }

    @Test func parameterDefaultOutsideItsRangeIsLocated() {
        assertSectionDiagnostics(
            """
            [[parameter]]
            id = "q"
            title = "Q"
            type = "integer"
            range = [1, 5]
            default = 1️⃣9
            """,
            [Expected("1️⃣", "M107", "'default' is 9 but must be between 1 and 5")])
    }

    @Test func parameterDefaultOfTheWrongTypeOrChoiceIsLocated() {
        assertSectionDiagnostics(
            """
            [[parameter]]
            id = "q"
            title = "Q"
            type = "integer"
            default = 1️⃣"ten"
            [[parameter]]
            id = "month"
            title = "Month"
            type = "choice"
            values = ["may", "june"]
            default = 2️⃣"july"
            """,
            [
                Expected("1️⃣", "M107", "'default' must be an integer, found string"),
                Expected("2️⃣", "M107", "'default' is 'july' but must be one of 'may', 'june'"),
            ])
    }

    @Test func factDefaultOutsideItsRangeIsAnError() {
        var fixture = MiniEdition.fixture
        fixture.edition = fixture.edition.replacing("default = 4", with: "default = 99")
        let result = fixture.load()
        #expect(result.lines == ["edition.toml:28:11: error: 'default' does not fit the fact's type or range [M107]"])
    }

    /// Only the bad `type` is reported: the keys after it are valid and must not be called unknown.
    /// (Guards against the loader returning before it has read them.)
    @Test func unknownParameterTypeIsAnErrorAndNothingElse() {
        assertSectionDiagnostics(
            """
            [[parameter]]
            id = "q"
            title = "Q"
            type = 1️⃣"number"
            """,
            [Expected("1️⃣", "M107", "'type' is 'number'; expected integer, boolean, string, date or choice")])
    }

    @Test func optionNeedingAnUnknownApprovalIsAReferenceError() {
        var fixture = MiniEdition.fixture
        fixture.sections[MiniEdition.forumsIndex] = fixture.sections[MiniEdition.forumsIndex]
            .replacing(#"approvals = ["nec"]"#, with: #"approvals = ["necc"]"#)
        let result = fixture.load()
        #expect(result.lines == ["sections/02.toml:23:14: error: unknown approval 'necc'; did you mean 'nec'? [M201]"])
    }

    @Test func defaultOptionMustExist() {
        var fixture = MiniEdition.fixture
        fixture.sections[MiniEdition.governanceIndex] = fixture.sections[MiniEdition.governanceIndex]
            .replacing(#"default = "delegate_gc""#, with: #"default = "delegate_cg""#)
        let result = fixture.load()
        #expect(result.lines == ["sections/01.toml:5:11: error: unknown option 'delegate_cg'; did you mean 'delegate_gc'? [M201]"])
    }

    @Test func chooseMustBeOneAnyOrNone() {
        var fixture = MiniEdition.fixture
        fixture.sections[MiniEdition.forumsIndex] = fixture.sections[MiniEdition.forumsIndex]
            .replacing(#"choose = "any""#, with: #"choose = "many""#)
        let result = fixture.load()
        #expect(result.lines == [#"sections/02.toml:3:10: error: 'choose' is 'many'; expected "one", "any" or "none" [M107]"#])
    }

    @Test func optionIDsAreTypedChoicesInExpressions() {
        assertSectionDiagnostics(
            """
            [[constraint]]
            id = "c"
            code = "GOV01"
            message = "m"
            require = 'officers.post == ["chair"] or count(officers where post == 1️⃣"chiar") > 0'
            """,
            [Expected("1️⃣", "R203", "'chiar' is not an option of 'post'; did you mean 'chair'?")])
    }

    @Test func wrongValueTypeForAKeyIsAnError() {
        assertSectionDiagnostics(
            """
            [[parameter]]
            id = "q"
            title = 1️⃣42
            type = "integer"
            """,
            [Expected("1️⃣", "M110", "'title' in a parameter of 'governance' must be a string, found integer")])
    }

    /// A constraint without an `id` is one error; its other keys are not "unknown".
    /// (Guards against the loader returning before it has read them.)
    @Test func constraintWithoutAnIDIsOneError() {
        assertSectionDiagnostics(
            """
            1️⃣[[constraint]]
            code = "GOV01"
            require = "true"
            message = "m"
            """,
            [Expected("1️⃣", "M101", "a constraint is missing the required key 'id'")])
    }
}

extension EditionLoaderSectionsTests {
    @Test func aSuggestionMustHaveTheParametersType() {
        assertSectionDiagnostics(
            """
            [[parameter]]
            id = "p"
            title = "P"
            type = "integer"
            range = [1, 5]
            suggest = '1️⃣"three"'
            """,
            [Expected("1️⃣", "R211", "expected a value of type 'integer', found 'string'")])
        // A choice is suggested as text, checked against the values only when it is offered.
        let choice = EditionFixture.oneSection(
            "[[parameter]]\nid = \"m\"\ntitle = \"M\"\ntype = \"choice\"\nvalues = [\"June\", \"July\"]\n"
                + "default = \"June\"\nsuggest = 'month_name(agm.date)'\n"
        ).load()
        #expect(!choice.diagnostics.hasErrors, "\(choice.lines)")
    }
}
