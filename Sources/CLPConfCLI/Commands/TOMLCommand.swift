import Diagnostics
import TOML

/// `clpconf toml FILE... [--format text|json]`: checks that files are valid TOML 1.0 and prints every
/// problem found.
///
/// Text mode prints compiler-style diagnostics to stderr and `FILE: ok` to stdout for each valid
/// file. JSON mode prints one `clpconf.diagnostics/1` document to stdout. Exit status 1 when any
/// file has an error; 2 when a file cannot be read (nothing is checked then).
struct TOMLCommand: ParsableCommand {
    /// How results are printed.
    enum Format: String, CaseIterable, Sendable {
        case text
        case json
    }

    static let configuration = CommandConfiguration(
        name: "toml",
        abstract: "Check that files are valid TOML and print their diagnostics.",
        discussion: """
            Reads each FILE as TOML 1.0 and reports every problem in it, not just the first, with the \
            line and column where it starts. Useful before 'clpconf check' when a file will not load, \
            and to see how clpconf reads a file.

            In text mode diagnostics go to stderr and 'FILE: ok' goes to stdout for each valid file. \
            In JSON mode one document (schema clpconf.diagnostics/1, with a 'files' list) goes to stdout.
            """,
        examples: [
            CommandExample(
                "clpconf toml examples/eastbrook-2022.toml",
                "Check one file; prints 'examples/eastbrook-2022.toml: ok' if it is valid."),
            CommandExample(
                "clpconf toml menus/2019/*.toml --format json",
                "Check an edition's files and print the results as JSON."),
        ])

    static let files = ArgumentDefinition.positional(
        "files", valueName: "FILE", arity: .oneOrMore, help: "The TOML files to check.")
    static let format = ArgumentDefinition.option(
        "format", choices: Format.self, default: .text,
        help: "text: diagnostics to stderr, 'FILE: ok' to stdout; json: one JSON document to stdout.")

    static var arguments: [ArgumentDefinition] { [files, format, ColorMode.argument] }

    var files: [String]
    var format: Format
    var color: ColorMode

    init(_ arguments: ParsedArguments) throws {
        files = arguments.values(Self.files)
        format = try arguments.choice(Self.format, as: Format.self)
        color = try arguments.choice(ColorMode.argument, as: ColorMode.self)
    }

    func run(_ context: CommandContext) throws -> ExitCode {
        // Read everything first: a missing file is a usage or I/O error and nothing is reported.
        let inputs = try files.map { ($0, try context.readFile($0, as: .unlimited)) }
        let results = inputs.map { TOMLParser.parse(bytes: $0.1, path: $0.0) }
        return report(results, context: context)
    }

    /// Prints the results of parsing each file and returns the exit code.
    func report(_ results: [TOMLParseResult], context: CommandContext) -> ExitCode {
        let sources = SourceStore(results.map(\.document.source))
        let diagnostics = results.flatMap(\.diagnostics)
        switch format {
        case .text:
            let renderer = TextDiagnosticRenderer(sources: sources, useColor: context.colorsErrors(color))
            context.standardError.write(renderer.render(diagnostics))
            let valid = results.filter(\.isValid).map { TerminalText.sanitize($0.document.source.path) + ": ok\n" }
            context.standardOutput.write(valid.joined())
        case .json:
            context.standardOutput.write(jsonDocument(results, sources: sources).rendered(pretty: true) + "\n")
        }
        return ExitCode(diagnostics: diagnostics)
    }

    /// The diagnostics document plus a `files` list saying which files are valid.
    private func jsonDocument(_ results: [TOMLParseResult], sources: SourceStore) -> JSONValue {
        let document = JSONDiagnosticRenderer(sources: sources).document(results.flatMap(\.diagnostics))
        let files = JSONValue.array(
            results.map { result in
                .object([
                    ("path", .string(result.document.source.path)),
                    ("valid", .bool(result.isValid)),
                    ("errors", .int(result.diagnostics.filter { $0.severity == .error }.count)),
                    ("warnings", .int(result.diagnostics.filter { $0.severity == .warning }.count)),
                ])
            })
        guard case .object(let members) = document else { return document }
        return .object(members + [("files", files)])
    }
}
