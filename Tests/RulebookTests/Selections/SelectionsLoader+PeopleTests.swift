import Diagnostics
import Rulebook
import Testing

/// Officers, votes, approvals and list-fact records in a selections file.
@Suite struct SelectionsLoaderPeopleTests {
    static func edit(_ old: String, _ new: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String {
        SelectionsLoaderTests.edit(old, new, sourceLocation: sourceLocation)
    }

    static let chair = "post = \"chair\"\nname = \"A. Patel\"\nwoman = true"

    @Test func officerWithAnUnknownPostSuggestsTheNearestPost() throws {
        let edition = try MiniEdition.fixture.loaded()
        assertSelectionsDiagnostics(
            Self.edit(#"post = "chair""#, #"post = 1️⃣"chiar""#), edition: edition,
            [Expected("1️⃣", "S102", "unknown post 'chiar'; did you mean 'chair'?")])
        let loaded = loadSelections(Self.edit(#"post = "chair""#, #"post = "chiar""#), edition: edition)
        #expect(loaded.selections?.officers.isEmpty == true, "an officer with an unknown post is not kept")
    }

    @Test func officerKeysAreChecked() throws {
        let edition = try MiniEdition.fixture.loaded()
        assertSelectionsDiagnostics(
            Self.edit("[[officers]]\n" + Self.chair, "1️⃣[[officers]]\npost = \"chair\"\nname = \"A. Patel\"\n2️⃣women = true"),
            edition: edition,
            [
                Expected("1️⃣", "S101", "an [[officers]] entry is missing the required key 'woman'"),
                Expected("2️⃣", "S102", "unknown key 'women' in an [[officers]] entry; did you mean 'woman'?"),
            ])
    }

    @Test func officerOptionalFlagsAreRead() throws {
        let edition = try MiniEdition.fixture.loaded()
        let loaded = try selections(Self.edit(Self.chair, Self.chair + "\njob_share = true\nunion_member = true"), edition: edition)
        #expect(loaded.officers.map(\.jobShare) == [true])
        #expect(loaded.officers.map(\.unionMember) == [true])
    }

    @Test func voteIsATableOfTwoCounts() throws {
        let edition = try MiniEdition.fixture.loaded()
        let loaded = try selections(MiniEdition.selections + "[votes]\nstructure_change = { for = 40, against = 25 }\n", edition: edition)
        #expect(loaded.votes["structure_change"].map { "\($0.inFavour)-\($0.against)" } == "40-25")
    }

    @Test func malformedVotesAreErrors() throws {
        let edition = try MiniEdition.fixture.loaded()
        assertSelectionsDiagnostics(
            MiniEdition.selections + """
                [votes]
                structure_change = 1️⃣40
                2️⃣structure_chang = { for = 1, against = 2 }

                """, edition: edition,
            [
                Expected("1️⃣", "S105", "'votes.structure_change' must be a table such as { for = 40, against = 25 }, found integer"),
                Expected("2️⃣", "S102", "unknown vote 'structure_chang'; did you mean 'structure_change'?"),
            ])
        assertSelectionsDiagnostics(
            MiniEdition.selections + "[votes]\nstructure_change = 1️⃣{ for = 2️⃣-3 }\n", edition: edition,
            [
                Expected("1️⃣", "S101", "votes.structure_change is missing the required key 'against'"),
                Expected("2️⃣", "S103", "'votes.structure_change' counts cannot be negative"),
            ])
    }

    @Test func approvalsAreRecordsOfWhatWhoAndWhen() throws {
        let edition = try MiniEdition.fixture.loaded()
        let record = #"approves = "forums.youth_forum"\#nby = "nec"\#ndate = 2026-05-02\#nreference = "EM/1""#
        let loaded = try selections(MiniEdition.selections + "[[approvals]]\n" + record + "\n", edition: edition)
        #expect(loaded.approvals.map(\.approves.value) == ["forums.youth_forum"])
        #expect(loaded.approvals.first?.by.value == "nec")
        #expect(loaded.approvals.first?.reference == "EM/1")
        #expect(loaded.approvals.first?.date.value.description == "2026-05-02")
        assertSelectionsDiagnostics(
            MiniEdition.selections + """
                [[approvals]]
                approves = 1️⃣"youth_forum"
                by = "nec"
                date = 2026-05-02
                [[approvals]]
                approves = 2️⃣"forums.youth_frum"
                by = "nec"
                date = 2026-05-02
                [[approvals]]
                approves = "forums.youth_forum"
                by = 3️⃣"necc"
                date = 2026-05-02
                4️⃣[[approvals]]
                approves = "forums.youth_forum"
                by = "nec"

                """, edition: edition,
            [
                Expected("1️⃣", "S102", "an approval names option 'youth_forum' without its section; write 'forums.youth_forum'"),
                Expected(
                    "2️⃣", "S102",
                    "unknown matter or option 'forums.youth_frum' for an approval to approve; did you mean 'forums.youth_forum'?"),
                Expected("3️⃣", "S102", "unknown approving body 'necc'; did you mean 'nec'?"),
                Expected("4️⃣", "S101", "an [[approvals]] entry is missing the required key 'date'"),
            ])
    }

    @Test func anApprovalNamesAnOptionByExactlyItsSectionAndItsID() throws {
        let edition = try MiniEdition.fixture.loaded()
        for name in ["forums.", ".youth_forum", "forums.youth_forum.", "forums.youth_forum.extra", "forums..youth_forum"] {
            let record = "approves = \"\(name)\"\nby = \"nec\"\ndate = 2026-05-02\n"
            let loaded = loadSelections(MiniEdition.selections + "[[approvals]]\n" + record, edition: edition)
            #expect(loaded.diagnostics.map(\.code) == ["S102"], "\(name)")
        }
        let record = "approves = \"forums.youth_forum\"\nby = \"nec\"\ndate = 2026-05-02\n"
        let loaded = try selections(MiniEdition.selections + "[[approvals]]\n" + record, edition: edition)
        #expect(loaded.approvals.count == 1)
    }

    @Test func theOldTableOfBodiesIsRefusedWithTheRecordForm() throws {
        let edition = try MiniEdition.fixture.loaded()
        assertSelectionsDiagnostics(
            MiniEdition.selections + "1️⃣[approvals]\nnec = { date = 2026-05-02, reference = \"EM/1\" }\n", edition: edition,
            [
                Expected(
                    "1️⃣", "S114",
                    "approvals must say what each one approves: write one [[approvals]] record per approval, not an [approvals] table of bodies"
                )
            ])
    }

    @Test func listFactRecordsAreCheckedFieldByField() throws {
        let edition = try MiniEdition.fixture.loaded()
        assertSelectionsDiagnostics(
            Self.edit("name = \"North\"\nmembers = 140", "name = \"North\"\nmembers = 2️⃣\"lots\"\n1️⃣memebrs = 2"), edition: edition,
            [
                Expected("1️⃣", "S102", "unknown field 'memebrs' in [[facts.branch]]; did you mean 'members'?"),
                Expected("2️⃣", "S105", "'facts.branch.members' must be an integer, found string"),
            ])
    }
}
