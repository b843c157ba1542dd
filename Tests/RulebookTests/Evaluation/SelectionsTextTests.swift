import Diagnostics
import Rulebook
import Testing

/// The edition a selections file names, read before the edition is found.
@Suite struct SelectionsTextTests {
    static func text(_ contents: String) -> SelectionsText {
        SelectionsText(bytes: Array(contents.utf8), path: "ours.toml")
    }

    @Test func anIntegerEditionIsATypeErrorAtItsValue() throws {
        let text = Self.text("year = 2026\nedition = 2019\n")
        #expect(text.editionReference == nil)
        let problem = text.editionProblem
        #expect(problem.code == "S105")
        #expect(problem.message == "'edition' must be a string such as \"2019\", found integer")
        #expect(problem.location?.range == 22..<26, "at the value, not at 1:1")
        #expect(problem.fixIts.first?.edits.first?.replacement == "\"2019\"")
    }

    @Test func otherTypesAreTypeErrorsToo() {
        for value in ["true", "[\"2019\"]", "{ id = \"2019\" }", "2019-01-01"] {
            let problem = Self.text("edition = \(value)\n").editionProblem
            #expect(problem.code == "S105", "\(value)")
            #expect(problem.location?.range.lowerBound == 10, "\(value)")
        }
    }

    @Test func aMissingEditionIsReportedAtTheStart() {
        let problem = Self.text("year = 2026\n").editionProblem
        #expect(problem.code == "S101")
        #expect(problem.message == "the file does not say which menu edition it follows")
        #expect(problem.location?.range == 0..<0)
    }
}
