import Diagnostics
import Rulebook

/// `clpconf impact --edition DRAFT PATH... [--menus DIR] [--format md|html|csv|json] [-o OUT]`: what a draft
/// edition would do to every CLP, from their reports or selections files, before it is published.
struct ImpactCommand: ParsableCommand {
    /// The impact's output format.
    enum Format: String, CaseIterable, Sendable {
        case md
        case html
        case csv
        case json
    }

    static let configuration = CommandConfiguration(
        name: "impact", abstract: "What a draft edition would do to every CLP, from their reports or files.",
        discussion: """
            Reads every report named, every .json file in each folder named (recursively), and every \
            selections file named (.toml). Each CLP's year is checked under its own edition, carried to the \
            draft through the editions' migration maps (as 'clpconf migrate' does) and checked again. The \
            result counts the CLPs the draft would make invalid, groups the problems it adds by the rule that \
            fails, with the CLPs under each and what each would need to change, and lists the choices the \
            migration would drop. A report is rebuilt into a selections file first; it carries no officers or \
            votes, so rules about who holds a post are assessed only from selections files. A file that cannot \
            be assessed is listed with its reason and left out. The exit status is 1 when any CLP would become \
            invalid or any file was left out (the output is still written).
            """,
        examples: [
            CommandExample(
                "clpconf impact --edition menus/2024 examples/reports", "The draft 2024 edition against every report."),
            CommandExample(
                "clpconf impact --edition menus/2024 reports/ --format csv -o impact.csv",
                "Every CLP and problem, for a spreadsheet."),
        ])

    static let edition = ArgumentDefinition.option(
        "edition", valueName: "DRAFT", required: true,
        help: "The draft edition: its folder, or an edition id on the search path.")
    static let paths = ArgumentDefinition.positional(
        "paths", valueName: "PATH", arity: .oneOrMore, help: "Reports, folders of them, or selections files.")
    static let format = ArgumentDefinition.option(
        "format", choices: Format.self, default: .md, help: "md, html, csv or json.")

    static var arguments: [ArgumentDefinition] { [edition, paths, format, .output, .menus, ColorMode.argument] }

    var edition: String
    var paths: [String]
    var format: Format
    var output: String?
    var menus: String?
    var color: ColorMode

    init(_ arguments: ParsedArguments) throws {
        edition = try arguments.required(Self.edition)
        paths = arguments.values(Self.paths)
        format = try arguments.choice(Self.format, as: Format.self)
        output = arguments.value(.output)
        menus = arguments.value(.menus)
        color = try arguments.choice(ColorMode.argument, as: ColorMode.self)
    }

    func run(_ context: CommandContext) throws -> ExitCode {
        let printer = DiagnosticPrinter(context: context, color: color)
        let locator = EditionLocator(context: context, explicitDirectory: menus)
        let loadedDraft = try locator.load(edition)
        guard let draft = loadedDraft.edition else {
            printer.print(loadedDraft.diagnostics.filter { $0.severity == .error }, files: loadedDraft.files)
            context.standardError.write("no impact: the draft edition '\(edition)' does not load\n")
            return .invalidInput
        }
        let published = try publishedEditions(locator, except: draft.id, printer: printer)
        let analyzer = ImpactAnalyzer(draft: draft, editions: published)
        let files = try ReportFiles(paths, context: context)
        var outcomes: [ImpactAnalyzer.Outcome] = []
        var problems: [Diagnostic] = []
        var sources: [SourceFile] = []
        // Each file is read and assessed on whichever of two threads is free (each year's assessment is
        // independent of the others, and the analyzer holds no state); the outcomes come back in order.
        TwoThreadPipeline<ImpactAnalyzer.Outcome>().forEach(count: files.count) { index in
            Self.assess(files.path(at: index), files.read(at: index), with: analyzer)
        } body: { _, outcome in
            switch outcome {
            case .unreadable(let path, let reason): context.standardError.write("\(path): \(reason)\n")
            case .leftOut(_, let diagnostics, let source):
                problems += diagnostics
                sources.append(source)
            case .assessed: break
            }
            outcomes.append(outcome)
        }
        printer.print(problems, files: sources)
        let result = ImpactResult(draft: draft, outcomes: outcomes)
        let out = DocumentOutput(context: context, path: output)
        // Every file read is in the context's registry of inputs, which no output may replace.
        let inputs: [String] = draft.files.map(\.path)
        switch format {
        case .md: try out.write(DocumentFormat.md.render(result.document()), format: .md, inputs: inputs)
        case .html: try out.write(DocumentFormat.html.render(result.document()), format: .html, inputs: inputs)
        case .json: try out.write(result.jsonText(), inputs: inputs)
        case .csv: try out.write(result.csvText(), inputs: inputs)
        }
        return result.becomingInvalid == 0 && result.leftOut.isEmpty ? .success : .invalidInput
    }

    /// What assessing one file gave: a report or a selections file (by its name), or why it could not be read.
    private static func assess(
        _ path: String, _ bytes: Result<[UInt8], ReportSourceError>, with analyzer: ImpactAnalyzer
    ) -> ImpactAnalyzer.Outcome {
        switch bytes {
        case .success(let bytes):
            analyzer.assess(bytes, path: path, as: path.hasSuffix(".toml") ? .selections : .report)
        case .failure(let error): .unreadable(file: path, reason: error.reason)
        }
    }

    /// Every edition on the search path but the draft, with its digest.
    /// An edition that does not load is reported and skipped (its reports are then "an edition this impact
    /// does not have"), as the compile does.
    private func publishedEditions(
        _ locator: EditionLocator, except draft: String, printer: DiagnosticPrinter
    ) throws -> [(edition: Edition, digest: String)] {
        try locator.editions().filter { $0.id != draft }.compactMap { id, _ in
            let loaded = try locator.load(id: id)
            guard let edition = loaded.edition else {
                printer.print(loaded.diagnostics.filter { $0.severity == .error }, files: loaded.files)
                return nil
            }
            return (edition, EditionDigest.compute(edition).hex)
        }
    }
}
