import Foundation
import Testing

@testable import CLPConfCLI

/// `clpconf compile` on `examples/reports` (42 reports counted over four years, a duplicate, an edited menu,
/// two broken files, a roster with two CLPs that sent nothing, the centre's responses): every format, the
/// diagnostics, three letters and the receipt log against reviewed golden files.
@Suite struct CompileGoldenTests {
    static let inputs = [
        "compile", "examples/reports", "--roster", "examples/reports/roster.csv", "--responses",
        "examples/reports/responses.toml",
    ]

    @Test(arguments: ["md", "html", "csv", "json"])
    func everyFormat(format: String) {
        let outcome = RepositoryHarness().run(Self.inputs + ["--format", format])
        // Files were left out, so the exit status says so; the outputs are still written.
        #expect(outcome.exitCode == .invalidInput)
        var output = outcome.standardOutput
        if format == "csv" {
            // The byte order mark a spreadsheet needs to read UTF-8; reading the golden file drops it.
            #expect(output.hasPrefix("\u{FEFF}table,"))
            output = String(output.dropFirst())
        }
        Golden.assertMatches(output, "compile/examples.\(format)")
        // Every file left out is listed, with its reason, in every format.
        for file in ["broken-truncated.json", "broken-unknown-schema.json", "saltmarsh-vale-2022-edited-menu.json", "riverside-2023.json"] {
            #expect(outcome.standardOutput.contains("examples/reports/" + file))
        }
    }

    @Test func diagnosticsNameEveryFileLeftOut() {
        let outcome = RepositoryHarness().run(Self.inputs + ["--format", "json"])
        Golden.assertMatches(outcome.standardError, "compile/examples.stderr")
        for code in ["J102", "P101", "P104", "P105"] { #expect(outcome.standardError.contains("[\(code)]")) }
    }

    /// A counted CLP with the centre's response, a CLP whose only report was made with an edited menu, and a
    /// roster CLP that sent nothing.
    @Test(arguments: ["eastbrook-and-hollins", "saltmarsh-vale", "hythe-marsh-and-dale"])
    func letters(id: String) throws {
        let folder = NSTemporaryDirectory() + "clpconf-letters-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let outcome = RepositoryHarness().run(Self.inputs + ["--letters", folder, "-o", folder + "-summary.md"])
        defer { try? FileManager.default.removeItem(atPath: folder + "-summary.md") }
        #expect(outcome.standardError.contains("wrote 29 letters and receipts.csv"))
        for format in ["md", "html"] {
            let text = try String(contentsOfFile: folder + "/" + id + "." + format, encoding: .utf8)
            Golden.assertMatches(text, "compile/letters/\(id).\(format)")
        }
        Golden.assertMatches(try String(contentsOfFile: folder + "/receipts.csv", encoding: .utf8), "compile/receipts.csv")
    }

    /// Three copies of the example reports: more files than the two threads may decode ahead of the fold,
    /// every copy after the first superseded by the first. The figures are those of one copy.
    @Test func filesDecodedOnTwoThreadsGiveTheFiguresOfOneCopy() throws {
        let folder = NSTemporaryDirectory() + "clpconf-copies-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let reports = Golden.repositoryRoot + "/examples/reports"
        let names = try FileManager.default.contentsOfDirectory(atPath: reports).filter { $0.hasSuffix(".json") }.sorted()
        for copy in ["a", "b", "c"] {
            try FileManager.default.createDirectory(atPath: folder + "/" + copy, withIntermediateDirectories: true)
            for name in names { try FileManager.default.copyItem(atPath: reports + "/" + name, toPath: "\(folder)/\(copy)/\(name)") }
        }
        #expect(3 * names.count > TwoThreadPipeline<Int>().window)
        func groups(_ path: String) throws -> (files: NSDictionary, groups: NSArray) {
            let outcome = RepositoryHarness().run(["compile", path, "--format", "json"])
            let object = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? NSDictionary
            let files = try #require(object?["files"] as? NSDictionary)
            return (files, try #require(object?["groups"] as? NSArray))
        }
        let one = try groups(folder + "/a")
        let three = try groups(folder)
        #expect(three.groups == one.groups)
        #expect(three.files["read"] as? Int == 3 * names.count)
        #expect(three.files["superseded"] as? Int == 3 * (one.files["superseded"] as? Int ?? 0) + 2 * (one.files["counted"] as? Int ?? 0))
    }

    @Test func lettersFolderThatIsAFileIsRefused() throws {
        let outcome = RepositoryHarness().run(Self.inputs + ["--letters", "README.md"])
        #expect(outcome.exitCode == .usageOrIOError)
        #expect(outcome.standardError.contains("'README.md' is not a directory"))
    }

    @Test func outputNeverReplacesAReport() throws {
        let before = try String(contentsOfFile: Golden.repositoryRoot + "/examples/reports/aldbury-2022.json", encoding: .utf8)
        let outcome = RepositoryHarness().run(Self.inputs + ["-o", "examples/reports/aldbury-2022.json"])
        #expect(outcome.exitCode == .usageOrIOError)
        #expect(try String(contentsOfFile: Golden.repositoryRoot + "/examples/reports/aldbury-2022.json", encoding: .utf8) == before)
    }
}
