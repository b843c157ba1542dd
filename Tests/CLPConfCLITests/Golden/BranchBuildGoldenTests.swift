import Foundation
import Testing

@testable import CLPConfCLI

/// `clpconf build --branch NAME`: a branch's own standing orders, against reviewed golden files, and the
/// error for a name the file does not record.
@Suite struct BranchBuildGoldenTests {
    /// Two delegate-GC branches (2019) in every format (Wrenfield's with its own meeting pattern, notice and
    /// visitors), an all-member CLP's branch (2019) and a 2012 branch.
    static let cases: [(example: String, branch: String, golden: String, formats: [String])] = [
        ("eastbrook-2022.toml", "Northgate", "eastbrook-2022-northgate", ["md", "html", "txt"]),
        ("riverside-2023.toml", "Old Town", "riverside-2023-old-town", ["txt"]),
        ("aldermoor-2015.toml", "Aldermoor Town", "aldermoor-2015-aldermoor-town", ["txt"]),
        ("wrenfield-2023.toml", "Kingsmead", "wrenfield-2023-kingsmead", ["md", "html", "txt"]),
    ]

    static let runs = cases.flatMap { item in item.formats.map { (item.example, item.branch, item.golden, $0) } }

    @Test(arguments: 0..<runs.count)
    func branchStandingOrders(index: Int) {
        let (example, branch, golden, format) = Self.runs[index]
        let outcome = RepositoryHarness().run([
            "build", "examples/" + example, "--branch", branch, "--format", format,
        ])
        #expect(outcome.exitCode == .success)
        #expect(outcome.standardError.isEmpty)
        Golden.assertMatches(outcome.standardOutput, "build-branch/\(golden).\(format)")
    }

    @Test func anUnknownBranchIsAUsageErrorListingTheBranches() {
        let outcome = RepositoryHarness().run(["build", "examples/eastbrook-2022.toml", "--branch", "Nortgate"])
        #expect(outcome.exitCode == .usageOrIOError)
        #expect(outcome.standardOutput.isEmpty)
        #expect(outcome.standardError.contains("records no branch of that name; did you mean 'Northgate'?"))
        #expect(outcome.standardError.contains("'Northgate', 'Riverside', 'Hollins Park', 'St Anne's'"))
    }

    @Test func theCLPsOwnStandingOrdersHaveNoBranchClauses() {
        let outcome = RepositoryHarness().run(["build", "examples/eastbrook-2022.toml", "--format", "html"])
        #expect(outcome.exitCode == .success)
        #expect(!outcome.standardOutput.contains("branch_name_area"))
        #expect(!outcome.standardOutput.contains("branches.branch_membership"))
    }
}
