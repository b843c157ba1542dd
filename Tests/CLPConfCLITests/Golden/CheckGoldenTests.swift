import Foundation
import Testing

@testable import CLPConfCLI

/// Every shipped example's `check` output, text and JSON, against reviewed golden files.
@Suite struct CheckGoldenTests {
    static let examples: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Golden.repositoryRoot + "/examples")) ?? []
        return names.filter { $0.hasSuffix(".toml") }.sorted()
    }()

    @Test func examplesExist() {
        #expect(Self.examples.count >= 4)
    }

    @Test(arguments: examples)
    func textOutput(example: String) {
        let outcome = RepositoryHarness().run(["check", "examples/" + example])
        let name = String(example.dropLast(5))
        Golden.assertMatches(
            "exit: \(outcome.exitCode.rawValue)\n--- stdout\n\(outcome.standardOutput)--- stderr\n\(outcome.standardError)",
            "check/\(name).txt")
    }

    @Test(arguments: examples)
    func jsonOutput(example: String) throws {
        let outcome = RepositoryHarness().run(["check", "examples/" + example, "--format", "json"])
        let name = String(example.dropLast(5))
        Golden.assertMatches(outcome.standardOutput, "check/\(name).json")
        let parsed = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any]
        #expect(parsed?["schema"] as? String == "clpconf.diagnostics/1")
        #expect((parsed?["valid"] as? Bool) == (outcome.exitCode == .success))
    }
}
