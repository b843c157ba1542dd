import Foundation
import Testing

@testable import CLPConfCLI

/// `clpconf explain` speaks in words by default (issue 9, item 1): a constraint's page shows what `check`
/// says for its failing example and no rule-language syntax; `--verbose` adds the rule as written.
@Suite struct ExplainWordsTests {
    let harness = RepositoryHarness()

    static let syntax = ["(=", "len(", "distinct(", "any(", "count(", "officers where", " == ", " != ", " >= ", " <= "]

    /// Every constraint code an edition declares, read from its files.
    static func codes(of edition: String) throws -> [String] {
        let files = CodeIndexTests.files(under: "menus/" + edition, endingWith: ".toml")
        return try files.flatMap { path in
            try CodeIndexTests.read(path).matches(of: /\ncode = "([A-Z]{2,4}[0-9]{2,3})"/).map { String($0.output.1) }
        }
    }

    @Test(arguments: ["2012", "2019"])
    func everyConstraintPageIsInWords(edition: String) throws {
        let codes = try Self.codes(of: edition)
        #expect(codes.count > 50)
        for code in codes {
            let page = harness.run(["explain", code, "--edition", edition]).standardOutput
            #expect(page.contains("WHAT CHECK SAYS FOR THE FIRST FAILING EXAMPLE\n"), "\(edition) \(code)")
            #expect(page.contains("\nbecause "), "\(edition) \(code)")
            for fragment in Self.syntax {
                #expect(!page.contains(fragment), "\(edition) \(code) shows '\(fragment)'")
            }
        }
    }

    @Test func verboseAddsTheRuleAsWritten() {
        let page = harness.run(["explain", "EXE03", "--edition", "2019", "--verbose"]).standardOutput
        #expect(page.contains("Requires: core_officers_women >= 3"))
    }

    @Test func optionsAndSettingsNameWhatTheyDependOn() {
        let option = harness.run(["explain", "branches.single_branch", "--edition", "2019"]).standardOutput
        #expect(!option.contains(" == "))
        let setting = harness.run(["explain", "governance.amm_per_year", "--edition", "2019"]).standardOutput
        #expect(setting.contains("Asked only for some answers, depending on the choice of How the CLP governs itself."))
        let verbose = harness.run(["explain", "governance.amm_per_year", "--edition", "2019", "--verbose"])
        #expect(verbose.standardOutput.contains(#"Asked only when: governance.option == "hybrid""#))
    }
}
