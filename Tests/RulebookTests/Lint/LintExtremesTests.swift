import Diagnostics
import Rulebook
import Testing

/// Lint at the edges of 64 bits: ranges bounded by the largest and smallest integers are fine, and a
/// comparison no 64-bit integer can satisfy is noticed even for a value with no declared range.
@Suite struct LintExtremesTests {
    @Test func rangeBoundsAtTheEdgesOfSixtyFourBitsAreFine() throws {
        let found = try MenuLinterTests.lint(
            governance: """
                [[parameter]]
                id = "anything"
                title = "Any number"
                type = "integer"
                range = [-9223372036854775808, 9223372036854775807]
                default = 9223372036854775807

                [[option]]
                id = "huge"
                title = "Huge"
                summary = "s"
                advice = "a"
                requires = "governance.anything >= 9223372036854775807 and governance.anything > -9223372036854775807"

                """)
        #expect(found.lines == [])
    }

    @Test func aComparisonNoIntegerSatisfiesIsNoticedWithoutARange() throws {
        let found = try MenuLinterTests.lint(
            governance: """
                [[parameter]]
                id = "unbounded"
                title = "Any number"
                type = "integer"
                default = 0

                [[option]]
                id = "never"
                title = "Never"
                summary = "s"
                advice = "a"
                requires = "governance.unbounded > 9223372036854775807"

                [[constraint]]
                id = "always_holds"
                code = "GOV95"
                require = "governance.unbounded <= 9223372036854775807"
                message = "m"
                because = "b"
                cite = "Rule Book T"
                pass = ["[governance]\\nunbounded = 1"]
                fail = ["[governance]\\nunbounded = 2"]

                """)
        #expect(found.diagnostics.map(\.code).sorted() == ["M304", "M305"])
    }
}
