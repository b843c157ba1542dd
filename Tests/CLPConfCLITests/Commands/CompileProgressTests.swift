import Testing

@testable import CLPConfCLI

/// The compile's progress line: on a terminal past a few hundred reports, redrawn every hundred; never when
/// piped, with `NO_COLOR` or with `TERM=dumb`, and never for a small compile.
@Suite struct CompileProgressTests {
    func run(total: Int, terminal: Bool, environment: [String: String] = [:]) -> String {
        let errors = OutputBuffer()
        let context = CommandContext(
            standardOutput: OutputBuffer().sink, standardError: errors.sink, environment: environment,
            isErrorTerminal: terminal, fileSystem: InMemoryFileSystem())
        var progress = CompileProgress(context: context)
        for done in 1...total { progress.update(done, of: total) }
        progress.finish()
        return errors.text
    }

    @Test func redrawsOnATerminal() {
        let text = run(total: 1_250, terminal: true)
        #expect(text.contains("\rcompiling: 100 of 1,250 reports") || text.contains("compiling: 100 of 1,250 reports"))
        #expect(text.contains("compiling: 1,250 of 1,250 reports"))
        #expect(text.components(separatedBy: "compiling:").count - 1 == 13)
        #expect(text.hasSuffix("\r\u{1B}[2K"))
    }

    @Test func silentWhenPipedOrAskedOrSmall() {
        #expect(run(total: 1_000, terminal: false).isEmpty)
        #expect(run(total: 1_000, terminal: true, environment: ["NO_COLOR": "1"]).isEmpty)
        #expect(run(total: 1_000, terminal: true, environment: ["TERM": "dumb"]).isEmpty)
        #expect(run(total: 300, terminal: true).isEmpty)
    }
}
