import Diagnostics
import Testing

@testable import CLPConfCLI

@Suite struct ExitCodeTests {
    struct SomeOtherError: Error {}

    static func diagnostic(_ severity: Severity) -> Diagnostic {
        Diagnostic(code: "T001", severity: severity, message: "m", location: nil)
    }

    @Test func valuesMatchTheDocumentedContract() {
        #expect(ExitCode.success.rawValue == 0)
        #expect(ExitCode.invalidInput.rawValue == 1)
        #expect(ExitCode.usageOrIOError.rawValue == 2)
    }

    @Test(arguments: [
        CLIError.usage("x"), CLIError(.fileNotFound(path: "a")), CLIError(.isDirectory(path: "a")),
        CLIError(.notDirectory(path: "a")), CLIError(.unreadable(path: "a", detail: "d")),
        CLIError(.writeFailed(path: "a", detail: "d")), CLIError(.outputIsInput(path: "a")),
        CLIError(.notRegularFile(path: "a", kind: .fifo)), CLIError(.outputNotRegular(path: "a", kind: .socket)),
        CLIError(.outputNotRegular(path: "a", kind: .symbolicLink)),
        CLIError(.tooLarge(path: "a", limit: 1 << 20, noun: "a menu file")),
        CLIError(.badMenusFolder(origin: "--menus", path: "a", problem: .isEdition)),
        CLIError(.streamWriteFailed(stream: "standard output", detail: "no space left on device")),
    ])
    func everyCLIErrorIsAUsageOrIOError(error: CLIError) {
        #expect(ExitCode(error: error) == .usageOrIOError)
        #expect(!error.description.isEmpty)
        #expect(error.description.first?.isUppercase != true)
        #expect(error.description.last != ".")
    }

    @Test func unexpectedErrorsAreNeverSuccess() {
        #expect(ExitCode(error: SomeOtherError()) == .usageOrIOError)
    }

    @Test func diagnosticsDecideValidity() {
        #expect(ExitCode(diagnostics: []) == .success)
        #expect(ExitCode(diagnostics: [Self.diagnostic(.warning), Self.diagnostic(.note)]) == .success)
        #expect(ExitCode(diagnostics: [Self.diagnostic(.warning), Self.diagnostic(.error)]) == .invalidInput)
        #expect(ExitCode(diagnostics: [Self.diagnostic(.warning)], strict: true) == .invalidInput)
    }

    @Test func combiningKeepsTheWorst() {
        #expect(ExitCode.success.combined(with: .invalidInput) == .invalidInput)
        #expect(ExitCode.usageOrIOError.combined(with: .invalidInput) == .usageOrIOError)
    }

    @Test func thrownCommandErrorsBecomeExitCodes() {
        struct Failing: ParsableCommand {
            static let configuration = CommandConfiguration(name: "fail", abstract: "Fails.")
            init(_ arguments: ParsedArguments) {}
            func run(_ context: CommandContext) throws -> ExitCode { throw SomeOtherError() }
        }
        struct Root: CommandGroup {
            static let configuration = CommandConfiguration(name: "tool", abstract: "Root.", subcommands: [Failing.self])
        }
        let outcome = CommandHarness().run(["fail"], root: Root.self)
        #expect(outcome.exitCode == .usageOrIOError)
        #expect(outcome.standardError.hasPrefix("error: internal error: "))
        #expect(!outcome.standardError.contains("usage:"))
    }
}
