import Diagnostics
import Rulebook
import TOML

/// `clpconf report FILE [--feedback FEEDBACK.toml] [--last LAST.toml] [-o report.json] [--format json|md]`: the secretary's report on
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
            year and, with --feedback, the secretary's answers. JSON (schema clpconf.report/1, docs/report.schema.json) is for the centre; md is the same \
            report for the executive or the AGM.

            A report is written for any file that loads, valid or not: an invalid year is reported with its \
            problems, which are also printed, and the exit status is then 1. A feedback file with errors \
            (write one with 'clpconf init --feedback FILE --from SELECTIONS.toml') gets no report: every \
            problem in it is printed, and the exit status is 1.
            """,
        examples: [
            CommandExample("clpconf report examples/eastbrook-2022.toml -o report.json", "The report as JSON."),
            CommandExample(
                "clpconf report examples/eastbrook-2022.toml --last examples/eastbrook-2021.toml --format md",
                "The report for people, with the changes from last year."),
            CommandExample(
                "clpconf report ours-2026.toml --feedback feedback-2026.toml -o report.json",
                "The report with the secretary's answers."),
        ])

    static let file = ArgumentDefinition.positional("file", valueName: "FILE", help: "The CLP's selections file.")
    static let last = ArgumentDefinition.option(
        "last", valueName: "LAST.toml", help: "Last year's selections: the report lists what changed.")
    static let feedback = ArgumentDefinition.option(
        "feedback", valueName: "FEEDBACK.toml", help: "The secretary's answers to the edition's questions.")
    static let format = ArgumentDefinition.option(
        "format", choices: Format.self, default: .json, help: "json or md.")

    static var arguments: [ArgumentDefinition] { [file, feedback, last, format, .output, .menus, ColorMode.argument] }

    var file: String
    var last: String?
    var feedback: String?
    var format: Format
    var output: String?
    var menus: String?
    var color: ColorMode

    init(_ arguments: ParsedArguments) throws {
        file = try arguments.required(Self.file)
        last = arguments.value(Self.last)
        feedback = arguments.value(Self.feedback)
        format = try arguments.choice(Self.format, as: Format.self)
        output = arguments.value(.output)
        menus = arguments.value(.menus)
        color = try arguments.choice(ColorMode.argument, as: ColorMode.self)
    }

    func run(_ context: CommandContext) throws -> ExitCode {
        let opener = YearOpener(context: context, menus: menus)
        let printer = DiagnosticPrinter(context: context, color: color)
        var years: [YearEvaluation] = []
        for (index, path) in ([file] + (last.map { [$0] } ?? [])).enumerated() {
            // Only this year's digest is reported; last year's file is read for its choices.
            switch try opener.open(path, digest: index == 0) {
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
        var answers: Feedback?
        if let feedback {
            guard let loaded = try readFeedback(feedback, for: year, context: context, printer: printer) else {
                context.standardError.write("no report: correct the problems in '\(feedback)' above\n")
                return .invalidInput
            }
            answers = loaded
        }
        let report = YearReport(year, last: years.dropFirst().first, feedback: answers, generator: generator)
        let inputs =
            [file] + (last.map { [$0] } ?? []) + (feedback.map { [$0] } ?? [])
            + years.flatMap { $0.edition.files.map(\.path) }
        let out = DocumentOutput(context: context, path: output)
        switch format {
        case .json: try out.write(report.jsonText(), inputs: inputs)
        case .md: try out.write(DocumentFormat.md.render(report.document()), format: .md, inputs: inputs)
        }
        return year.isValid ? .success : .invalidInput
    }

    /// The feedback file at `path` read against `year`, its problems printed; nil when it has errors.
    private func readFeedback(
        _ path: String, for year: YearEvaluation, context: CommandContext, printer: DiagnosticPrinter
    ) throws -> Feedback? {
        let parsed = TOMLParser.parse(bytes: try context.readFile(path, as: .selections), path: path)
        let files = [parsed.document.source] + year.files
        guard !parsed.diagnostics.hasErrors else {
            printer.print(parsed.diagnostics, files: files)
            return nil
        }
        let (feedback, diagnostics) = FeedbackLoader.load(parsed.document, for: year)
        printer.print(parsed.diagnostics + diagnostics, files: files)
        return diagnostics.hasErrors ? nil : feedback
    }
}
