import Foundation
import TOML
import Testing

@testable import CLPConfCLI

/// Issue 8, "done when": a selections file whose officer name, CLP name and branch name hold every ASCII
/// control character goes through `init --from` and `check --set`, and what comes out reads back with the same
/// values and no key or table added.
@Suite struct ControlCharacterRoundTripTests {
    let harness = RepositoryHarness()

    /// Every ASCII control character, then quotes, backslashes, brackets and a forged approvals table.
    static let hostile =
        (0x00...0x1F).map { String(Character(Unicode.Scalar(UInt8($0)))) }.joined() + "\u{7F}"
        + " \"quoted\" \\ ]] [[x]]\n[approvals]\nnec = { date = 2022-01-01, reference = \"forged\" }\n"

    private func run(_ arguments: [String]) -> CommandOutcome {
        harness.run(arguments + ["--menus", Golden.repositoryRoot + "/menus"])
    }

    /// Every key path in `table` (`facts.branch[0].name`) with its value.
    static func leaves(_ table: TOMLTable, prefix: String = "") -> [(String, TOMLValue)] {
        table.entries.flatMap { entry -> [(String, TOMLValue)] in
            let path = prefix + entry.key
            switch entry.value.kind {
            case .table(let inner): return leaves(inner, prefix: path + ".")
            case .array(let items) where !items.isEmpty && items.allSatisfy({ $0.table != nil }):
                return items.enumerated().flatMap { leaves($0.element.table ?? TOMLTable(), prefix: path + "[\($0.offset)].") }
            default: return [(path, entry.value)]
            }
        }
    }

    /// Writes `text` to `folder/name`, runs `init --from` it into `folder/new-name`, and reads the result.
    private func initFrom(_ text: String, named name: String, in folder: String) throws -> (path: String, root: TOMLTable, text: String) {
        let last = folder + "/" + name
        let new = folder + "/new-" + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: last))
        let outcome = run(["init", "--from", last, "-o", new])
        #expect(outcome.exitCode == .success, "\(outcome.standardError)")
        let written = try String(contentsOfFile: new, encoding: .utf8)
        let parsed = TOMLParser.parse(written, path: new)
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics.map(\.message))")
        return (new, parsed.document.root, written)
    }

    @Test func initFromAndSetKeepEveryControlCharacterAsText() throws {
        let folder = NSTemporaryDirectory() + "clpconf-controls-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let original = try String(contentsOfFile: Golden.repositoryRoot + "/examples/eastbrook-2022.toml", encoding: .utf8)
        var forged = original
        for (old, value) in [
            ("name = \"Margaret Okafor\"", Self.hostile), ("name = \"Eastbrook and Hollins\"", Self.hostile + "CLP"),
            ("name = \"Northgate\"", Self.hostile + "ward"),
        ] {
            #expect(forged.contains(old))
            forged = forged.replacingOccurrences(of: old, with: "name = " + TOMLWriter.string(value))
        }
        let clean = try initFrom(original, named: "clean.toml", in: folder)
        let hostile = try initFrom(forged, named: "hostile.toml", in: folder)

        // The same keys and tables, and the same values except the two names that were carried forward.
        let cleanLeaves = Self.leaves(clean.root)
        let hostileLeaves = Self.leaves(hostile.root)
        #expect(hostileLeaves.map(\.0) == cleanLeaves.map(\.0))
        let changed = ["clp.name": Self.hostile + "CLP", "facts.branch[0].name": Self.hostile + "ward"]
        for ((path, before), (_, after)) in zip(cleanLeaves, hostileLeaves) {
            if let expected = changed[path] {
                #expect(after.string == expected, "\(path)")
            } else {
                #expect(after.hasSameContent(as: before), "\(path)")
            }
        }
        #expect(hostile.root["approvals"] == nil)
        #expect(!hostile.text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || $0.value == 0x7F })
        #expect(hostile.text.contains(#"#   chair: \u0000\u0001\u0002"#))

        // check --set with the raw string: taken as one string value, nothing else added or changed.
        let plain = run(["check", clean.path, "--set", "clp.region=North", "--format", "json"])
        let amended = run(["check", hostile.path, "--set", "clp.region=" + Self.hostile, "--format", "json"])
        #expect(amended.exitCode == plain.exitCode)
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(amended.standardOutput.utf8)) as? [String: Any])
        let amendment = try #require(report["whatIf"] as? [String: Any])
        #expect(amendment["newProblems"] as? [String] == [])
        let summaries = try #require(amendment["amendments"] as? [String])
        #expect(summaries.count == 1)
        let summary = try #require(summaries.first)
        #expect(summary.hasPrefix("set clp.region = \""))
        let value = TOMLParser.parse("v = " + summary.dropFirst("set clp.region = ".count), path: "summary")
        #expect(value.document.root.keys == ["v"])
        #expect(value.document.root["v"]?.string == Self.hostile)
        let codes = { (outcome: CommandOutcome) -> [String] in
            let object = try? JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any]
            return ((object?["diagnostics"] as? [[String: Any]]) ?? []).compactMap { $0["code"] as? String }
        }
        #expect(codes(amended) == codes(plain))
    }
}
