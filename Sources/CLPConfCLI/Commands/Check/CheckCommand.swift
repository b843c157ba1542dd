import Diagnostics
import Rulebook

/// `clpconf check FILE [--set section.key=value ...] [--last LAST.toml] [--format text|json] [--strict]`:
/// is this set of choices valid under its edition, and if not, what exactly is wrong and what fixes it?
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "check", abstract: "Check a CLP's selections against its menu edition, and suggest verified fixes.",
        discussion: """
            Reports every problem in one run: unknown or misspelt keys, wrong types, values out of range, \
            options not in the edition, and every Rule Book constraint the choices break, with the live values, \
            the rule it comes from, and the keys involved. For invalid selections it searches for the smallest \
            changes that make them valid, re-checks each one, and shows the best three.

            --set checks the file as if amended (an amendment from the floor of the AGM) without changing it, \
            and says what the amendment changes. Its value is one TOML value (a bare word is taken as text); \
            a problem with it is reported at the --set argument. Exit status: 0 valid (warnings allowed), 1 invalid, 2 usage or \
            I/O error; with --strict warnings also give 1.
            """,
        examples: [
            CommandExample("clpconf check examples/eastbrook-2022.toml", "Check this year's choices."),
            CommandExample(
                "clpconf check examples/eastbrook-2022.toml --set meetings.meetings_per_year=6",
                "What if the AGM cut general meetings to six?"),
            CommandExample("clpconf check this.toml --last last.toml", "Prefer fixes that keep last year's choices."),
            CommandExample("clpconf check this.toml --format json", "Machine-readable result (docs/formats.md)."),
        ])

    static let file = ArgumentDefinition.positional("file", valueName: "FILE", help: "The CLP's selections file.")
    static let set = ArgumentDefinition.option(
        "set", valueName: "SECTION.KEY=VALUE", repeatable: true,
        help: "Check as if amended; the file is not changed.")
    static let last = ArgumentDefinition.option(
        "last", valueName: "LAST.toml", help: "Last year's selections: fixes that keep them rank first.")
    static let format = ArgumentDefinition.option(
        "format", choices: DiagnosticPrinter.Format.self, default: .text,
        help: "text (diagnostics on stderr) or json (stdout).")
    static let strict = ArgumentDefinition.flag("strict", help: "Warnings also make the exit status 1.")
    static let noFixes = ArgumentDefinition.flag("no-fixes", help: "Skip the search for fixes.")

    static var arguments: [ArgumentDefinition] {
        [file, set, last, format, strict, noFixes, .menus, ColorMode.argument]
    }

    var file: String
    var amendments: [SelectionsAmendment]
    var last: String?
    var format: DiagnosticPrinter.Format
    var strict: Bool
    var searchFixes: Bool
    var menus: String?
    var color: ColorMode

    init(_ arguments: ParsedArguments) throws {
        file = try arguments.required(Self.file)
        amendments = try arguments.values(Self.set).map { text in
            switch SelectionsAmendment.parse(text) {
            case .success(let amendment): return amendment
            case .failure(let error): throw CLIError.usage("--set: \(error)")
            }
        }
        last = arguments.value(Self.last)
        format = try arguments.choice(Self.format, as: DiagnosticPrinter.Format.self)
        strict = arguments.flag(Self.strict)
        searchFixes = !arguments.flag(Self.noFixes)
        menus = arguments.value(.menus)
        color = try arguments.choice(ColorMode.argument, as: ColorMode.self)
    }

    func run(_ context: CommandContext) throws -> ExitCode {
        let opened = try YearOpener(context: context, menus: menus)
            .open(file, amendments: amendments, last: last, searchesFixes: searchFixes, digest: format == .json)
        let printer = DiagnosticPrinter(context: context, color: color)
        guard case .evaluated(var year) = opened else {
            if case .unavailable(let diagnostics, let files) = opened {
                let extra: [(String, JSONValue)] = [
                    ("file", .string(file)), ("valid", .bool(false)), ("fixes", .array([])),
                    ("partialFixes", .array([])), ("unfixableByChoices", .array([])),
                ]
                printer.print(diagnostics, files: files, format: format, extra: extra)
                return ExitCode(diagnostics: diagnostics, strict: strict)
            }
            return .usageOrIOError
        }
        if let note = try supersededNote(year, context: context) { year.loadDiagnostics.append(note) }
        switch format {
        case .text:
            printer.print(year.diagnostics, files: year.files)
            var out = year.amendmentText + year.fixesText
            if year.isValid {
                out +=
                    file + ": valid"
                    + (year.diagnostics.contains { $0.severity == .warning } ? " (with warnings)\n" : "\n")
            }
            context.standardOutput.write(TerminalText.sanitize(out, allowNewlines: true))
        case .json:
            printer.print(year.diagnostics, files: year.files, format: .json, extra: year.checkJSONFields(file: file))
        }
        return ExitCode(diagnostics: year.diagnostics, strict: strict)
    }

    /// A note (S120) when the edition the file follows names a later edition (`agm_dates.next`) that the
    /// menus folders hold, with the `migrate` command to carry the file there.
    private func supersededNote(_ year: YearEvaluation, context: CommandContext) throws -> Diagnostic? {
        guard let next = year.edition.agmDates?.next, next != year.edition.id,
            let reference = year.text.editionReference,
            try EditionLocator(context: context, explicitDirectory: menus).editions().contains(where: { $0.id == next })
        else { return nil }
        return MigrationMessages.supersededEdition(year.edition.id, by: next, file: file, at: reference.span)
    }
}
