import Foundation
import Testing

@testable import CLPConfCLI

/// Golden-file support: compares output with `Fixtures/<name>`; `UPDATE_GOLDEN=1` rewrites the file and
/// fails the test, so recording is never silent. CI never records.
enum Golden {
    /// The repository root, found from this file's path.
    static let repositoryRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    static let fixtures = repositoryRoot + "/Tests/CLPConfCLITests/Fixtures"

    static func assertMatches(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let path = fixtures + "/" + name
        let normalised = actual.replacingOccurrences(of: "\r\n", with: "\n")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try? FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try? normalised.write(toFile: path, atomically: true, encoding: .utf8)
            Issue.record("recorded \(name); review it and run again without UPDATE_GOLDEN", sourceLocation: sourceLocation)
            return
        }
        guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
            Issue.record("missing golden file \(name); run with UPDATE_GOLDEN=1 and review it", sourceLocation: sourceLocation)
            return
        }
        if expected != normalised {
            Issue.record(
                Comment(rawValue: "output differs from \(name):\n" + lineDiff(expected, normalised)), sourceLocation: sourceLocation)
        }
    }

    /// A short line diff: the first differing lines with their numbers.
    static func lineDiff(_ expected: String, _ actual: String) -> String {
        let left = expected.components(separatedBy: "\n")
        let right = actual.components(separatedBy: "\n")
        var out: [String] = []
        for index in 0..<max(left.count, right.count) where out.count < 12 {
            let a = index < left.count ? left[index] : "<none>"
            let b = index < right.count ? right[index] : "<none>"
            if a != b { out.append("line \(index + 1):\n  - \(a)\n  + \(b)") }
        }
        return out.joined(separator: "\n")
    }
}

/// Runs `clpconf` in-process against the real repository: real files, real menus, captured output.
struct RepositoryHarness {
    /// The time every report written in the tests says it was generated at.
    static let fixedTime = "2026-12-01T12:00:00Z"

    /// Runs `arguments`; `input` is what is typed, a line each (none: stdin is closed), unless `source` is given.
    func run(
        _ arguments: [String], environment: [String: String] = [:], input: [String] = [], source: LineSource? = nil
    ) -> CommandOutcome {
        let output = OutputBuffer()
        let errors = OutputBuffer()
        var context = CommandContext(
            standardOutput: output.sink, standardError: errors.sink, environment: environment,
            currentDirectory: Golden.repositoryRoot, fileSystem: LocalFileSystem(),
            clock: { RepositoryHarness.fixedTime })
        // The budget of evaluations, not the clock, ends a fix search, so goldens hold on a loaded machine.
        context.fixSearchTimeLimit = .seconds(60)
        context.standardInput = source ?? .lines(input)
        let code = CommandRunner(root: RootCommand.self).run(arguments, context: context)
        return CommandOutcome(exitCode: code, standardOutput: output.text, standardError: errors.text)
    }
}
