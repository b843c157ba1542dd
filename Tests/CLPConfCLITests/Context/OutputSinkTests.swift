import Foundation
import Synchronization
import Testing

@testable import CLPConfCLI

/// Sinks report a failed write, and the runner turns it into exit 2 with a message on stderr.
@Suite struct OutputSinkTests {
    /// Runs `arguments` against the repository with the given streams.
    private func run(_ arguments: [String], output: OutputSink, errors: OutputSink) -> ExitCode {
        let context = CommandContext(
            standardOutput: output, standardError: errors, currentDirectory: Golden.repositoryRoot,
            fileSystem: LocalFileSystem())
        return CommandRunner(root: RootCommand.self).run(arguments, context: context)
    }

    @Test func aFailingStandardOutputIsReportedOnStandardError() {
        let errors = OutputBuffer()
        let full = OutputSink(reporting: { _ in "no space left on device" })
        let code = run(["menu", "list"], output: full, errors: errors.sink)
        #expect(code == .usageOrIOError)
        #expect(errors.text == "error: cannot write to standard output: no space left on device\n")
    }

    @Test func aFailingStandardErrorStillGivesExitTwo() {
        let output = OutputBuffer()
        let code = run(
            ["check", "examples/invalid-2022.toml", "--no-fixes"], output: output.sink,
            errors: OutputSink(reporting: { _ in "broken pipe" }))
        #expect(code == .usageOrIOError)
    }

    @Test func invalidInputIntoAFullOutputIsStillAnError() {
        let errors = OutputBuffer()
        let code = run(
            ["check", "examples/invalid-2022.toml", "--format", "json", "--no-fixes"],
            output: OutputSink(reporting: { _ in "no space left on device" }), errors: errors.sink)
        #expect(code == .usageOrIOError)
        #expect(errors.text.contains("cannot write to standard output"))
    }

    @Test func aSinkStopsAfterItsFirstFailure() {
        let calls = Mutex(0)
        let sink = OutputSink(reporting: { _ in
            calls.withLock { $0 += 1 }
            return "no space left on device"
        })
        sink.write("a")
        sink.write("b")
        sink.writeLine("c")
        #expect(calls.withLock { $0 } == 1)
        #expect(sink.failure == "no space left on device")
        #expect(OutputSink { _ in }.failure == nil)
    }

    /// The live sink on a real descriptor: /dev/full refuses every write with ENOSPC.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func theLiveSinkOnDevFull() throws {
        let handle = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        defer { try? handle.close() }
        let errors = OutputBuffer()
        let code = run(["menu", "list"], output: .descriptor(handle.fileDescriptor), errors: errors.sink)
        #expect(code == .usageOrIOError)
        #expect(errors.text == "error: cannot write to standard output: no space left on device\n")
    }
}
