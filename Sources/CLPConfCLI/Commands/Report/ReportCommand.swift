import Diagnostics
import Rulebook

/// `clpconf report FILE [--last LAST.toml] [-o report.json] [--format json|md]`: the secretary's report on
/// the year for the central party (schema `clpconf.report/1`, `docs/formats.md`).
struct ReportCommand: ParsableCommand {
    /// The report's output format.
    enum Format: String, CaseIterable, Sendable {
        case json
        case md
    }

    static let configuration = CommandConfiguration(
        name: "report", abstract: "Write the secretary's report on the year for the central party.",
        discussion: """
            The report says who the CLP is, the edition it follows (with its digest), every choice and \
            setting with the defaults made explicit and marked, the values worked out from them, every \
            problem, the approvals given and those still awaited and, with --last, what changed from last \
            year. JSON (schema clpconf.report/1, docs/report.schema.json) is for the centre; md is the same \
            report for the executive or the AGM.

            A report is written for any file that loads, valid or not: an invalid year is reported with its \
            problems, which are also printed, and the exit status is then 1.
            """,
        examples: [
            CommandExample("clpconf report examples/eastbrook-2022.toml -o report.json", "The report as JSON."),
            CommandExample(
                "clpconf report examples/eastbrook-2022.toml --last examples/eastbrook-2021.toml --format md",
                "The report for people, with the changes from last year."),
        ])

    static let file = ArgumentDefinition.positional("file", valueName: "FILE", help: "The CLP's selections file.")
    static let last = ArgumentDefinition.option(
        "last", valueName: "LAST.toml", help: "Last year's selections: the report lists what changed.")
    static let format = ArgumentDefinition.option(
        "format", choices: Format.self, default: .json, help: "json or md.")

    static var arguments: [ArgumentDefinition] { [file, last, format, .output, .menus, ColorMode.argument] }

    var file: String
    var last: String?
    var format: Format
    var output: String?
    var menus: String?
    var color: ColorMode

    init(_ arguments: ParsedArguments) throws {
        file = try arguments.required(Self.file)
        last = arguments.value(Self.last)
        format = try arguments.choice(Self.format, as: Format.self)
        output = arguments.value(.output)
        menus = arguments.value(.menus)
        color = try arguments.choice(ColorMode.argument, as: ColorMode.self)
    }

    func run(_ context: CommandContext) throws -> ExitCode {
        let opener = YearOpener(context: context, menus: menus)
        let printer = DiagnosticPrinter(context: context, color: color)
        var years: [YearEvaluation] = []
        for path in [file] + (last.map { [$0] } ?? []) {
            switch try opener.open(path) {
            case .evaluated(let year): years.append(year)
            case .unavailable(let diagnostics, let files):
                printer.print(diagnostics, files: files)
                context.standardError.write("no report: '\(path)' does not load\n")
                return .invalidInput
            }
        }
        guard let year = years.first else { return .invalidInput }
        printer.print(year.diagnostics, files: year.files)
        let generator = YearReport.Generator(version: RootCommand.version, generatedAt: context.clock())
        let report = YearReport(year, last: years.dropFirst().first, generator: generator)
        let inputs = [file] + (last.map { [$0] } ?? []) + years.flatMap { $0.edition.files.map(\.path) }
        let out = DocumentOutput(context: context, path: output)
        switch format {
        case .json: try out.write(report.jsonText(), inputs: inputs)
        case .md: try out.write(DocumentFormat.md.render(report.document()), format: .md, inputs: inputs)
        }
        return year.isValid ? .success : .invalidInput
    }
}
