import Diagnostics
import Testing

@testable import Rulebook

/// Failed rules point at what breaks them (issue 9, item 2): the person who is wrong, the people counted
/// (never those the count leaves out), and a missing post at the officers list with a fix-it adding it.
@Suite struct WitnessLocationTests {
    /// The text at a diagnostic's primary location in the evaluated file.
    static func located(_ year: YearEvaluation, _ code: String) throws -> (text: String, diagnostic: Diagnostic) {
        let diagnostic = try #require(year.diagnostics.first { $0.code == code })
        let range = try #require(diagnostic.location?.range)
        let bytes = Array(year.text.document.source.text.utf8)
        return (String(decoding: bytes[range], as: UTF8.self), diagnostic)
    }

    @Test func aJobSharedTreasurerIsTheOneShown() throws {
        let year = try ShippedYear.example(
            "eastbrook-2022.toml",
            replacing: [
                ("name = \"Helen Brooks\"\nwoman = true", "name = \"Helen Brooks\"\nwoman = true\njob_share = true"),
                (
                    "name = \"Tom Gallagher\"\nwoman = false\n\n[[officers]]\npost = \"treasurer\"",
                    "name = \"Tom Gallagher\"\nwoman = false\n\n[[officers]]\npost = \"treasurer\"\nname = \"Ann Lee\"\nwoman = true\njob_share = true\n\n[[officers]]\npost = \"treasurer\""
                ),
            ])
        let codes = year.diagnostics.map(\.code)
        let code = try #require(
            codes.first { code in
                year.edition.allConstraints.contains { $0.code == code && $0.require.text.contains("\"chair\", \"treasurer\"") }
            })
        let (text, diagnostic) = try Self.located(year, code)
        #expect(text == "\"Ann Lee\"", "the first job-shared treasurer, not the chair")
        #expect(diagnostic.notes.first?.message == "Ann Lee, Treasurer, a woman, sharing the post")
        #expect(diagnostic.notes.contains { $0.message == "Helen Brooks, Treasurer, a woman, sharing the post" })
        #expect(!diagnostic.notes.contains { $0.message.contains("Chair") })
    }

    @Test func theHalfOfTheExecutiveRuleNeverPointsAtAnAuditor() throws {
        let year = try ShippedYear.example("invalid-2022.toml")
        let (_, diagnostic) = try Self.located(year, "EXE04")
        #expect(!diagnostic.notes.contains { $0.message.contains("Auditor") })
        #expect(diagnostic.notes.allSatisfy { !$0.message.hasPrefix("counted: ") || $0.message.contains("a woman") })
        #expect(diagnostic.notes.filter { $0.message.hasPrefix("counted: ") }.count == 5, "the five women counted")
    }

    @Test func aMissingPostIsReportedAtTheOfficersListWithAFixItThatAddsIt() throws {
        let year = try ShippedYear.example(
            "eastbrook-2022.toml", replacing: [("post = \"policy_officer\"", "post = \"youth_officer\"")])
        let (text, diagnostic) = try Self.located(year, "EXE02")
        #expect(text == "[[officers]]")
        #expect(diagnostic.notes.map(\.message) == ["no one holds the post 'policy_officer' (Policy officer) in [[officers]]"])
        let edit = try #require(diagnostic.fixIts.first?.edits.first)
        #expect(edit.replacement == "[[officers]]\npost = \"policy_officer\"\nname = \"\"\nwoman = false\n\n")
        // Applied, the fix-it gives a file in which the post is held again.
        var bytes = Array(year.text.document.source.text.utf8)
        bytes.replaceSubrange(edit.span.range, with: Array(edit.replacement.utf8))
        let fixed = try ShippedYear.evaluate(String(decoding: bytes, as: UTF8.self))
        #expect(!fixed.diagnostics.contains { $0.code == "EXE02" })
    }

    @Test func twoPostsHeldByOnePersonPointAtTheRepeats() throws {
        let year = try ShippedYear.example("invalid-2022.toml")
        let (text, diagnostic) = try Self.located(year, "EXE05")
        #expect(text == "\"Tom Gallagher\"")
        #expect(
            diagnostic.notes.map(\.message).prefix(2) == [
                "Tom Gallagher, Secretary, not a woman", "Tom Gallagher, Treasurer, not a woman",
            ])
    }

    @Test func aLateAffiliateIsShownAtTheDateThatMakesItLate() throws {
        let year = try ShippedYear.example("eastbrook-2021.toml")
        let (text, diagnostic) = try Self.located(year, "GOV07")
        #expect(text == "2021-08-20")
        #expect(diagnostic.notes.first?.message == "'GMB Hollins' in [[facts.affiliate]]")
    }
}
