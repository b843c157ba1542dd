import Diagnostics
import Rulebook

/// `clpconf build FILE [--branch NAME] [--format md|html|txt] [-o OUT] [--draft]`: the CLP's standing orders
/// for the year, or one of its branches'.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "build", abstract: "Write a CLP's standing orders for the year from its selections.",
        discussion: """
            The standing orders read like a CLP's own: a title block, numbered parts and clauses in the \
            order of the model procedural rules, then the CLP's structure, with the quorum, the General \
            Committee's delegates and the other values worked out for this year, and schedules of those \
            values and of the officers elected. Every clause says which choices and settings produced it \
            and which rule it rests on.

            An invalid file is not built: its problems are printed and the exit status is 1. --draft builds \
            it anyway, marked DRAFT on every page, with the problems listed at the front. HTML is one \
            printable file; text is wrapped at 80 columns.

            --branch NAME builds the standing orders of one branch instead: NAME is a branch's name exactly \
            as [[facts.branch]] gives it. They hold the menu's branch clauses (its AGM, meetings, quorum, who \
            may attend and vote, officers, and how it relates to the CLP), worked out with the CLP's choices \
            and the branch's own record.
            """,
        examples: [
            CommandExample("clpconf build examples/eastbrook-2022.toml", "The standing orders as Markdown."),
            CommandExample(
                "clpconf build examples/eastbrook-2022.toml --format html -o standing-orders.html",
                "A printable HTML file."),
            CommandExample(
                "clpconf build examples/invalid-2022.toml --draft --format txt", "A draft of an invalid year."),
            CommandExample(
                "clpconf build examples/eastbrook-2022.toml --branch Northgate --format txt",
                "The Northgate branch's standing orders."),
        ])

    static let file = ArgumentDefinition.positional("file", valueName: "FILE", help: "The CLP's selections file.")
    static let format = ArgumentDefinition.option(
        "format", choices: DocumentFormat.self, default: .md, help: "md, html or txt.")
    static let draft = ArgumentDefinition.flag(
        "draft", help: "Build even when the file is invalid, marked DRAFT, with its problems at the front.")

    static let branch = ArgumentDefinition.option(
        "branch", valueName: "NAME",
        help: "Build this branch's standing orders (its name as [[facts.branch]] gives it).")

    static var arguments: [ArgumentDefinition] { [file, branch, format, .output, draft, .menus, ColorMode.argument] }

    var file: String
    var branch: String?
    var format: DocumentFormat
    var output: String?
    var draft: Bool
    var menus: String?
    var color: ColorMode

    init(_ arguments: ParsedArguments) throws {
        file = try arguments.required(Self.file)
        branch = arguments.value(Self.branch)
        format = try arguments.choice(Self.format, as: DocumentFormat.self)
        output = arguments.value(.output)
        draft = arguments.flag(Self.draft)
        menus = arguments.value(.menus)
        color = try arguments.choice(ColorMode.argument, as: ColorMode.self)
    }

    func run(_ context: CommandContext) throws -> ExitCode {
        let printer = DiagnosticPrinter(context: context, color: color)
        let year: YearEvaluation
        switch try YearOpener(context: context, menus: menus).open(file, digest: true) {
        case .evaluated(let evaluated): year = evaluated
        case .unavailable(let diagnostics, let files):
            printer.print(diagnostics, files: files)
            return .invalidInput
        }
        printer.print(year.diagnostics, files: year.files)
        let builder = StandingOrdersBuilder(year)
        var branchOrders: StandingOrders?
        if let branch {
            guard let built = builder.buildBranch(named: branch, draft: draft) else {
                throw CLIError.usage(Self.unknownBranch(branch, known: year.branchNames, file: file))
            }
            branchOrders = built
        }
        guard year.isValid || draft else {
            context.standardError.write(
                "standing orders not built: correct the errors above, or build a draft with --draft\n")
            return .invalidInput
        }
        let document = (branchOrders ?? builder.build(draft: draft)).document()
        let inputs = [file] + year.edition.files.map(\.path)
        try DocumentOutput(context: context, path: output).write(
            format.render(document), format: format, inputs: inputs)
        return year.isValid ? .success : .invalidInput
    }

    /// "no branch 'Nrthgate' in FILE; did you mean 'Northgate'? Its branches are: …".
    static func unknownBranch(_ name: String, known: [String], file: String) -> String {
        guard !known.isEmpty else {
            return "--branch '\(name)': \(file) records no branches ([[facts.branch]])"
        }
        let suggestion = NameSuggester.suggestion(for: name, among: known)
        return "--branch '\(name)': \(file) records no branch of that name"
            + (suggestion.map { "; did you mean '\($0)'?" } ?? ".") + " Its branches are: "
            + known.map { "'\($0)'" }.joined(separator: ", ")
    }
}
