import Foundation
import TOML
import Testing

@testable import CLPConfCLI

/// Every 2012 selections file in the repository migrated to 2019, and on through two maps to the draft 2024:
/// the report and the migrated file against reviewed golden files, and the migrated file's check against what
/// the report announced.
@Suite struct MigrateGoldenTests {
    /// The shipped 2012 selections files (the feedback file of the same name is not a selections file).
    static let files = ["examples/aldermoor-2015.toml", "menus/2012/example.toml"]

    static func golden(_ path: String) -> String {
        "migrate/" + path.replacingOccurrences(of: "/", with: "-").dropLast(5)
    }

    @Test(arguments: files, ["2019", "2024"])
    func reportAndMigratedFile(path: String, target: String) throws {
        let reportGolden = Self.golden(path) + (target == "2019" ? "" : "." + target) + ".report.txt"
        let scratch = try ScratchDirectory("migrate")
        defer { try? FileManager.default.removeItem(atPath: scratch.path) }
        let report = RepositoryHarness().run(["migrate", path, "--to", target])
        #expect(report.standardError.contains("nothing written: add -o NEW.toml"), "\(report.standardError)")
        Golden.assertMatches(report.standardOutput, reportGolden)
        let output = scratch.file("migrated.toml")
        let written = RepositoryHarness().run(["migrate", path, "--to", target, "-o", output])
        #expect(written.exitCode == report.exitCode)
        let text = try String(contentsOfFile: output, encoding: .utf8)
        #expect(TOMLParser.parse(text, path: "migrated.toml").isValid)
        Golden.assertMatches(text, Self.golden(path) + "." + target + ".toml")

        // The migrated file passes check, or fails only with what the report announced.
        let check = RepositoryHarness().run(["check", output, "--no-fixes"])
        let codes = Self.codes(in: check.standardError)
        #expect((check.exitCode == .success) == codes.filter { $0.1 == "error" }.isEmpty)
        for (code, severity) in codes where severity != "note" {
            #expect(report.standardOutput.contains("\(severity) [\(code)]"), "\(code) is not in the report")
        }
        #expect((report.exitCode == .success) == (check.exitCode == .success))
    }

    /// `(code, severity)` of every `file:line:col: severity: message [CODE]` line.
    static func codes(in text: String) -> [(String, String)] {
        text.split(separator: "\n").compactMap { line in
            guard line.hasSuffix("]"), let open = line.lastIndex(of: "[") else { return nil }
            let code = String(line[line.index(after: open)..<line.index(before: line.endIndex)])
            let severity = ["error", "warning", "note"].first { line.contains(": \($0): ") }
            return severity.map { (code, $0) }
        }
    }

    @Test func jsonReportListsEveryChange() throws {
        let outcome = RepositoryHarness().run(["migrate", "examples/aldermoor-2015.toml", "--to", "2019", "--format", "json"])
        let parsed = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any]
        let changes = try #require(parsed?["changes"] as? [[String: Any]])
        #expect(changes.contains { $0["kind"] as? String == "renamed" && $0["from"] as? String == "development_plan" })
        #expect(changes.contains { $0["kind"] as? String == "kept" })
        #expect(parsed?["valid"] as? Bool == (outcome.exitCode == .success))
    }
}
