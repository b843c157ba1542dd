import Diagnostics
import TOML
import Testing

@testable import CLPConfCLI

@Suite struct ColorTests {
    static let escape = "\u{1B}["

    /// Renders one error through `clpconf toml` with the given terminal state, environment and flags.
    func stderr(terminal: Bool, environment: [String: String] = [:], flags: [String] = []) throws -> String {
        let harness = CommandHarness(environment: environment, isTerminal: terminal)
        let errors = OutputBuffer()
        let context = harness.context(output: OutputBuffer(), errors: errors)
        let command = try TOMLCommand(ArgumentListParser(definitions: TOMLCommand.arguments).parse(flags + ["bad.toml"]))
        _ = command.report([TOMLCommandTests.invalidResult()], context: context)
        return errors.text
    }

    @Test func colourOnATerminal() throws {
        #expect(try stderr(terminal: true).contains(Self.escape))
    }

    @Test func noColourIntoAPipe() throws {
        #expect(try !stderr(terminal: false).contains(Self.escape))
    }

    @Test func noColorDisablesColour() throws {
        #expect(try !stderr(terminal: true, environment: ["NO_COLOR": "1"]).contains(Self.escape))
        #expect(try stderr(terminal: true, environment: ["NO_COLOR": ""]).contains(Self.escape))
        #expect(try !stderr(terminal: true, environment: ["TERM": "dumb"]).contains(Self.escape))
    }

    @Test func colorFlagOverrides() throws {
        #expect(try stderr(terminal: false, environment: ["NO_COLOR": "1"], flags: ["--color=always"]).contains(Self.escape))
        #expect(try !stderr(terminal: true, flags: ["--color", "never"]).contains(Self.escape))
    }

    @Test func usageErrorsFollowTheSameRule() {
        let plain = CommandHarness(environment: ["NO_COLOR": "1"], isTerminal: true).run(["tmol"])
        #expect(!plain.standardError.contains(Self.escape))
        let coloured = CommandHarness(isTerminal: true).run(["tmol"])
        #expect(coloured.standardError.contains(Self.escape))
    }
}
