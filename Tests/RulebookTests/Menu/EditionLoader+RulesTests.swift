import Diagnostics
import Rulebook
import Testing

/// Expressions and templates in menu files: checked at load and located at the exact column inside the
/// TOML string, whatever kind of string they are written in.
@Suite struct EditionLoaderRulesTests {
    static let typeError = "'>=' expects integers or dates, found 'integer' and 'string'"

    @Test func typeErrorInALiteralStringIsLocatedInTheFile() {
        assertSectionDiagnostics(
            """
            [[constraint]]
            id = "c"
            code = "GOV01"
            message = "m"
            require = 'governance.meetings 1️⃣>= "eight"'
            """,
            [Expected("1️⃣", "R204", Self.typeError)])
        let result = EditionFixture.oneSection(
            """
            [[constraint]]
            id = "c"
            code = "GOV01"
            message = "m"
            require = 'governance.meetings >= "eight"'
            """
        ).load()
        #expect(result.edition == nil)
        #expect(result.lines == ["sections/01.toml:15:32: error: \(Self.typeError) [R204]"])
    }

    @Test func typeErrorInAMultiLineLiteralStringIsLocatedOnItsLine() {
        assertSectionDiagnostics(
            """
            [[constraint]]
            id = "c"
            code = "GOV01"
            message = "m"
            require = '''
            facts.members > 1
              and governance.meetings 1️⃣>= "eight"
            '''
            """,
            [Expected("1️⃣", "R204", Self.typeError)])
        let result = EditionFixture.oneSection(
            """
            [[constraint]]
            id = "c"
            code = "GOV01"
            message = "m"
            require = '''
            facts.members > 1
              and governance.meetings >= "eight"
            '''
            """
        ).load()
        #expect(result.lines == ["sections/01.toml:17:27: error: \(Self.typeError) [R204]"])
    }

    @Test func typeErrorInABasicStringWithEscapesIsLocatedPastTheEscapes() {
        // `\u00e9` is six bytes in the file and two in the expression; `\"` is two and one.
        assertSectionDiagnostics(
            #"""
            [[constraint]]
            id = "c"
            code = "GOV01"
            message = "m"
            require = "\"a\u00e9\" == \"b\" and governance.meetings 1️⃣>= \"eight\""
            """#,
            [Expected("1️⃣", "R204", Self.typeError)])
    }

    @Test func expressionOfTheWrongKindForItsPlaceIsAnError() {
        let result = EditionFixture.oneSection(
            """
            [[constraint]]
            id = "c"
            code = "GOV01"
            message = "m"
            require = 'governance.meetings + 1'
            """
        ).load()
        #expect(result.with("R211").count == 1, "\(result.lines)")
        #expect(result.edition == nil)
    }

    @Test func unknownNameSuggestsTheNearestDeclaredName() {
        assertSectionDiagnostics(
            """
            [[constraint]]
            id = "c"
            code = "GOV01"
            message = "m"
            require = '1️⃣governance.meetngs >= 1 and 2️⃣facts.membrs > 0'
            """,
            [
                Expected("1️⃣", "R201", "unknown name 'governance.meetngs'; did you mean 'governance.meetings'?"),
                Expected("2️⃣", "R201", "unknown name 'facts.membrs'; did you mean 'facts.members'?"),
            ])
    }

    @Test func templateInterpolationIsCheckedAndLocated() {
        assertSectionDiagnostics(
            """
            [[constraint]]
            id = "c"
            code = "GOV01"
            require = "true"
            message = "only {{1️⃣governance.meetngs}} meetings"
            """,
            [Expected("1️⃣", "R201", "unknown name 'governance.meetngs'; did you mean 'governance.meetings'?")])
    }

    /// A constraint's `because` is a template like its message: read, type-checked and located at load.
    @Test func becauseIsCheckedAndLocatedLikeTheMessage() throws {
        assertSectionDiagnostics(
            """
            [[constraint]]
            id = "c"
            code = "GOV01"
            require = "true"
            message = "m"
            because = '{{governance.meetings}} meetings, {{plural(1️⃣"x", "a", "b")}} and {{2️⃣facts.membrs}}'
            """,
            [
                Expected(
                    "1️⃣", "R208", "'plural' expects an integer and two strings, found 'string', 'string' and 'string'"),
                Expected("2️⃣", "R201", "unknown name 'facts.membrs'; did you mean 'facts.members'?"),
            ])
        let edition = try EditionFixture.oneSection(
            """
            [[constraint]]
            id = "c"
            code = "GOV01"
            require = "true"
            message = "m"
            because = '{{plural(governance.meetings, "meeting", "meetings")}} are planned'
            """
        ).loaded()
        let constraint = try #require(edition.allConstraints.first)
        #expect(constraint.because?.text == #"{{plural(governance.meetings, "meeting", "meetings")}} are planned"#)
    }

    @Test func derivedValuesMayBeWrittenInAnyOrder() throws {
        let edition = try EditionFixture.oneSection(
            """
            [[derived]]
            id = "double"
            type = "integer"
            value = "half * 4"
            [[derived]]
            id = "half"
            type = "integer"
            value = "governance.meetings / 2"
            """
        ).loaded()
        #expect(edition.allDerived.map(\.id) == ["double", "half"])
        // Worked out once at load: each value after the ones it reads, and each found by its id.
        #expect(edition.derivedInDependencyOrder.map(\.id) == ["half", "double"])
        #expect(edition.derived("half")?.value.source.text == "governance.meetings / 2")
        #expect(edition.derived("governance.meetings") == nil)
    }

    @Test func cycleAmongDerivedValuesReportsTheChain() {
        assertSectionDiagnostics(
            """
            [[derived]]
            id = "a"
            type = "integer"
            value = "1️⃣b + 1"
            [[derived]]
            id = "b"
            type = "integer"
            value = "c + 1"
            [[derived]]
            id = "c"
            type = "integer"
            value = "a + governance.meetings"
            """,
            [Expected("1️⃣", "M203", "derived values depend on each other in a cycle: 'a' -> 'b' -> 'c' -> 'a'")])
    }

    @Test func aVeryLongChainOfDerivedValuesIsAnErrorNotACrash() {
        // Declared last-first, so checking the first one walks the whole chain.
        var text = ""
        for index in stride(from: 2_000, through: 1, by: -1) {
            text += "[[derived]]\nid = \"d\(index)\"\ntype = \"integer\"\nvalue = \"d\(index - 1) + 1\"\n"
        }
        text += "[[derived]]\nid = \"d0\"\ntype = \"integer\"\nvalue = \"governance.meetings\"\n"
        let result = EditionFixture.oneSection(text).load()
        let loaded = result.edition != nil
        #expect(!loaded)
        let tooLong = result.lines.filter { $0.contains("sits in a chain of more than 500 derived values [M107]") }
        #expect(tooLong.count == 1)
    }

    @Test func derivedValueThatReadsItselfIsACycle() {
        let result = EditionFixture.oneSection(
            """
            [[derived]]
            id = "a"
            type = "integer"
            value = "a + 1"
            """
        ).load()
        #expect(result.lines == ["sections/01.toml:14:10: error: derived values depend on each other in a cycle: 'a' -> 'a' [M203]"])
    }

    /// A cycle that runs through a `where` condition is still a cycle.
    @Test func cycleThroughAWhereConditionIsReported() {
        let result = EditionFixture.oneSection(
            """
            [[derived]]
            id = "a"
            type = "integer"
            value = "count(officers where woman and b > 0)"
            [[derived]]
            id = "b"
            type = "integer"
            value = "a + 1"
            """
        ).load()
        #expect(
            result.with("M203").map(\.message) == ["derived values depend on each other in a cycle: 'a' -> 'b' -> 'a'"], "\(result.lines)")
    }

    @Test func duplicateDerivedIDAcrossFilesIsAnError() {
        var fixture = MiniEdition.fixture
        fixture.sections[MiniEdition.governanceIndex] += """
            [[derived]]
            id = "quorum"
            type = "integer"
            value = "1"

            """
        let result = fixture.load()
        #expect(result.with("M104").map(\.message) == ["duplicate derived value 'quorum'"], "\(result.lines)")
    }

    @Test func badSeverityIsAnError() {
        let result = EditionFixture.oneSection(
            """
            [[constraint]]
            id = "c"
            code = "GOV01"
            require = "true"
            message = "m"
            severity = "fatal"
            """
        ).load()
        #expect(result.lines == [#"sections/01.toml:16:12: error: 'severity' is 'fatal'; expected "error" or "warning" [M107]"#])
    }

    @Test func constraintExamplesKeepTheirTextAndLocation() throws {
        let edition = try MiniEdition.fixture.loaded()
        let constraint = try #require(edition.allConstraints.first { $0.code == "GOV02" })
        #expect(constraint.passExamples.map(\.text) == ["[governance]\nmeetings_per_year = 9\n"])
        #expect(constraint.failExamples.map(\.text) == ["[governance]\nmeetings_per_year = 6\n"])
        #expect(position(constraint.failExamples.first?.span, in: edition.files) == "sections/01.toml:50:9")
    }
}
