import Diagnostics
import Rulebook
import TOML

/// `clpconf menu lint EDITION|DIR`: load an edition and report every error and likely mistake, and run
/// every constraint's examples against the edition's `example.toml`.
struct MenuLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "lint", abstract: "Check a menu edition: load errors, likely mistakes and every constraint example.",
        discussion: """
            Reports type errors, unknown names, cycles and bad ranges as errors, and as warnings: options \
            whose 'requires' can never hold, constraints that can never fire, clauses never emitted, missing \
            citations, constraints without examples, examples that do not behave as declared, and a [migration] \
            map that leaves an item of the older edition (when its folder is beside this one) unaccounted for. \
            Exit status 1 when there are errors (or warnings, with --strict).
            """,
        examples: [
            CommandExample("clpconf menu lint menus/2019", "Lint an edition folder."),
            CommandExample("clpconf menu lint 2012 --strict", "Fail on warnings too (as CI does)."),
        ])

    static let edition = ArgumentDefinition.positional(
        "edition", valueName: "EDITION|DIR", help: "An edition id or an edition folder.")
    static let strict = ArgumentDefinition.flag("strict", help: "Treat warnings as errors.")
    static let format = ArgumentDefinition.option(
        "format", choices: DiagnosticPrinter.Format.self, default: .text, help: "text (stderr) or json (stdout).")

    static var arguments: [ArgumentDefinition] { [edition, .menus, strict, format, ColorMode.argument] }

    var edition: String
    var menus: String?
    var strict: Bool
    var format: DiagnosticPrinter.Format
    var color: ColorMode

    init(_ arguments: ParsedArguments) throws {
        edition = try arguments.required(Self.edition)
        menus = arguments.value(.menus)
        strict = arguments.flag(Self.strict)
        format = try arguments.choice(Self.format, as: DiagnosticPrinter.Format.self)
        color = try arguments.choice(ColorMode.argument, as: ColorMode.self)
    }

    func run(_ context: CommandContext) throws -> ExitCode {
        let locator = EditionLocator(context: context, explicitDirectory: menus)
        let directory = try locator.directory(for: edition)
        let source = try locator.source(at: directory)
        let result = EditionLoader.load(source)
        var diagnostics = result.diagnostics
        var files = result.files
        if let loaded = result.edition {
            diagnostics += MenuLinter(edition: loaded).lint()
            let older = try loaded.migration.flatMap { try olderEdition($0.from, beside: directory, locator: locator) }
            diagnostics += MigrationLinter(edition: loaded, older: older).lint()
            if let example = source.example {
                let parsed = TOMLParser.parse(bytes: example.bytes, path: example.path)
                files.append(parsed.document.source)
                diagnostics += parsed.diagnostics
                if parsed.isValid {
                    diagnostics += ExampleRunner(edition: loaded, base: parsed.document).run().diagnostics
                }
            } else if !loaded.allConstraints.isEmpty {
                diagnostics.append(MenuMessages.missingExampleFile(at: loaded.span))
            }
        }
        DiagnosticPrinter(context: context, color: color).print(diagnostics, files: files, format: format)
        let exit = ExitCode(diagnostics: diagnostics, strict: strict)
        if format == .text, exit == .success {
            context.standardOutput.write(TerminalText.sanitize(edition) + ": ok\n")
        }
        return exit
    }

    /// The edition `id` the map carries files from, when its folder is beside `directory` and it loads.
    private func olderEdition(_ id: String, beside directory: String, locator: EditionLocator) throws -> Edition? {
        guard EditionID.isValid(id) else { return nil }
        let sibling = FilePath.join(FilePath.directory(of: directory), id)
        guard locator.context.fileSystem.fileExists(at: FilePath.join(sibling, "edition.toml")) else { return nil }
        return EditionLoader.load(try locator.source(at: sibling)).edition
    }
}
