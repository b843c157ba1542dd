import Diagnostics
import Rulebook
import Testing

/// Approvals as records (issue 9, item 3): an approval counts only for what it names, only from a body that
/// may give it, and only when dated within the year the file covers; a choice still awaiting one is pending.
@Suite struct ApprovalLedgerTests {
    static let forumApproval = """
        [[approvals]]
        approves = "policy.local_policy_forum"
        by = "regional_director"
        date = 2022-05-03
        """

    static func codes(_ year: YearEvaluation) -> [String] { year.ruleDiagnostics.map(\.code) }

    static func messages(_ year: YearEvaluation, _ code: String) -> [String] {
        year.ruleDiagnostics.filter { $0.code == code }.map(\.message)
    }

    @Test func theShippedApprovalCountsForWhatItNames() throws {
        let year = try ShippedYear.example("eastbrook-2022.toml")
        let ledger = try #require(year.approvals)
        #expect(ledger.needs.map(\.status) == [.granted])
        #expect(ledger.needs.first?.approves == "policy.local_policy_forum")
        #expect(!Self.codes(year).contains("S203"))
        #expect(ledger.period?.from.description == "2021-10-08")
        #expect(ledger.period?.lastDay.description == "2023-10-07")
    }

    @Test func anApprovalNeverClearsADifferentChoice() throws {
        let year = try ShippedYear.example(
            "eastbrook-2022.toml",
            replacing: [(#"approves = "policy.local_policy_forum""#, #"approves = "policy.joint_policy_forum""#)])
        #expect(
            Self.messages(year, "S206") == [
                "this approval is for 'policy.joint_policy_forum', which this file does not choose; it counts for nothing"
            ])
        #expect(Self.messages(year, "S203").count == 1)
        #expect(year.approvals?.needs.map(\.status) == [.pending])
    }

    @Test func anOptionsApprovalDoesNotApproveAStructureChange() throws {
        let year = try ShippedYear.example(
            "eastbrook-2022.toml",
            replacing: [
                ("structure_changed = false", "structure_changed = true"),
                (#"by = "regional_director""#, #"by = "regional_director""#),
            ])
        #expect(Self.codes(year).contains("GOV05"), "the forum's approval is not the structure change's")
        let approved = try ShippedYear.example(
            "eastbrook-2022.toml",
            replacing: [
                ("structure_changed = false", "structure_changed = true"),
                (
                    "# The officers elected at the AGM.",
                    "[[approvals]]\napproves = \"structure_change\"\nby = \"regional_board\"\ndate = 2022-11-01\n\n#"
                ),
            ])
        #expect(!Self.codes(approved).contains("GOV05"))
    }

    @Test func aBodyTheMenuDoesNotAskForCountsForNothing() throws {
        let year = try ShippedYear.example(
            "eastbrook-2022.toml", replacing: [(#"by = "regional_director""#, #"by = "regional_board""#)])
        #expect(
            Self.messages(year, "S206").first?.hasPrefix("'policy.local_policy_forum' needs approval from the Regional Director") == true)
        #expect(Self.codes(year).contains("S203"))
    }

    @Test(arguments: [
        ("2021-10-07", false), ("2021-10-08", true), ("2023-10-07", true), ("2023-10-08", false), ("2024-03-01", false),
    ])
    func onlyApprovalsDatedWithinTheYearCount(date: String, counts: Bool) throws {
        let year = try ShippedYear.example("eastbrook-2022.toml", replacing: [("date = 2022-05-03", "date = " + date)])
        #expect(year.approvals?.needs.map(\.status) == [counts ? .granted : .pending])
        #expect(Self.codes(year).contains("S205") == !counts)
        if !counts {
            #expect(
                Self.messages(year, "S205").first?.hasSuffix(
                    "is dated \(date), outside the year this file covers (2021-10-08 to 2023-10-07); it does not count") == true)
        }
    }

    @Test func aWomensBranchNeedsBothApprovalsAndIsPendingWithOne() throws {
        let branch = [("options = [\"womens_forum\", \"bame_forum\"", "options = [\"womens_branch\", \"bame_forum\"")]
        let regional = """
            [[approvals]]
            approves = "equalities.womens_branch"
            by = "regional_director"
            date = 2022-06-01
            reference = "NW/WB/1"

            # The officers elected at the AGM.
            """
        let one = try ShippedYear.example(
            "eastbrook-2022.toml", replacing: branch + [("# The officers elected at the AGM.", regional)])
        let pending = Self.messages(one, "S203")
        #expect(pending.count == 1)
        #expect(pending.first?.contains("National Women's Officer") == true)
        #expect(pending.first?.hasSuffix("that approval is still awaited") == true)
        let note = one.ruleDiagnostics.first { $0.code == "S203" }?.notes.first?.message
        #expect(
            note
                == "the Regional Director (the General Secretary in Scotland and Wales)'s approval is recorded (2022-06-01, reference NW/WB/1)"
        )
        #expect(one.approvals?.needs.filter { $0.approves == "equalities.womens_branch" }.map(\.status) == [.granted, .pending])

        let both = regional.replacing(
            "# The officers elected at the AGM.",
            with: """
                [[approvals]]
                approves = "equalities.womens_branch"
                by = "national_womens_officer"
                date = 2022-06-20

                # The officers elected at the AGM.
                """)
        let two = try ShippedYear.example(
            "eastbrook-2022.toml", replacing: branch + [("# The officers elected at the AGM.", both)])
        #expect(!Self.codes(two).contains("S203"))
    }

    @Test func theCheckJSONListsEveryNeededApprovalWithItsStatus() throws {
        let year = try ShippedYear.example("eastbrook-2022.toml")
        let fields = year.checkJSONFields(file: "f")
        let approvals = try #require(fields.first { $0.0 == "approvals" }?.1)
        let text = approvals.rendered()
        #expect(text.contains(#""status":"granted""#))
        #expect(text.contains(#""from":"2021-10-08""#))
    }
}
