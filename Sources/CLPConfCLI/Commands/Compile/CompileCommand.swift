import CSV
import Diagnostics
import Rulebook
import TOML

/// `clpconf compile PATH... [--roster ROSTER.csv] [--responses RESPONSES.toml] [--letters DIR] [--menus DIR]
/// [--format md|html|csv|json] [-o OUT]`: the central compile of CLPs' reports, and a letter back to each.
struct CompileCommand: ParsableCommand {
    /// The compile's output format.
    enum Format: String, CaseIterable, Sendable {
        case md
        case html
        case csv
        case json
    }

    static let configuration = CommandConfiguration(
        name: "compile", abstract: "Compile CLPs' reports: what they chose, what worked, and a letter back to each.",
        discussion: """
            Reads every report named, and every .json file in each folder named (recursively). Each report is \
            checked: well-formed JSON, schema clpconf.report/1, an edition this compile has, with the published \
            edition's digest (a different digest means the CLP used an edited menu). A report that fails is \
            listed with its reason and left out; it never stops the compile. Of two reports for the same CLP \
            and year, the later AGM (then the later generation time) is kept.

            The summary counts, per edition and year, how many CLPs chose each option (overall, by region and \
            by membership band), the spread of every setting, validity, outcomes per option from the feedback, \
            the words CLPs used about what worked and what did not, year-on-year moves between structures and, \
            with --roster, who has not reported. With --letters, one letter per CLP (Markdown and HTML) tells it \
            what became of its report, with the centre's own response from --responses, and receipts.csv lists \
            every file seen. The exit status is 1 when any file was left out (the outputs are still written).
            """,
        examples: [
            CommandExample(
                "clpconf compile examples/reports --roster examples/reports/roster.csv", "The summary, as Markdown."),
            CommandExample(
                "clpconf compile reports/ --format html -o dashboard.html --letters letters/",
                "The dashboard, and a letter back to every CLP."),
        ])

    static let paths = ArgumentDefinition.positional(
        "paths", valueName: "PATH", arity: .oneOrMore, help: "Report files, or folders of them.")
    static let roster = ArgumentDefinition.option(
        "roster", valueName: "ROSTER.csv", help: "The CLPs expected to report (CSV with CLP and Region columns).")
    static let responses = ArgumentDefinition.option(
        "responses", valueName: "RESPONSES.toml", help: "The centre's responses to CLPs, carried in their letters.")
    static let letters = ArgumentDefinition.option(
        "letters", valueName: "DIR", help: "Write a letter to each CLP and receipts.csv into this folder.")
    static let format = ArgumentDefinition.option(
        "format", choices: Format.self, default: .md, help: "md, html, csv or json.")

    static var arguments: [ArgumentDefinition] {
        [paths, roster, responses, letters, format, .output, .menus, ColorMode.argument]
    }

    var paths: [String]
    var roster: String?
    var responses: String?
    var letters: String?
    var format: Format
    var output: String?
    var menus: String?
    var color: ColorMode

    init(_ arguments: ParsedArguments) throws {
        paths = arguments.values(Self.paths)
        roster = arguments.value(Self.roster)
        responses = arguments.value(Self.responses)
        letters = arguments.value(Self.letters)
        format = try arguments.choice(Self.format, as: Format.self)
        output = arguments.value(.output)
        menus = arguments.value(.menus)
        color = try arguments.choice(ColorMode.argument, as: ColorMode.self)
    }

    func run(_ context: CommandContext) throws -> ExitCode {
        let printer = DiagnosticPrinter(context: context, color: color)
        let (editions, digests) = try loadEditions(context, printer: printer)
        var problems: [Diagnostic] = []
        var sources: [SourceFile] = []
        let answers = try readResponses(context, problems: &problems, sources: &sources)
        let expected = try readRoster(context, problems: &problems, sources: &sources)
        let files = try ReportFiles(paths, context: context)
        let compiler = ReportCompiler(editions: editions, digests: digests, roster: expected)
        var progress = CompileProgress(context: context)
        // Each file's decoding reads no other: a second core decodes ahead while this one folds in, and this
        // one decodes too whenever the next file is not ready.
        let decodeOnTwoCores: ReportCompiler.FileDecoder = { count, decode, fold in
            TwoThreadPipeline<DecodedFile>().forEach(count: count, decode) { fold($1) }
        }
        let result = compiler.compile(files, decoding: decodeOnTwoCores) { progress.update($0, of: $1) }
        progress.finish()
        // A roster or responses file also named as a report keeps its whole text: a rejected report's copy is
        // cut to the lines its own problems quote, and the first copy of a path is the one quoted.
        var quoted = Set(sources.map(\.path))
        for file in result.problems {
            problems += file.diagnostics
            if let source = file.source, quoted.insert(source.path).inserted { sources.append(source) }
        }
        problems += CompileLetters.unusedResponses(answers, result: result)
        printer.print(problems, files: sources)
        let out = DocumentOutput(context: context, path: output)
        // Every report read is in the context's registry of inputs, which no output may replace.
        let inputs: [String] = []
        switch format {
        case .md: try out.write(DocumentFormat.md.render(result.document()), format: .md, inputs: inputs)
        case .html: try out.write(DocumentFormat.html.render(result.document()), format: .html, inputs: inputs)
        case .json: try out.write(inputs: inputs, streaming: result.writeJSON)
        case .csv: try out.write(result.csvText(), inputs: inputs)
        }
        if let letters {
            try writeLetters(
                to: letters, result: result, files: files, responses: answers, roster: expected, digests: digests,
                context: context)
        }
        return result.count(.counted) == result.receipts.count ? .success : .invalidInput
    }

    /// Every edition on the search path that loads, with its digest; one that does not is reported and
    /// skipped (its reports are then "an edition this compile does not have").
    private func loadEditions(
        _ context: CommandContext, printer: DiagnosticPrinter
    ) throws -> ([Edition], [String: String]) {
        let locator = EditionLocator(context: context, explicitDirectory: menus)
        var editions: [Edition] = []
        var digests: [String: String] = [:]
        for (id, _) in try locator.editions() {
            let loaded = try locator.load(id: id)
            guard let edition = loaded.edition else {
                printer.print(loaded.diagnostics.filter { $0.severity == .error }, files: loaded.files)
                continue
            }
            editions.append(edition)
            digests[edition.id] = EditionDigest.compute(edition).hex
        }
        return (editions, digests)
    }

    private func readResponses(
        _ context: CommandContext, problems: inout [Diagnostic], sources: inout [SourceFile]
    ) throws -> [CentreResponse] {
        guard let responses else { return [] }
        let parsed = TOMLParser.parse(bytes: try context.readFile(responses, as: .compileInput), path: responses)
        sources.append(parsed.document.source)
        problems += parsed.diagnostics
        guard !parsed.diagnostics.hasErrors else { return [] }
        let (answers, diagnostics) = ResponsesLoader.load(parsed.document)
        problems += diagnostics
        return answers
    }

    private func readRoster(
        _ context: CommandContext, problems: inout [Diagnostic], sources: inout [SourceFile]
    ) throws -> Roster? {
        guard let roster else { return nil }
        let parsed = CSVParser.parse(bytes: try context.readFile(roster, as: .compileInput), path: roster)
        sources.append(parsed.source)
        problems += parsed.diagnostics
        let (loaded, diagnostics) = RosterLoader.load(parsed.document)
        problems += diagnostics
        return loaded
    }
}
