import Foundation
import Testing

@testable import CLPConfCLI

/// `clpconf completions bash|zsh|fish`: scripts generated from the command tree, checked by walking the
/// registry, by each shell's syntax check, by a golden file, and by running the bash completion.
@Suite struct CompletionsCommandTests {
    /// The tree every script here is made from: fixed edition ids, so the output does not depend on `menus/`.
    static let tree = CompletionTree(root: RootCommand.self, editionIDs: ["2012", "2019"])

    static func script(_ shell: CompletionsCommand.Shell) -> String { shell.script(for: tree) }

    /// The full path of `name` on the search path, if the shell is installed.
    static func executable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { $0 + "/" + name }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs `shell` with `arguments` and returns its exit status and standard output.
    static func run(_ shell: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(executable(shell)))
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Writes `text` to a new temporary file and returns its path.
    static func temporaryFile(_ text: String, suffix: String) throws -> String {
        let path = NSTemporaryDirectory() + "clpconf-completions-" + UUID().uuidString + suffix
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The body of the bash function that completes the command at `path`.
    static func bashFunction(_ script: String, for path: [any ParsableCommand.Type]) -> String {
        let words = path.dropFirst().map { $0.configuration.name }
        let name = (["_clpconf_cmd"] + words).joined(separator: "_")
        guard let start = script.range(of: "\n" + name + "() {\n") else { return "" }
        let rest = script[start.upperBound...]
        return String(rest[..<(rest.range(of: "\n}\n")?.lowerBound ?? rest.endIndex)])
    }

    @Test func bashScriptCompletesEveryCommandAndEveryOption() {
        let script = Self.script(.bash)
        for path in CommandRegistryTests.allPaths() {
            let command = path[path.count - 1]
            let name = CommandResolver.commandName(path)
            #expect(script.contains("\"\(name)\")"), "'\(name)' is not dispatched")
            let body = Self.bashFunction(script, for: path)
            #expect(!body.isEmpty, "no completion function for '\(name)'")
            for subcommand in command.configuration.subcommands {
                #expect(body.contains(subcommand.configuration.name), "'\(name)' does not offer its subcommand")
            }
            for argument in command.arguments where !argument.isPositional {
                #expect(body.contains("--" + argument.name), "'\(name)' does not offer --\(argument.name)")
                if let short = argument.shortName { #expect(body.contains("-\(short)"), "'\(name)' -\(short)") }
                for value in argument.allowedValues { #expect(body.contains(value), "'\(name) --\(argument.name) \(value)'") }
            }
            #expect(body.contains("--help -h"), "'\(name)' does not offer --help")
        }
    }

    @Test(arguments: CompletionsCommand.Shell.allCases)
    func everyScriptNamesEveryCommandAndOption(shell: CompletionsCommand.Shell) {
        let script = Self.script(shell)
        for path in CommandRegistryTests.allPaths() {
            #expect(script.contains(path[path.count - 1].configuration.name), "\(shell): \(CommandResolver.commandName(path))")
            for argument in path[path.count - 1].arguments where !argument.isPositional {
                #expect(script.contains(argument.name), "\(shell): --\(argument.name)")
            }
        }
        #expect(script.contains("2012") && script.contains("2019"), "\(shell): edition ids")
    }

    /// `SHELL -n` (parse without running) accepts the script; skipped where the shell is not installed.
    static func assertShellAccepts(_ shell: CompletionsCommand.Shell, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let path = try temporaryFile(script(shell), suffix: "." + shell.rawValue)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try run(shell.rawValue, ["-n", path])
        #expect(result.status == 0, "\(result.output)", sourceLocation: sourceLocation)
    }

    @Test(.enabled(if: executable("bash") != nil, "bash is not installed"))
    func bashAcceptsTheScript() throws { try Self.assertShellAccepts(.bash) }

    @Test(.enabled(if: executable("zsh") != nil, "zsh is not installed"))
    func zshAcceptsTheScript() throws { try Self.assertShellAccepts(.zsh) }

    @Test(.enabled(if: executable("fish") != nil, "fish is not installed"))
    func fishAcceptsTheScript() throws { try Self.assertShellAccepts(.fish) }

    @Test func bashScriptMatchesGolden() {
        Golden.assertMatches(Self.script(.bash), "completions/clpconf.bash")
    }

    /// What the bash completion offers for a command line whose last word is being completed.
    @Test(
        .enabled(if: executable("bash") != nil, "bash is not installed"),
        arguments: [
            (["clpconf", "men"], "menu"),
            (["clpconf", ""], "init check build diff migrate serve report compile impact explain menu toml completions help"),
            (["clpconf", "menu", "l"], "list lint"),
            (["clpconf", "menu", "show", "20"], "2012 2019"),
            (["clpconf", "menu", "booklet", "2019", "--format", ""], "md html txt"),
            (["clpconf", "menu", "booklet", "--format", "=", "h"], "html"),
            (["clpconf", "check", "--c"], "--color"),
            (["clpconf", "check", "x.toml", "--color", "al"], "always"),
            (["clpconf", "completions", "z"], "zsh"),
            (["clpconf", "menu", "show", "--color", "never", "2019", ""], ""),
            (["clpconf", "nonsense", ""], ""),
        ])
    func bashCompletesTheWordBeingTyped(words: [String], expected: String) throws {
        let path = try Self.temporaryFile(Self.script(.bash), suffix: ".bash")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let quoted = words.map { "'" + $0 + "'" }.joined(separator: " ")
        let program = "source '\(path)'; COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count - 1); _clpconf; echo \"${COMPREPLY[*]}\""
        let result = try Self.run("bash", ["-c", program])
        #expect(result.status == 0)
        #expect(result.output == expected + "\n", "\(words)")
    }

    /// What fish offers (the words before each tab) for a command line; skipped where fish is not installed.
    @Test(
        .enabled(if: executable("fish") != nil, "fish is not installed"),
        arguments: [
            ("clpconf menu sh", ["show"]),
            ("clpconf menu lint 20", ["2012", "2019"]),
            ("clpconf check --format ", ["json", "text"]),
            ("clpconf init -o x --c", ["--color"]),
            ("clpconf completions f", ["fish"]),
        ])
    func fishCompletesTheWordBeingTyped(line: String, expected: [String]) throws {
        let path = try Self.temporaryFile(Self.script(.fish), suffix: ".fish")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try Self.run("fish", ["--no-config", "-c", "source '\(path)'; complete -C '\(line)'"])
        #expect(result.status == 0)
        let words = result.output.split(separator: "\n").map { String($0.prefix { $0 != "\t" }) }
        #expect(words == expected, "\(line)")
    }

    @Test func editionIDsComeFromTheMenusFound() {
        let harness = CommandHarness(files: [
            "/work/menus/2031/edition.toml": "", "/work/menus/draft_2032/edition.toml": "",
            "/work/menus/not an edition/notes.txt": "",
        ])
        let outcome = harness.run(["completions", "bash"])
        #expect(outcome.exitCode == .success)
        #expect(outcome.standardError.isEmpty)
        #expect(outcome.standardOutput.contains("_clpconf_offer \"2031 draft_2032\" directories"))
    }

    @Test func wordsAShellWouldHaveToQuoteAreLeftOut() {
        let tree = CompletionTree(root: RootCommand.self, editionIDs: ["2019", "my edition", "$(rm -rf ~)", "it's"])
        let show = tree.nodes.first { $0.name == "clpconf menu show" }
        #expect(show?.positionals.first?.values.words == ["2019"])
    }

    @Test func anUnknownShellIsAUsageError() {
        let outcome = CommandHarness().run(["completions", "powershell"])
        #expect(outcome.exitCode == .usageOrIOError)
        #expect(outcome.standardError.contains("invalid value 'powershell' for 'SHELL'"))
        #expect(outcome.standardError.contains("'bash', 'zsh' or 'fish'"))
    }
}
