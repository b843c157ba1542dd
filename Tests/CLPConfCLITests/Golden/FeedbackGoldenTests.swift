import Foundation
import Testing

@testable import CLPConfCLI

/// The year-end feedback file: the template `init --feedback` writes, a report with the answers, and every
/// kind of mistake in one file reported in one run, each at its place.
@Suite struct FeedbackGoldenTests {
    static let answered = "examples/feedback/eastbrook-2022.toml"
    static let mistaken = "Tests/CLPConfCLITests/Fixtures/report/feedback/eastbrook-2022-bad.toml"

    @Test func templateMatchesGolden() throws {
        let folder = NSTemporaryDirectory() + "clpconf-feedback-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/feedback.toml"
        let outcome = RepositoryHarness().run(["init", "--feedback", path, "--from", "examples/eastbrook-2022.toml"])
        #expect(outcome.exitCode == .success)
        #expect(outcome.standardError.contains("clpconf report examples/eastbrook-2022.toml --feedback"))
        Golden.assertMatches(try String(contentsOfFile: path, encoding: .utf8), "report/feedback/template-eastbrook-2022.toml")
        // Written again, the template is refused: init never overwrites.
        let again = RepositoryHarness().run(["init", "--feedback", path, "--from", "examples/eastbrook-2022.toml"])
        #expect(again.exitCode == .usageOrIOError)
    }

    @Test func feedbackNeedsTheYearItIsFor() {
        let outcome = RepositoryHarness().run(["init", "--feedback", "/tmp/never-written.toml", "--edition", "2019"])
        #expect(outcome.exitCode == .usageOrIOError)
        #expect(outcome.standardError.contains("--feedback needs --from"))
    }

    /// Every example CLP's answered feedback, `examples/feedback/NAME.toml` beside `examples/NAME.toml`.
    static let examplesWithFeedback: [String] = CheckGoldenTests.examples.filter {
        FileManager.default.fileExists(atPath: Golden.repositoryRoot + "/examples/feedback/" + $0)
    }

    @Test func everyExampleHasFeedback() {
        #expect(Self.examplesWithFeedback == CheckGoldenTests.examples)
    }

    @Test(arguments: examplesWithFeedback, ["json", "md"])
    func reportWithFeedback(example: String, format: String) {
        let outcome = RepositoryHarness().run([
            "report", "examples/" + example, "--feedback", "examples/feedback/" + example, "--format", format,
        ])
        let valid = !example.hasPrefix("invalid-")
        #expect(outcome.exitCode == (valid ? .success : .invalidInput))
        // The feedback itself raises nothing: whatever is printed is the year's own problems.
        #expect(!outcome.standardError.contains("feedback/"))
        Golden.assertMatches(outcome.standardOutput, "report/\(example.dropLast(5))-with-feedback.\(format)")
    }

    /// A wrong type, a rating of 7, an unknown question, a missing required answer and a rating for an option
    /// not chosen: each located, all in one run, and no report.
    @Test func everyMistakeIsReportedInOneRun() {
        let outcome = RepositoryHarness().run(["report", "examples/eastbrook-2022.toml", "--feedback", Self.mistaken])
        #expect(outcome.exitCode == .invalidInput)
        #expect(outcome.standardOutput.isEmpty)
        let errors = outcome.standardError
        #expect(errors.contains("eastbrook-2022-bad.toml:14:25: error: 'general_meetings_held' in [answers] must be an integer"))
        #expect(errors.contains("eastbrook-2022-bad.toml:38:20: error: 'answers.rating_structure' is 7 but must be between 1 and 5 [S103]"))
        #expect(
            errors.contains("eastbrook-2022-bad.toml:9:1: error: unknown key 'what_workd' in [answers]; did you mean 'what_worked'? [S102]")
        )
        #expect(errors.contains("eastbrook-2022-bad.toml:7:1: error: [answers] is missing the required key 'what_did_not_work' [S101]"))
        #expect(errors.contains("did you mean 'planning.branch_funding'? [S102]"))
        Golden.assertMatches(errors, "report/feedback/eastbrook-2022-bad.stderr")
    }

    /// The same mistakes after a line of multibyte text: lines move down one, columns stay (characters, not
    /// bytes); and a negative member count is out of range.
    @Test func locationsCountCharactersAfterMultibyteText() throws {
        let folder = NSTemporaryDirectory() + "clpconf-feedback-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let source = try String(contentsOfFile: Golden.repositoryRoot + "/" + Self.mistaken, encoding: .utf8)
        let shifted = "# Ünïcödé 👩‍👩‍👧 feedback\n" + source.replacing("members_at_year_end = 975", with: "members_at_year_end = -3")
        let path = folder + "/feedback.toml"
        try shifted.write(toFile: path, atomically: true, encoding: .utf8)
        let outcome = RepositoryHarness().run(["report", "examples/eastbrook-2022.toml", "--feedback", path])
        #expect(outcome.exitCode == .invalidInput)
        let errors = outcome.standardError
        #expect(errors.contains("feedback.toml:15:25: error: 'general_meetings_held' in [answers] must be an integer"))
        #expect(errors.contains("feedback.toml:39:20: error: 'answers.rating_structure' is 7"))
        #expect(errors.contains("error: 'figures.members_at_year_end' is -3 but must be 0 or more [S103]"))
    }

    @Test func theUntouchedTemplateAsksForEveryRequiredAnswer() throws {
        let folder = NSTemporaryDirectory() + "clpconf-feedback-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/feedback.toml"
        _ = RepositoryHarness().run(["init", "--feedback", path, "--from", "examples/eastbrook-2022.toml"])
        let outcome = RepositoryHarness().run(["report", "examples/eastbrook-2022.toml", "--feedback", path])
        #expect(outcome.exitCode == .invalidInput)
        #expect(outcome.standardError.contains("[figures] is missing the required key 'members_at_year_end' [S101]"))
        #expect(outcome.standardError.contains("[answers] is missing the required key 'what_worked' [S101]"))
        #expect(!outcome.standardError.contains("S102"))
    }
}
