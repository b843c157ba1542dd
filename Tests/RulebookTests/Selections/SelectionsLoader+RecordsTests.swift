import Diagnostics
import RuleLanguage
import Rulebook
import TOML
import Testing

/// A branch or affiliate with a bad field is reported once and kept, without that field: rules that count
/// the records still see it, and rules that read the field stay quiet, so nothing downstream is reported as
/// if the record were not there.
@Suite struct SelectionsLoaderRecordsTests {
    @Test func aBranchWithAnOutOfRangeFieldIsKeptWithoutThatField() throws {
        let edition = try MiniEdition.fixture.loaded()
        let loaded = loadSelections(
            SelectionsLoaderTests.edit("members = 140", "members = -1"), edition: edition)
        #expect(loaded.diagnostics.map(\.code) == ["S103"])
        let branches = loaded.selections?.facts["branch"]?.value
        #expect(branches == .list([.record(RuleRecord([("name", "North")]))]))
    }

    @Test func aBranchWithAMissingFieldIsKeptToo() throws {
        let edition = try MiniEdition.fixture.loaded()
        let loaded = loadSelections(
            SelectionsLoaderTests.edit("name = \"North\"\nmembers = 140", "name = \"North\""), edition: edition)
        #expect(loaded.diagnostics.map(\.code) == ["S101"])
        #expect(loaded.selections?.facts["branch"]?.value == .list([.record(RuleRecord([("name", "North")]))]))
    }

    /// Riverside's three branches all with `members` out of range: three S103s and nothing else (before, the
    /// branches vanished and BRA01 said no branches were listed; the ward total was wrong too).
    @Test func outOfRangeBranchMembersCauseNoFalseErrorDownstream() throws {
        let year = try ShippedYear.example(
            "riverside-2023.toml",
            replacing: [
                ("members = 150\nwards = 2", "members = -150\nwards = 2"),
                ("members = 140\nwards = 2", "members = -140\nwards = 2"),
                ("members = 130\nwards = 2", "members = 99999\nwards = 2"),
            ])
        #expect(year.loadDiagnostics.map(\.code) == ["S103", "S103", "S103"])
        let ruleErrors = year.ruleDiagnostics.filter { $0.severity == .error }
        #expect(ruleErrors.map { "\($0.code): \($0.message)" } == [])
        guard case .list(let branches)? = year.bindings["facts.branch"] else {
            Issue.record("no branch list")
            return
        }
        #expect(branches.count == 3, "every branch is still there")
    }

    @Test func anAffiliateWithABadDateIsKept() throws {
        let year = try ShippedYear.example(
            "riverside-2023.toml", replacing: [("fee_paid = 2023-07-08", "fee_paid = \"soon\"")])
        #expect(year.loadDiagnostics.map(\.code) == ["S105"])
        guard case .list(let affiliates)? = year.bindings["facts.affiliate"] else {
            Issue.record("no affiliate list")
            return
        }
        #expect(affiliates.count == 2)
        #expect(year.ruleDiagnostics.filter { $0.severity == .error }.map(\.code) == [])
    }
}
