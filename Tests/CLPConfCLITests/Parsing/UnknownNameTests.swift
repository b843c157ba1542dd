import Testing

@testable import CLPConfCLI

@Suite struct UnknownNameTests {
    let harness = CommandHarness(files: ["a.toml": "a = 1\n"])

    @Test func unknownCommandSuggestsTheNearestAndExitsTwo() {
        let outcome = harness.run(["tmol", "a.toml"])
        #expect(outcome.exitCode == .usageOrIOError)
        #expect(outcome.standardOutput.isEmpty)
        let lines = outcome.standardError.split(separator: "\n")
        #expect(lines.first == "error: unknown command 'tmol'; did you mean 'toml'?")
        #expect(lines.contains("usage: clpconf COMMAND ..."))
        #expect(lines.contains("see 'clpconf --help' for more information"))
    }

    @Test func unknownCommandFarFromAnyGetsNoSuggestion() {
        let outcome = harness.run(["frobnicate"])
        #expect(outcome.exitCode == .usageOrIOError)
        #expect(outcome.standardError.hasPrefix("error: unknown command 'frobnicate'\n"))
    }

    @Test func unknownOptionSuggestsAndShowsTheCommandsUsage() {
        let outcome = harness.run(["toml", "--fromat", "json", "a.toml"])
        #expect(outcome.exitCode == .usageOrIOError)
        #expect(outcome.standardOutput.isEmpty)
        #expect(outcome.standardError.hasPrefix("error: unknown option '--fromat'; did you mean '--format'?\n"))
        #expect(outcome.standardError.contains("usage: clpconf toml FILE... [--format text|json]"))
        #expect(outcome.standardError.contains("see 'clpconf toml --help'"))
    }

    @Test func singleDashLongOptionSuggestsDoubleDash() {
        let outcome = harness.run(["toml", "-format", "json", "a.toml"])
        #expect(outcome.standardError.hasPrefix("error: unknown option '-format'; did you mean '--format'?"))
        #expect(outcome.exitCode == .usageOrIOError)
    }

    @Test func unknownRootOptionSuggestsVersion() {
        let outcome = harness.run(["--verison"])
        #expect(outcome.exitCode == .usageOrIOError)
        #expect(outcome.standardError.hasPrefix("error: unknown option '--verison'; did you mean '--version'?"))
    }

    @Test func badChoiceSuggestsOrListsTheChoices() {
        let near = harness.run(["toml", "--format", "jsno", "a.toml"])
        #expect(near.standardError.hasPrefix("error: invalid value 'jsno' for '--format'; did you mean 'json'?"))
        let far = harness.run(["toml", "--format", "xml", "a.toml"])
        #expect(far.standardError.hasPrefix("error: invalid value 'xml' for '--format'; expected 'text' or 'json'"))
        #expect(far.exitCode == .usageOrIOError)
    }

    @Test func missingValueIsAUsageError() {
        let atEnd = harness.run(["toml", "a.toml", "--format"])
        #expect(atEnd.exitCode == .usageOrIOError)
        #expect(atEnd.standardError.hasPrefix("error: missing value for '--format'; expected 'text' or 'json'"))
        let beforeOption = harness.run(["toml", "--format", "--color", "never", "a.toml"])
        #expect(beforeOption.standardError.hasPrefix("error: missing value for '--format'"))
    }

    @Test func missingFileArgumentIsAUsageError() {
        let outcome = harness.run(["toml"])
        #expect(outcome.exitCode == .usageOrIOError)
        #expect(outcome.standardError.hasPrefix("error: missing argument 'FILE'\n"))
    }

    @Test func messagesEscapeControlCharacters() {
        let outcome = harness.run(["toml", "--\u{1B}[31mx"])
        #expect(!outcome.standardError.contains("\u{1B}"))
        #expect(outcome.standardError.contains("\\u{1b}"))
    }
}
