import Diagnostics
import RuleLanguage
import TOML
import Testing

@testable import Rulebook

/// The fix search on values at the edges of 64 bits: stepping past `Int64` is a skipped candidate, never a
/// trap, and ranking a move between the extremes does not overflow either.
@Suite struct FixSearchOverflowTests {
    static let extremes = [Int.min, Int.max, Int.min + 1, Int.max - 1]

    /// Every integer setting and integer fact of a shipped edition, set to `value` in its `example.toml`,
    /// searched for fixes.
    @Test(arguments: ["2012", "2019"], [Int.min, Int.max])
    func everyIntegerSettingOfTheShippedEditions(id: String, value: Int) throws {
        let loaded = try ShippedEditionTests.load(id)
        let edition = loaded.edition
        let base = try #require(SelectionsLoader.load(loaded.example, edition: edition).0)
        let search = FixSearch(edition: edition, budget: 20)
        var searched = 0
        for section in edition.sections {
            for parameter in section.parameters {
                guard case .integer = parameter.kind else { continue }
                let edit = FixSearch.Edit(section: section.id, key: parameter.id, value: .integer(value))
                let outcome = search.search(search.apply([edit], to: base))
                Self.expectVerified(outcome, search.apply([edit], to: base), edition: edition)
                searched += 1
            }
        }
        for fact in edition.facts {
            guard case .integer = fact.kind else { continue }
            var selections = base
            selections.facts[fact.id] = .init(value: .integer(value), span: base.document.span(0..<0))
            let outcome = search.search(selections)
            Self.expectVerified(outcome, selections, edition: edition)
            searched += 1
        }
        #expect(searched > 30, "the edition has integer settings and facts")
    }

    /// Every fix offered really removes every error.
    static func expectVerified(
        _ outcome: FixSearch.Outcome, _ selections: Selections, edition: Edition,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        for fix in outcome.fixes {
            let applied = FixSearch(edition: edition).apply(fix.edits, to: selections)
            #expect(
                Validator(edition: edition).validate(applied).isValid, "'\(fix.summary)' does not fix the file",
                sourceLocation: sourceLocation)
        }
    }

    /// A setting with no range, and constraints that compare it with the largest and smallest integers.
    static let unbounded = """

        [[parameter]]
        id = "big"
        title = "A number with no range"
        type = "integer"
        default = 0

        [[constraint]]
        id = "not_largest"
        code = "GOV90"
        require = "governance.big < 9223372036854775807"
        message = "too big"
        cite = "Rule Book T"

        [[constraint]]
        id = "not_smallest"
        code = "GOV91"
        require = "governance.big > -9223372036854775807"
        message = "too small"
        cite = "Rule Book T"

        """

    @Test(arguments: extremes)
    func constraintComparingWithTheLargestInteger(value: Int) throws {
        let edition = try FixSearchTests.edition(extra: Self.unbounded)
        let text = FixSearchTests.edit("meetings_per_year = 10", "meetings_per_year = 10\nbig = \(value)")
        let loaded = loadSelections(text, edition: edition)
        let selections = try #require(loaded.selections)
        let outcome = FixSearch(edition: edition).search(selections)
        Self.expectVerified(outcome, selections, edition: edition)
        if value == Int.max || value == Int.min + 1 {
            #expect(!outcome.fixes.isEmpty, "a move one step back is a fix")
        }
    }

    @Test func candidatesStopAtTheEdgesOfSixtyFourBits() throws {
        let edition = try FixSearchTests.edition(extra: Self.unbounded)
        let text = FixSearchTests.edit("meetings_per_year = 10", "meetings_per_year = 10\nbig = \(Int.max)")
        let selections = try #require(loadSelections(text, edition: edition).selections)
        let validation = Validator(edition: edition).validate(selections)
        let candidates = CandidateGenerator(edition: edition, selections: selections, bindings: validation.bindings)
            .candidates(for: validation.diagnostics)
        let values = candidates.filter { $0.key == "big" }.compactMap { edit -> Int? in
            if case .integer(let number) = edit.value { return number }
            return nil
        }
        #expect(values.contains(Int.max - 1))
        #expect(!values.contains(Int.max), "the current value is not a candidate")
    }

    @Test func rankingAMoveAcrossTheWholeRangeDoesNotOverflow() throws {
        let edition = try FixSearchTests.edition(extra: Self.unbounded)
        let text = FixSearchTests.edit("meetings_per_year = 10", "meetings_per_year = 10\nbig = \(Int.min)")
        let selections = try #require(loadSelections(text, edition: edition).selections)
        let outcome = FixSearch(edition: edition).search(selections)
        Self.expectVerified(outcome, selections, edition: edition)
        #expect(!outcome.fixes.isEmpty)
    }
}
