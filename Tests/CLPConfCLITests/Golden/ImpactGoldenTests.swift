import Foundation
import Testing

@testable import CLPConfCLI

/// `clpconf impact --edition menus/2024` on `examples/reports` (reports over four years on 2012 and 2019, a
/// duplicate, an edited menu, two broken files) and on the example selections files: every format and the
/// diagnostics against reviewed golden files.
@Suite struct ImpactGoldenTests {
    static let inputs = ["impact", "--edition", "menus/2024", "examples/reports"]

    @Test(arguments: ["md", "html", "csv", "json"])
    func everyFormat(format: String) {
        let outcome = RepositoryHarness().run(Self.inputs + ["--format", format])
        // A CLP would become invalid and files were left out, so the exit status says so.
        #expect(outcome.exitCode == .invalidInput)
        var output = outcome.standardOutput
        if format == "csv" {
            #expect(output.hasPrefix("\u{FEFF}file,"))
            output = String(output.dropFirst())
        }
        Golden.assertMatches(output, "impact/examples.\(format)")
        for file in [
            "broken-truncated.json", "broken-unknown-schema.json", "saltmarsh-vale-2022-edited-menu.json",
            "riverside-2023.json",
        ] {
            #expect(outcome.standardOutput.contains("examples/reports/" + file))
        }
    }

    @Test func diagnosticsNameEveryFileLeftOut() {
        let outcome = RepositoryHarness().run(Self.inputs + ["--format", "json"])
        Golden.assertMatches(outcome.standardError, "impact/examples.stderr")
        for code in ["J102", "P101", "P104"] { #expect(outcome.standardError.contains("[\(code)]")) }
    }

    /// Selections files carry their officers, so every rule is assessed for them.
    @Test func selectionsFiles() {
        let outcome = RepositoryHarness().run([
            "impact", "--edition", "menus/2024", "examples/aldermoor-2015.toml", "examples/eastbrook-2022.toml",
            "examples/riverside-2023.toml",
        ])
        #expect(outcome.exitCode == .invalidInput)
        Golden.assertMatches(outcome.standardOutput, "impact/selections.md")
        #expect(!outcome.standardOutput.contains("| no |"))
    }

    @Test func aDraftThatDoesNotLoadStopsTheImpact() {
        let outcome = RepositoryHarness().run(["impact", "--edition", "examples", "examples/reports"])
        #expect(outcome.exitCode != .success)
        #expect(outcome.standardOutput.isEmpty)
    }
}
