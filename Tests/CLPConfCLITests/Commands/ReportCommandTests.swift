import Foundation
import JSON
import Rulebook
import TOML
import Testing

@testable import CLPConfCLI

/// `report -o`, and the round trip: a written report read back with the JSON reader holds exactly the
/// values the engine produced, and written again gives the same bytes.
@Suite struct ReportCommandTests {
    @Test func outputFileHoldsTheSameBytesAsStdout() throws {
        let folder = NSTemporaryDirectory() + "clpconf-report-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/report.json"
        let written = RepositoryHarness().run(["report", "examples/eastbrook-2022.toml", "-o", path])
        #expect(written.exitCode == .success)
        #expect(written.standardOutput.isEmpty)
        let shown = RepositoryHarness().run(["report", "examples/eastbrook-2022.toml"])
        #expect(try String(contentsOfFile: path, encoding: .utf8) == shown.standardOutput)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["report.json"])
    }

    /// The file, last year's file and the edition's files are all inputs.
    @Test(arguments: ["examples/eastbrook-2022.toml", "examples/eastbrook-2021.toml", "menus/2019/edition.toml"])
    func refusesToWriteOverAnInput(path: String) throws {
        let before = try String(contentsOfFile: Golden.repositoryRoot + "/" + path, encoding: .utf8)
        let outcome = RepositoryHarness().run([
            "report", "examples/eastbrook-2022.toml", "--last", "examples/eastbrook-2021.toml", "-o", path,
        ])
        #expect(outcome.exitCode == .usageOrIOError)
        #expect(outcome.standardError.contains("refusing to overwrite input file"))
        #expect(try String(contentsOfFile: Golden.repositoryRoot + "/" + path, encoding: .utf8) == before)
    }

    @Test(arguments: CheckGoldenTests.examples)
    func roundTrip(example: String) throws {
        let path = "examples/" + example
        let written = RepositoryHarness().run(["report", path]).standardOutput
        let parsed = JSONParser.parse(written, path: "report.json")
        #expect(parsed.diagnostics.isEmpty)
        let document = try #require(parsed.document)
        // Read back, the values are the engine's own.
        let year = try Self.evaluate(path)
        let report = YearReport(
            year, generator: YearReport.Generator(version: RootCommand.version, generatedAt: RepositoryHarness.fixedTime))
        #expect(Self.withoutRanges(document.root) == report.json())
        // Written again, the bytes are the same.
        let again = try JSONWriter(layout: .indented).write(document.root) + "\n"
        #expect(again == written)
    }

    @Test func roundTripWithLastYear() throws {
        let written = RepositoryHarness().run([
            "report", "examples/eastbrook-2022.toml", "--last", "examples/eastbrook-2021.toml",
        ]).standardOutput
        let document = try #require(JSONParser.parse(written, path: "report.json").document)
        let report = YearReport(
            try Self.evaluate("examples/eastbrook-2022.toml"), last: try Self.evaluate("examples/eastbrook-2021.toml"),
            generator: YearReport.Generator(version: RootCommand.version, generatedAt: RepositoryHarness.fixedTime))
        #expect(Self.withoutRanges(document.root) == report.json())
        #expect(try JSONWriter(layout: .indented).write(document.root) + "\n" == written)
    }

    @Test(arguments: FeedbackGoldenTests.examplesWithFeedback)
    func roundTripWithFeedback(example: String) throws {
        let (path, feedback) = ("examples/" + example, "examples/feedback/" + example)
        let written = RepositoryHarness().run(["report", path, "--feedback", feedback]).standardOutput
        let document = try #require(JSONParser.parse(written, path: "report.json").document)
        let year = try Self.evaluate(path)
        let source = try String(contentsOfFile: Golden.repositoryRoot + "/" + feedback, encoding: .utf8)
        let (answers, problems) = FeedbackLoader.load(TOMLParser.parse(source, path: feedback).document, for: year)
        #expect(problems.isEmpty)
        let report = YearReport(
            year, feedback: answers,
            generator: YearReport.Generator(version: RootCommand.version, generatedAt: RepositoryHarness.fixedTime))
        #expect(Self.withoutRanges(document.root) == report.json())
        #expect(try JSONWriter(layout: .indented).write(document.root) + "\n" == written)
    }

    /// Text from the file (quotes, backslashes, a tab, bidirectional and invisible controls, an emoji) is
    /// escaped in the JSON (the controls as `\uXXXX`) and reads back as itself.
    @Test func untrustedTextRoundTrips() throws {
        let folder = NSTemporaryDirectory() + "clpconf-report-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let name = "Quote \" back\\slash\ttab \u{202E}RLO\u{200B} 👩‍👩‍👧"
        let source = try String(contentsOfFile: Golden.repositoryRoot + "/examples/eastbrook-2022.toml", encoding: .utf8)
        let hostile = source.replacing(
            #"name = "Eastbrook and Hollins""#, with: #"name = "Quote \" back\\slash\ttab \u202ERLO\u200B 👩‍👩‍👧""#)
        let path = folder + "/hostile.toml"
        try hostile.write(toFile: path, atomically: true, encoding: .utf8)
        let written = RepositoryHarness().run(["report", path]).standardOutput
        #expect(!written.unicodeScalars.contains { $0.value == 0x202E || $0.value == 9 })
        let document = try #require(JSONParser.parse(written, path: "report.json").document)
        #expect(document.root.object?["clp"]?.object?["name"]?.string == name)
        #expect(try JSONWriter(layout: .indented).write(document.root) + "\n" == written)
    }

    static func evaluate(_ path: String) throws -> YearEvaluation {
        let context = CommandContext(
            standardOutput: OutputBuffer().sink, standardError: OutputBuffer().sink,
            currentDirectory: Golden.repositoryRoot, fileSystem: LocalFileSystem())
        guard case .evaluated(let year) = try YearOpener(context: context, menus: nil).open(path) else {
            throw CLIError.usage("'\(path)' does not load")
        }
        return year
    }

    /// `node` with every value's and key's range emptied, as the engine builds them.
    static func withoutRanges(_ node: JSONNode) -> JSONNode {
        let kind: JSONNode.Kind
        switch node.kind {
        case .array(let elements): kind = .array(elements.map(withoutRanges))
        case .object(let object):
            kind = .object(
                JSONObject(
                    object.members.map { JSONMember(key: $0.key, keyRange: 0..<0, value: withoutRanges($0.value)) }))
        default: kind = node.kind
        }
        return JSONNode(kind, range: 0..<0)
    }
}
