import Diagnostics
import Rulebook

/// `clpconf migrate FILE --to EDITION [-o NEW] [--format text|json]`: carry a selections file to a newer
/// edition through every edition's `[migration]` map, print what happened to each item and why, and check
/// the result.
struct MigrateCommand: ParsableCommand {
    /// The report's format.
    enum Format: String, CaseIterable, Sendable {
        case text
        case json
    }

    static let configuration = CommandConfiguration(
        name: "migrate", abstract: "Carry a selections file forward to a newer menu edition.",
        discussion: """
            Follows each edition's migration map from the file's edition to EDITION (2012 -> 2019 -> ...): \
            renamed items are renamed, merged ones merged, retired ones dropped (their old value is quoted in \
            the report), retired options replaced where the map says, and new required choices written with \
            the map's value and '# to confirm at the AGM'. Comments stay with the keys they belong to. The \
            report has one line per change with its reason, then the check of the migrated file. Without -o \
            nothing is written. Exit status: 0 when the migrated file is valid; 1 when it is not (it is still \
            written with -o, to be corrected); 2 for a usage or file error. Never writes over FILE.
            """,
        examples: [
            CommandExample(
                "clpconf migrate examples/aldermoor-2015.toml --to 2019", "See what moving to 2019 would change."),
            CommandExample(
                "clpconf migrate ours-2018.toml --to 2019 -o ours-2019.toml", "Write the migrated file."),
        ])

    static let file = ArgumentDefinition.positional("file", valueName: "FILE", help: "The selections file to migrate.")
    static let to = ArgumentDefinition.option(
        "to", valueName: "EDITION", required: true, help: "The edition to migrate to.")
    static let output = ArgumentDefinition.option(
        "output", short: "o", valueName: "NEW", help: "Write the migrated file here (never over FILE).")
    static let format = ArgumentDefinition.option(
        "format", choices: Format.self, default: .text, help: "The report: text or json.")

    static var arguments: [ArgumentDefinition] { [file, to, output, format, .menus, ColorMode.argument] }

    var file: String
    var to: String?
    var output: String?
    var format: Format
    var menus: String?
    var color: ColorMode

    init(_ arguments: ParsedArguments) throws {
        file = try arguments.required(Self.file)
        to = arguments.value(Self.to)
        output = arguments.value(Self.output)
        format = try arguments.choice(Self.format, as: Format.self)
        menus = arguments.value(.menus)
        color = try arguments.choice(ColorMode.argument, as: ColorMode.self)
    }

    func validate() throws {
        guard to != nil else { throw CLIError.usage("give the edition to migrate to: --to EDITION") }
    }

    func run(_ context: CommandContext) throws -> ExitCode {
        guard let to else { return .usageOrIOError }
        let bytes = try context.readFile(file, as: .selections)
        if let output {
            try AtomicFileWriter(
                fileSystem: context.fileSystem, currentDirectory: context.currentDirectory, registry: context.inputs
            ).checkNotInput(output, inputs: [file])
        }
        let printer = DiagnosticPrinter(context: context, color: color)
        let named = SelectionsText(bytes: bytes, path: file).editionReference?.id ?? ""
        let chain = try EditionChain(locator: EditionLocator(context: context, explicitDirectory: menus))
            .load(target: to, from: named)
        guard chain.problems.isEmpty else {
            printer.print(chain.problems, files: chain.files)
            return .invalidInput
        }
        let result = EditionMigrator.migrate(
            text: bytes, fileName: output ?? file, to: to, editions: chain.editions, searchesFixes: false)
        let report = MigrationReport(result)
        guard result.problems.isEmpty, let text = result.text else {
            printer.print(
                result.problems, files: [SourceFile(path: file, text: String(decoding: bytes, as: UTF8.self))])
            if format == .json { context.standardOutput.write(report.json()) }
            return .invalidInput
        }
        if let output {
            let inputs = [file] + chain.editions.flatMap { $0.files.map(\.path) }
            try context.writeFile(Array(text.utf8), to: output, inputs: inputs)
        }
        context.standardOutput.write(format == .json ? report.json() : report.text())
        if format == .text {
            context.standardError.write(
                output.map {
                    "wrote '\(TerminalText.sanitize($0))'; check it with: clpconf check \(TerminalText.sanitize($0))\n"
                }
                    ?? "nothing written: add -o NEW.toml to write the migrated file\n")
        }
        return result.isValid ? .success : .invalidInput
    }
}
