import Diagnostics
import Foundation
import Testing

@testable import CLPConfCLI

/// `clpconf explain CODE` for clpconf's own codes: every module's codes, with severity and documentation.
@Suite struct ExplainCommandTests {
    let harness = RepositoryHarness()

    @Test func explainsATOMLCode() {
        let outcome = harness.run(["explain", "T120"])
        #expect(outcome.exitCode == .success)
        #expect(
            outcome.standardOutput == """
                T120: trailing comma in an inline table
                severity: error (TOML syntax and structure)

                TOML 1.0 allows no comma after the last entry of an inline table (arrays do allow one).
                Remove the ',' before the closing '}'.

                """)
        #expect(outcome.standardError.isEmpty)
    }

    /// One code of each other domain prints its summary, severity and documentation from its catalogue.
    @Test(arguments: ["D104", "R113", "M103", "S106", "S203", "C206"])
    func explainsACodeOfEachDomain(code: String) throws {
        let descriptor = try #require(CodeIndex.descriptor(for: code))
        let outcome = harness.run(["explain", code])
        #expect(outcome.exitCode == .success)
        let lines = outcome.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first.map(String.init) == "\(code): \(descriptor.summary)")
        #expect(lines.dropFirst().first.map(String.init) == "severity: \(descriptor.severity.rawValue) (\(descriptor.domain.title))")
        let body = lines.dropFirst(3).joined(separator: " ").trimmingCharacters(in: .whitespaces)
        #expect(body == descriptor.documentation)
    }

    @Test func everyDomainIsExplainable() {
        let domains = Set(CodeIndex.all.map(\.domain))
        #expect(domains == Set(DiagnosticDomain.allCases))
    }

    @Test func aMistypedCodeSuggestsTheNearestOne() {
        let outcome = harness.run(["explain", "T12O"])
        #expect(outcome.exitCode == .usageOrIOError)
        #expect(outcome.standardError.contains("did you mean 'T120'?"))
    }

    @Test func constraintCodesStillComeFromTheEdition() {
        let outcome = harness.run(["explain", "GOV02", "--edition", "2019"])
        #expect(outcome.exitCode == .success)
        #expect(outcome.standardOutput.hasPrefix("GOV02"))
    }
}
