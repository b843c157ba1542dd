import Diagnostics
import Rulebook
import Testing

/// `scope = "branch"` clauses: kept apart from the CLP's clauses, checked with the branch's record in scope,
/// and built into one branch's standing orders.
@Suite struct BranchClauseTests {
    static func load(_ clause: String) -> EditionLoadResult {
        var fixture = MiniEdition.fixture
        fixture.sections[MiniEdition.governanceIndex] += clause
        return fixture.load()
    }

    @Test func aBranchClauseReadsTheBranchsRecordAndIsKeptApart() throws {
        let result = Self.load(
            """

            [[clause]]
            id = "branch_size"
            title = "Size"
            scope = "branch"
            branch_part = "The branch"
            text = "The {{branch.name}} branch has {{branch.members}} members."
            """)
        let edition = try #require(result.edition, "\(result.diagnostics.map(\.message))")
        #expect(edition.allBranchClauses.map(\.id) == ["branch_size"])
        #expect(edition.allBranchClauses.first?.branchPart == "The branch")
        #expect(!edition.allClauses.contains { $0.id == "branch_size" })
        #expect(MenuLinter(edition: edition).lint().map(\.code) == [])
    }

    @Test func theCLPsClausesCannotReadABranchsRecord() {
        let result = Self.load(
            """

            [[clause]]
            id = "wrong"
            title = "Wrong"
            text = "{{branch.members}}"
            """)
        #expect(result.edition == nil)
        #expect(result.diagnostics.map(\.code) == ["R201"])
    }

    @Test(arguments: [
        ("scope = \"branch\"", "M101"),
        ("branch_part = \"Meetings\"", "M107"),
        ("scope = \"ward\"\nbranch_part = \"Meetings\"", "M107"),
    ])
    func scopeAndPartAreChecked(keys: String, code: String) {
        let result = Self.load(
            """

            [[clause]]
            id = "odd"
            title = "Odd"
            \(keys)
            text = "Text."
            """)
        #expect(result.diagnostics.map(\.code) == [code])
    }

    @Test func aBranchClauseRefersOnlyToBranchClauses() throws {
        let result = Self.load(
            """

            [[clause]]
            id = "branch_ref"
            title = "Ref"
            scope = "branch"
            branch_part = "The branch"
            text = "See [[clause quorum]]."
            """)
        let edition = try #require(result.edition)
        #expect(MenuLinter(edition: edition).lint().map(\.code) == ["M314"])
    }

    @Test func aShippedBranchsStandingOrdersAreNumberedAndCrossReferenced() throws {
        let year = try ShippedYear.example("eastbrook-2022.toml")
        #expect(year.branchNames.first == "Northgate")
        let builder = StandingOrdersBuilder(year)
        let orders = try #require(builder.buildBranch(named: "Northgate"))
        #expect(orders.identity.branch == "Northgate")
        #expect(
            orders.parts.map(\.title) == ["The branch", "Membership and meetings", "Officers", "The branch and the CLP"])
        let agm = try #require(orders.provisions.first { $0.id == "branches.branch_agm" })
        #expect(agm.number == "2.2")
        #expect(agm.paragraphs.first?.plain.contains("(see clause 3.1)") == true)
        let name = try #require(orders.provisions.first)
        #expect(name.paragraphs.first?.plain.hasPrefix("This is the Northgate branch of Eastbrook and Hollins") == true)
        #expect(orders.schedules.isEmpty)
        #expect(builder.buildBranch(named: "northgate") == nil, "the name is matched exactly")
        #expect(!builder.build().provisions.contains { $0.id == "branches.branch_agm" })
    }
}
