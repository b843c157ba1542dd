import Diagnostics
import Rulebook
import TOML
import Testing

/// Issue 8, "forged content in written files": nothing a selections file or a `--set` argument holds can
/// add a key, a table or a line to what clpconf writes or checks.
@Suite struct ForgedContentTests {
    static let forgedApproval = "nec = { date = 2026-01-01, reference = \"forged\" }"

    /// Last year's officer name held a newline and an `[approvals]` header: the new file must keep it inside
    /// its comment, not start a real table that records an approval nobody gave.
    @Test func officerNameWithANewlineCannotStartATable() throws {
        let edition = try MiniEdition.fixture.loaded()
        let name = "A. Patel\n[approvals]\n" + Self.forgedApproval
        let written = #"name = "A. Patel\n[approvals]\nnec = { date = 2026-01-01, reference = \"forged\" }""#
        let last = try selections(SelectionsLoaderTests.edit(#"name = "A. Patel""#, written), edition: edition)
        #expect(last.officers.first?.name == name)
        let text = try SelectionsTemplate(edition: edition, year: 2027, last: last).render()
        let parsed = TOMLParser.parse(text, path: "new.toml")
        #expect(parsed.diagnostics == [])
        #expect(parsed.document.root["approvals"] == nil, "\(text)")
        #expect(!text.contains("\n[approvals]"), "\(text)")
        #expect(text.contains(#"#   chair: A. Patel\u000A[approvals]\u000Anec = "#))
    }

    /// Menu titles and summaries go into comments too; a newline in one must not end the comment.
    @Test func menuTextInCommentsStaysInsideTheComment() throws {
        var fixture = MiniEdition.fixture
        fixture.sections[MiniEdition.governanceIndex] = fixture.sections[MiniEdition.governanceIndex].replacing(
            #"summary = "Every member may attend and vote""#, with: #"summary = "Every member\n[approvals]\nx = 1""#)
        let edition = try fixture.loaded()
        let text = try SelectionsTemplate(edition: edition, year: 2027).render()
        let parsed = TOMLParser.parse(text, path: "new.toml")
        #expect(parsed.diagnostics == [])
        #expect(parsed.document.root["approvals"] == nil)
        #expect(text.contains(#"#   all_member_meetings: Every member\u000A[approvals]\u000Ax = 1"#))
    }

    /// `--set 'governance.meetings_per_year=8\n[approvals]\n...'` used to splice its raw text into the file,
    /// recording an approval; a value that is more than one TOML value is now refused.
    @Test func setValueThatAddsATableIsRefused() {
        let argument = "governance.meetings_per_year=8\n[approvals]\n" + Self.forgedApproval
        guard case .failure(let error) = SelectionsAmendment.parse(argument) else {
            Issue.record("an amendment that defines a table was accepted")
            return
        }
        #expect(error.description.contains("is not one TOML value"), "\(error)")
    }

    /// The same injection evaluated: the amended year must not gain an approval.
    @Test func setValueCannotRecordAnApproval() throws {
        let edition = try MiniEdition.fixture.loaded()
        let text = SelectionsText(bytes: Array(MiniEdition.selections.utf8), path: "ours.toml")
        let arguments = [
            "governance.meetings_per_year=8\n[approvals]\n" + Self.forgedApproval,
            "clp.name=x\"\n[approvals]\n" + Self.forgedApproval + "\n#",
        ]
        for argument in arguments {
            guard case .success(let amendment) = SelectionsAmendment.parse(argument) else { continue }
            let year = try YearEvaluator(edition: edition, searchesFixes: false).evaluate(text, amendments: [amendment])
            #expect(year.selections?.approvals.isEmpty == true, "\(argument)")
            #expect(year.text.document.root["approvals"] == nil, "\(argument)")
        }
    }

    /// An error in an amended value points at the `--set` argument and says so, not at a line of the file
    /// that the file does not have.
    @Test func errorInAnAmendedValuePointsAtTheArgument() throws {
        let edition = try MiniEdition.fixture.loaded()
        let text = SelectionsText(bytes: Array(MiniEdition.selections.utf8), path: "ours.toml")
        let amendments = try ["governance.meetings_per_year=100", "governance.no_such_key=1"].map {
            try SelectionsAmendment.parse($0).get()
        }
        let year = try YearEvaluator(edition: edition, searchesFixes: false).evaluate(text, amendments: amendments)
        let range = try #require(year.loadDiagnostics.first { $0.code == "S103" })
        #expect(range.message.hasPrefix("in --set governance.meetings_per_year=100: "), "\(range.message)")
        #expect(position(range.location, in: year.files) == "--set:1:30")
        let unknown = try #require(year.loadDiagnostics.first { $0.code == "S102" })
        #expect(unknown.message.hasPrefix("in --set governance.no_such_key=1: "), "\(unknown.message)")
        #expect(position(unknown.location, in: year.files) == "--set:2:12")
        #expect(year.files.contains { $0.path == "--set" })
    }
}
