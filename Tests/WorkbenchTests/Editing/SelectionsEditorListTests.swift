import Diagnostics
import Rulebook
import TOML
import Testing

@testable import Workbench

/// Whole lists written into a selections file's text: the old `[[...]]` blocks replaced where the first
/// stood, everything else kept as written, hostile strings written safely and read back as given.
@Suite struct SelectionsEditorListTests {
    private func officer(_ post: String, _ name: String, woman: Bool) -> [ListReplacement.Entry] {
        [
            .init(key: "post", value: .string(post, TextOffsetMap(base: 0))),
            .init(key: "name", value: .string(name, TextOffsetMap(base: 0))),
            .init(key: "woman", value: .boolean(woman)),
        ]
    }

    private func names(_ text: String, _ path: [String]) -> [String] {
        let parsed = TOMLParser.parse(text, path: "t")
        let items = SelectionsEditor.value(at: path, in: parsed.document)?.array ?? []
        return items.compactMap { $0.table?["name"]?.string }
    }

    @Test func replacingAListKeepsTheCommentsAndLayoutElsewhere() throws {
        let text = try Shipped.example("riverside-2023.toml")
        let replacement = ListReplacement(
            path: ["officers"], records: [officer("chair", "A. Patel", woman: true), officer("secretary", "B. Jones", woman: false)])
        let edited = try SelectionsEditor.replace(replacement, in: text)
        #expect(names(edited, ["officers"]) == ["A. Patel", "B. Jones"])
        #expect(
            edited.contains(
                "# The officers elected at the AGM. Two people share the communications post.\n[[officers]]\n"
                    + "post = \"chair\"\nname = \"A. Patel\"\nwoman = true\n\n[[officers]]\npost = \"secretary\"\n"))
        let start = try #require(text.firstRange(of: "[[officers]]"))
        let newStart = try #require(edited.firstRange(of: "[[officers]]"))
        #expect(text[..<start.lowerBound] == edited[..<newStart.lowerBound], "everything before the list is as it was")
        #expect(names(edited, ["facts", "branch"]) == names(text, ["facts", "branch"]))
        #expect(edited.hasSuffix("woman = false\n"), "the last block ends the file as the old last block did")
        #expect(!edited.contains("\n\n\n"), "no run of blank lines is left where blocks were taken out")
    }

    @Test func commentsBetweenBlocksAndTheFollowingTableStay() throws {
        let text = """
            edition = "2019"
            [[facts.branch]]
            name = "A"  # first
            members = 1

            # between
            [[facts.branch]]
            name = "B"

            # the votes
            [votes]
            x = { for = 1, against = 0 }

            """
        let replacement = ListReplacement(
            path: ["facts", "branch"], records: [[.init(key: "name", value: .string("C", TextOffsetMap(base: 0)))]])
        let edited = try SelectionsEditor.replace(replacement, in: text)
        #expect(
            edited == """
                edition = "2019"
                [[facts.branch]]
                name = "C"

                # between

                # the votes
                [votes]
                x = { for = 1, against = 0 }

                """)
    }

    @Test func anEmptyListTakesTheBlocksOutAndAMissingListIsAddedAtTheEnd() throws {
        let text = try Shipped.example("riverside-2023.toml")
        let emptied = try SelectionsEditor.replace(ListReplacement(path: ["facts", "branch"], records: []), in: text)
        #expect(!emptied.contains("[[facts.branch]]"))
        #expect(emptied.contains("[[facts.affiliate]]") && emptied.contains("annual_spending_pounds = 5400\n"))
        #expect(TOMLParser.parse(emptied, path: "t").isValid)
        #expect(try SelectionsEditor.replace(ListReplacement(path: ["facts", "branch"], records: []), in: emptied) == emptied)
        let added = try SelectionsEditor.replace(
            ListReplacement(path: ["facts", "branch"], records: [[.init(key: "name", value: .string("New", TextOffsetMap(base: 0)))]]),
            in: emptied)
        #expect(added == emptied + "\n[[facts.branch]]\nname = \"New\"\n")
        #expect(names(added, ["facts", "branch"]) == ["New"])
        let fresh = try SelectionsEditor.replace(
            ListReplacement(path: ["officers"], records: [officer("chair", "X", woman: true)]), in: "a = 1")
        #expect(fresh == "a = 1\n\n[[officers]]\npost = \"chair\"\nname = \"X\"\nwoman = true\n")
    }

    @Test(arguments: [
        "O'Brien \"the Chair\"", "two\nlines", "]]\n[[officers]]\npost = \"treasurer\"", "nul\u{0}bell\u{7}del\u{7F}",
        "right-to-left \u{202E}txet", "back\\slash \\u0041", "# not a comment", "tab\tand\r\ncrlf", "",
    ])
    func hostileStringsAreWrittenSafelyAndReadBackAsGiven(name: String) throws {
        let text = try Shipped.example("riverside-2023.toml")
        let replacement = ListReplacement(
            path: ["officers"], records: [officer("chair", name, woman: true), officer("secretary", "S", woman: false)])
        let edited = try SelectionsEditor.replace(replacement, in: text)
        #expect(names(edited, ["officers"]) == [name, "S"])
        let officers = SelectionsEditor.value(at: ["officers"], in: TOMLParser.parse(edited, path: "t").document)
        #expect(officers?.array?.first?.table?.keys == ["post", "name", "woman"], "no key or table added")
        #expect(!edited.utf8.contains(0) && !edited.unicodeScalars.contains("\u{202E}"), "control characters are escaped")
    }

    @Test func invalidTOMLAndListsWrittenInlineAreRefused() {
        let replacement = ListReplacement(path: ["officers"], records: [officer("chair", "X", woman: true)])
        #expect(throws: HTTPError.self) { try SelectionsEditor.replace(replacement, in: "a = [") }
        #expect(throws: HTTPError.self) {
            try SelectionsEditor.replace(replacement, in: "officers = [{ post = \"chair\", name = \"Y\", woman = true }]\n")
        }
        #expect(throws: HTTPError.self) { try SelectionsEditor.replace(replacement, in: "officers = \"none\"\n") }
        #expect(throws: HTTPError.self, "a [[facts.branch]] cannot follow an inline facts table") {
            try SelectionsEditor.replace(
                ListReplacement(path: ["facts", "branch"], records: [[.init(key: "name", value: .string("B", TextOffsetMap(base: 0)))]]),
                in: "facts = { members = 1 }\n")
        }
    }

    @Test func valueChangesAndListChangesApplyTogether() throws {
        let text = try Shipped.example("riverside-2023.toml")
        let amendment = try SelectionsAmendment.parse("meetings.meetings_per_year=9").get()
        let edited = try SelectionsEditor.apply(
            changes: [.value(amendment), .list(ListReplacement(path: ["officers"], records: [officer("chair", "Z", woman: true)]))],
            to: text)
        #expect(edited.contains("\nmeetings_per_year = 9\n"))
        #expect(names(edited, ["officers"]) == ["Z"])
    }
}
