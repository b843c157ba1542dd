import Diagnostics
import Foundation
import Rulebook
import Testing

/// Every constraint's failing example in both shipped editions, rendered as `check` prints it: the words
/// a secretary reads must carry no rule-language syntax and no internal derived name (issue 9, item 1).
///
/// Set `CLPCONF_PRINT_EXPLANATIONS=1` to print every rendering, to read them.
@Suite struct ExplanationWordingTests {
    /// Fragments of rule-language syntax or of the old explanations that must never reach the text.
    static let forbidden = [
        "(=", "len(", "distinct(", "any(", "all(", "count(", "sum(", "ceil_div(", "days_between(", "branch where",
        "affiliate where",
        "officers where post", "is false", "the expression", "==", "!=", ">=", "<=", "{{", "}}", "\\u{",
        "(the menu's default)", "is no (",
    ]

    /// What `check` prints for one diagnostic apart from the file excerpts.
    static func words(_ diagnostic: Diagnostic) -> String {
        var lines = [diagnostic.message]
        lines += diagnostic.notes.map(\.message)
        lines += diagnostic.fixIts.map(\.summary)
        lines += [diagnostic.explanation].compactMap { $0 }
        return lines.joined(separator: "\n")
    }

    @Test(arguments: ["2012", "2019"])
    func failingExamplesReadAsWords(id: String) throws {
        let loaded = try ShippedEditionTests.load(id)
        let (outcomes, _) = ExampleRunner(edition: loaded.edition, base: loaded.example).run()
        let internalNames = loaded.edition.allDerived.map(\.id).filter { $0.contains("_") }
        let printing = ProcessInfo.processInfo.environment["CLPCONF_PRINT_EXPLANATIONS"] != nil
        var checked = 0
        for outcome in outcomes where outcome.expectFailure {
            let code = outcome.constraint.code
            let found = outcome.diagnostics.filter { $0.code == code }
            #expect(!found.isEmpty, "\(id) \(code): the failing example does not fail")
            for diagnostic in found {
                checked += 1
                let text = Self.words(diagnostic)
                if printing { print("\(id) \(code) \(outcome.constraint.qualifiedID)\n\(text)\n") }
                #expect(diagnostic.explanation?.hasPrefix("because ") == true, "\(id) \(code)")
                #expect(
                    diagnostic.explanation?.contains("the rule is not met with") == false,
                    "\(id) \(code): its own 'because' renders, not the generic words")
                #expect(diagnostic.rule == outcome.constraint.require.text, "\(id) \(code): the rule stays in JSON")
                for fragment in Self.forbidden {
                    #expect(!text.contains(fragment), "\(id) \(code) shows '\(fragment)':\n\(text)")
                }
                for name in internalNames {
                    #expect(!text.contains(name), "\(id) \(code) names '\(name)':\n\(text)")
                }
            }
        }
        #expect(checked >= loaded.edition.allConstraints.count)
    }

    @Test(arguments: ["2012", "2019"])
    func everyConstraintHasItsOwnWords(id: String) throws {
        let loaded = try ShippedEditionTests.load(id)
        let missing = loaded.edition.allConstraints.filter { $0.because == nil }.map(\.code)
        #expect(missing == [])
    }
}
