import Diagnostics
import Testing

@testable import Rulebook

/// A check that does not explain its failures (the impact of a draft, for the year as it stands) finds the
/// same problems as one that does: only the explanations are left out.
@Suite struct UnexplainedFailureTests {
    @Test(arguments: [
        "aldermoor-2015.toml", "eastbrook-2021.toml", "eastbrook-2022.toml", "hartfield-2022.toml",
        "invalid-2022.toml", "riverside-2022.toml", "riverside-2023.toml", "wrenfield-2023.toml",
    ])
    func theSameRulesFailWithoutExplanations(example: String) throws {
        let text = SelectionsText(bytes: Array(try ShippedYear.text(example).utf8), path: example)
        let id = try #require(text.editionReference?.id)
        let edition = try #require(ShippedYear.editions[id])
        let quiet = YearEvaluator(edition: edition, searchesFixes: false, explains: [])
        let explained = try YearEvaluator(edition: edition, searchesFixes: false).evaluate(text)
        let unexplained = try quiet.evaluate(text)
        func problems(_ evaluation: YearEvaluation) -> [String] {
            evaluation.diagnostics.map { $0.code + " " + String(describing: $0.severity) }
        }
        #expect(problems(unexplained) == problems(explained))
        // A rule that failed is named by its code and its message as written in the menu, and located nowhere.
        let constraintCodes = Set(edition.allConstraints.map(\.code))
        for diagnostic in unexplained.ruleDiagnostics where constraintCodes.contains(diagnostic.code) {
            #expect(diagnostic.location == nil)
            #expect(diagnostic.notes.isEmpty)
        }
    }

    @Test func theInvalidExampleHasFailuresToCompare() throws {
        let evaluation = try ShippedYear.example("invalid-2022.toml")
        let constraintCodes = Set(try #require(ShippedYear.editions["2019"]).allConstraints.map(\.code))
        #expect(evaluation.ruleDiagnostics.contains { constraintCodes.contains($0.code) && $0.location != nil })
    }

    @Test(arguments: ["riverside-2023.toml", "aldermoor-2015.toml"])
    func derivedValuesLeftUnexplainedAreTheSameValues(example: String) throws {
        let text = SelectionsText(bytes: Array(try ShippedYear.text(example).utf8), path: example)
        let id = try #require(text.editionReference?.id)
        let edition = try #require(ShippedYear.editions[id])
        let explained = try YearEvaluator(edition: edition, searchesFixes: false).evaluate(text)
        let unexplained = try YearEvaluator(edition: edition, searchesFixes: false, explains: .failures).evaluate(text)
        #expect(explained.derived.contains { $0.because != nil })
        #expect(unexplained.derived.allSatisfy { $0.because == nil })
        #expect(unexplained.derived.map(\.value) == explained.derived.map(\.value))
        // What each value read is kept only for an explanation.
        #expect(explained.derived.contains { !$0.inputs.isEmpty })
        #expect(unexplained.derived.allSatisfy { $0.inputs.isEmpty })
        #expect(unexplained.diagnostics.map(\.message) == explained.diagnostics.map(\.message))
    }
}
