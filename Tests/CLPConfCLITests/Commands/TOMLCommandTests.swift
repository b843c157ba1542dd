import Diagnostics
import Foundation
import TOML
import Testing

@testable import CLPConfCLI

@Suite struct TOMLCommandTests {
    let harness = CommandHarness(files: [
        "a.toml": "title = \"Anytown\"\n",
        "sub/b.toml": "[agm]\ndate = 2026-06-14\n",
    ])

    /// A parse result with one error, independent of the parser's progress.
    static func invalidResult(path: String = "bad.toml") -> TOMLParseResult {
        let text = "a = \nb = 2\n"
        let error = Diagnostic(
            code: "T999", severity: .error, message: "expected a value after '='",
            location: SourceSpan(file: path, range: 4..<4))
        let source = SourceFile(path: path, text: text)
        return TOMLParseResult(document: TOMLDocument(root: TOMLTable(), source: source), diagnostics: [error])
    }

    static func command(_ arguments: [String]) throws -> TOMLCommand {
        try TOMLCommand(ArgumentListParser(definitions: TOMLCommand.arguments).parse(arguments))
    }

    @Test func validFilesPrintOkToStdout() {
        let outcome = harness.run(["toml", "a.toml", "sub/b.toml"])
        #expect(outcome.exitCode == .success)
        #expect(outcome.standardOutput == "a.toml: ok\nsub/b.toml: ok\n")
        #expect(outcome.standardError.isEmpty)
    }

    @Test func errorsGoToStderrAndExitOne() throws {
        let output = OutputBuffer()
        let errors = OutputBuffer()
        let context = harness.context(output: output, errors: errors)
        let command = try Self.command(["bad.toml"])
        let valid = TOMLParser.parse("x = 1\n", path: "good.toml")
        let code = command.report([Self.invalidResult(), valid], context: context)
        #expect(code == .invalidInput)
        #expect(errors.text.hasPrefix("bad.toml:1:5: error: expected a value after '=' [T999]\n"))
        #expect(errors.text.contains("1 | a = \n"))
        #expect(output.text == (valid.isValid ? "good.toml: ok\n" : ""))
    }

    @Test func jsonOutputHasTheDocumentedFields() throws {
        let output = OutputBuffer()
        let context = harness.context(output: output, errors: OutputBuffer())
        let command = try Self.command(["--format=json", "bad.toml"])
        #expect(command.report([Self.invalidResult()], context: context) == .invalidInput)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(output.text.utf8)) as? [String: Any])
        #expect(json["schema"] as? String == "clpconf.diagnostics/1")
        #expect(json["errors"] as? Int == 1)
        #expect(json["warnings"] as? Int == 0)
        let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?["code"] as? String == "T999")
        #expect(diagnostics.first?["severity"] as? String == "error")
        let location = try #require(diagnostics.first?["location"] as? [String: Any])
        #expect(location["file"] as? String == "bad.toml")
        #expect(location["line"] as? Int == 1)
        #expect(location["column"] as? Int == 5)
        let files = try #require(json["files"] as? [[String: Any]])
        #expect(files.first?["path"] as? String == "bad.toml")
        #expect(files.first?["valid"] as? Bool == false)
    }

    @Test func jsonFormatThroughTheCommandLine() throws {
        let outcome = harness.run(["toml", "--format", "json", "a.toml"])
        #expect(outcome.exitCode == .success)
        #expect(outcome.standardError.isEmpty)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
        let files = try #require(json["files"] as? [[String: Any]])
        #expect(files.map { $0["path"] as? String } == ["a.toml"])
        #expect(files.first?["valid"] as? Bool == true)
    }

    @Test func exitCodeFollowsTheParser() {
        let text = "a = \n[x]\n[x]\n"
        let harness = CommandHarness(files: ["c.toml": text])
        let expected = TOMLParser.parse(text, path: "c.toml")
        let outcome = harness.run(["toml", "c.toml"])
        #expect(outcome.exitCode == (expected.isValid ? .success : .invalidInput))
        for diagnostic in expected.diagnostics {
            #expect(outcome.standardError.contains("[\(diagnostic.code)]"))
        }
    }

    @Test func directoryIsAnIOError() {
        let outcome = harness.run(["toml", "a.toml", "sub"])
        #expect(outcome.exitCode == .usageOrIOError)
        #expect(outcome.standardError == "error: 'sub' is a directory; expected a file\n")
        #expect(outcome.standardOutput.isEmpty)
    }

    @Test func missingFileIsAnIOError() {
        let outcome = harness.run(["toml", "missing.toml"])
        #expect(outcome.exitCode == .usageOrIOError)
        #expect(outcome.standardError == "error: no such file 'missing.toml'\n")
    }

    @Test func unreadableFileIsAnIOError() {
        harness.fileSystem.makeUnreadable("a.toml")
        let outcome = harness.run(["toml", "a.toml"])
        #expect(outcome.exitCode == .usageOrIOError)
        #expect(outcome.standardError == "error: cannot read 'a.toml': permission denied\n")
    }
}
