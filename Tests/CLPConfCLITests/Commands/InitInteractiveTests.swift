import Foundation
import Synchronization
import Testing

@testable import CLPConfCLI

/// `clpconf init --interactive` wired to typed lines: the file is written only at the end, never over an
/// input or, unless the secretary says so, over a file that is there; it is then checked.
@Suite struct InitInteractiveTests {
    let harness = RepositoryHarness()

    /// Enter for every question: last year's answers (or the menu's defaults) throughout.
    static let enters = Array(repeating: "", count: 400)

    private func run(_ arguments: [String], input: [String]) -> CommandOutcome {
        harness.run(["init", "--interactive", "--menus", Golden.repositoryRoot + "/menus"] + arguments, input: input)
    }

    @Test func fromLastYearWritesTheFileAndChecksIt() throws {
        let scratch = try ScratchDirectory("wizard")
        defer { scratch.remove() }
        let output = scratch.file("eastbrook-2023.toml")
        let outcome = run(["--from", "examples/eastbrook-2022.toml", "-o", output], input: Self.enters)
        #expect(outcome.exitCode == .success, "\(outcome.standardError)\n\(outcome.standardOutput.suffix(2_000))")
        let text = try String(contentsOfFile: output, encoding: .utf8)
        #expect(text.contains("name = \"Eastbrook and Hollins\""))
        #expect(text.contains("date = 2023-10-08"))
        #expect(outcome.standardOutput.contains("Wrote '\(output)'. Checking it as 'clpconf check' does:"))
        #expect(outcome.standardOutput.contains(output + ": valid"))
        #expect(!outcome.standardOutput.contains("\u{1B}"), "no colour into a buffer")
    }

    @Test func endOfInputWritesNothingAndExitsTwo() throws {
        let scratch = try ScratchDirectory("wizard")
        defer { scratch.remove() }
        let output = scratch.file("new.toml")
        let outcome = run(["--edition", "2019", "-o", output], input: ["Anytown", "East Midlands"])
        #expect(outcome.exitCode == .usageOrIOError)
        #expect(outcome.standardOutput.hasSuffix("Stopped before the end: no file was written.\n"))
        #expect(!FileManager.default.fileExists(atPath: output))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).isEmpty, "no temporary file left")
    }

    @Test func anExistingFileIsReplacedOnlyWhenTheSecretarySaysSo() throws {
        let scratch = try ScratchDirectory("wizard")
        defer { scratch.remove() }
        let existing = try scratch.write("ours.toml", "# keep me\n")
        let other = scratch.file("other.toml")
        // Enter through the questions, then "n" to replacing ours.toml, then another name.
        var input = Self.enters
        let outcome = run(["--from", "examples/eastbrook-2022.toml", "-o", existing], input: [])
        #expect(outcome.exitCode == .usageOrIOError, "stdin closed at once: nothing asked, nothing written")
        #expect(try String(contentsOfFile: existing, encoding: .utf8) == "# keep me\n")
        input = try Self.answersUntilTheEnd() + ["n", other]
        let declined = run(["--from", "examples/eastbrook-2022.toml", "-o", existing], input: input)
        #expect(declined.standardOutput.contains("'\(existing)' already exists. Replace it [y/N]:"))
        #expect(try String(contentsOfFile: existing, encoding: .utf8) == "# keep me\n")
        #expect(FileManager.default.fileExists(atPath: other), "\(declined.standardOutput.suffix(1_000))")
        let accepted = run(
            ["--from", "examples/eastbrook-2022.toml", "-o", existing], input: try Self.answersUntilTheEnd() + ["y"])
        #expect(accepted.exitCode == .success)
        #expect(try String(contentsOfFile: existing, encoding: .utf8).contains("Eastbrook and Hollins"))
    }

    @Test func withoutOutputTheFileNameIsAskedAndAFolderIsRefusedWithoutLosingTheAnswers() throws {
        let scratch = try ScratchDirectory("wizard")
        defer { scratch.remove() }
        let chosen = scratch.file("chosen.toml")
        let input = try Self.answersUntilTheEnd() + [scratch.path, chosen]
        let outcome = run(["--from", "examples/eastbrook-2022.toml"], input: input)
        #expect(outcome.exitCode == .success, "\(outcome.standardOutput.suffix(1_000))")
        #expect(outcome.standardOutput.components(separatedBy: "File to write [selections-2023.toml]:").count == 3)
        #expect(try String(contentsOfFile: chosen, encoding: .utf8).contains("Eastbrook and Hollins"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == ["chosen.toml"])
    }

    @Test func anOutputThatIsAnInputIsRefusedBeforeAnyQuestion() {
        let outcome = run(["--from", "examples/eastbrook-2022.toml", "-o", "examples/eastbrook-2022.toml"], input: Self.enters)
        #expect(outcome.exitCode == .usageOrIOError)
        #expect(outcome.standardError.contains("refusing to overwrite input file"), "\(outcome.standardError)")
        #expect(!outcome.standardOutput.contains("The CLP"), "a question was asked")
    }

    @Test func interactiveAndFeedbackDoNotGoTogether() {
        let outcome = run(["--feedback", "f.toml", "--from", "examples/eastbrook-2022.toml"], input: [])
        #expect(outcome.exitCode == .usageOrIOError)
        #expect(outcome.standardError.contains("--feedback and --interactive cannot be used together"))
    }

    /// Exactly the Enters the wizard asks for on eastbrook-2022 before the file is written, counted as the
    /// lines a run that writes a new file in a scratch folder reads, so a change in the menu does not break the
    /// test.
    static func answersUntilTheEnd() throws -> [String] {
        let scratch = try ScratchDirectory("wizard-count")
        defer { scratch.remove() }
        let count = Mutex(0)
        let source = LineSource {
            count.withLock { $0 += 1 }
            return ""
        }
        let outcome = RepositoryHarness().run(
            [
                "init", "--interactive", "--from", "examples/eastbrook-2022.toml", "-o", scratch.file("count.toml"),
                "--menus", Golden.repositoryRoot + "/menus",
            ], source: source)
        #expect(outcome.exitCode == .success)
        return Array(repeating: "", count: count.withLock { $0 })
    }
}
