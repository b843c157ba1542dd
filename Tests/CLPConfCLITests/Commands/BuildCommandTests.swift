import Foundation
import Testing

@testable import CLPConfCLI

/// `build -o`: written atomically, byte for byte what stdout would show, and never over an input.
@Suite struct BuildCommandTests {
    static func scratch() throws -> String {
        let folder = NSTemporaryDirectory() + "clpconf-build-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func outputFileHoldsTheSameBytesAsStdout() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/so.html"
        let written = RepositoryHarness().run(["build", "examples/eastbrook-2022.toml", "--format", "html", "-o", path])
        #expect(written.exitCode == .success)
        #expect(written.standardOutput.isEmpty)
        let shown = RepositoryHarness().run(["build", "examples/eastbrook-2022.toml", "--format", "html"])
        #expect(try String(contentsOfFile: path, encoding: .utf8) == shown.standardOutput)
        // Nothing but the output is left in the folder (no temporary file).
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["so.html"])
    }

    @Test(arguments: ["examples/eastbrook-2022.toml", "menus/2019/edition.toml", "menus/2019/sections/08_standing_orders.toml"])
    func refusesToWriteOverAnInput(path: String) throws {
        let before = try String(contentsOfFile: Golden.repositoryRoot + "/" + path, encoding: .utf8)
        let outcome = RepositoryHarness().run(["build", "examples/eastbrook-2022.toml", "-o", path])
        #expect(outcome.exitCode == .usageOrIOError)
        #expect(outcome.standardError.contains("refusing to overwrite input file"))
        #expect(try String(contentsOfFile: Golden.repositoryRoot + "/" + path, encoding: .utf8) == before)
    }

    @Test func textOutputCarriesNoTerminalEscapes() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let source = try String(contentsOfFile: Golden.repositoryRoot + "/examples/eastbrook-2022.toml", encoding: .utf8)
        let hostile = source.replacing(#"name = "Northgate""#, with: #"name = "North\u001B[2Jgate""#)
        try hostile.write(toFile: folder + "/year.toml", atomically: true, encoding: .utf8)
        let outcome = RepositoryHarness().run(["build", folder + "/year.toml", "--format", "txt", "-o", folder + "/so.txt"])
        #expect(outcome.exitCode == .success)
        let text = try String(contentsOfFile: folder + "/so.txt", encoding: .utf8)
        #expect(!text.contains("\u{1B}"))
        #expect(text.contains(#"North\u{1b}[2Jgate"#))
    }

    @Test func explainGivesALiveValueAndHowItWasWorkedOut() {
        let outcome = RepositoryHarness().run(["explain", "quorum", "--file", "examples/eastbrook-2022.toml"])
        #expect(outcome.exitCode == .success)
        #expect(outcome.standardOutput.contains("quorum: 20, which is the fixed number the CLP chose."))
        #expect(outcome.standardOutput.contains("(standing_orders.quorum_value): 20"))
        #expect(!outcome.standardOutput.contains("Rule: "), "the rule as written only with --verbose")
        let verbose = RepositoryHarness().run(
            ["explain", "quorum", "--file", "examples/eastbrook-2022.toml", "--verbose"])
        #expect(verbose.standardOutput.contains("Rule: if standing_orders.quorum_type"))
        let unknown = RepositoryHarness().run(["explain", "quorom", "--file", "examples/eastbrook-2022.toml"])
        #expect(unknown.exitCode == .usageOrIOError)
        #expect(unknown.standardError.contains("did you mean 'quorum'?"))
    }
}
