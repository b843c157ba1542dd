import Diagnostics
import Rulebook

/// `clpconf diff LAST.toml THIS.toml [--format text|md|html] [-o OUT]`: what changes from last year.
struct DiffCommand: ParsableCommand {
    /// The redline's output format.
    enum Format: String, CaseIterable, Sendable {
        case text
        case md
        case html

        var document: DocumentFormat {
            switch self {
            case .text: .txt
            case .md: .md
            case .html: .html
            }
        }
    }

    static let configuration = CommandConfiguration(
        name: "diff", abstract: "Redline this year's standing orders against last year's.",
        discussion: """
            First the choices and settings that changed (old and new, in words), then the standing orders \
            clause by clause: added, removed, and changed with the words that changed marked. The two files \
            may follow different editions. Exit status: 0 whatever the difference; 1 when either file is \
            invalid (its problems are printed); 2 for a usage or file error.
            """,
        examples: [
            CommandExample(
                "clpconf diff last-year.toml examples/eastbrook-2022.toml", "What the AGM changed, in the terminal."),
            CommandExample("clpconf diff last.toml this.toml --format html -o redline.html", "A printable redline."),
        ])

    static let last = ArgumentDefinition.positional("last", valueName: "LAST.toml", help: "Last year's selections.")
    static let this = ArgumentDefinition.positional("this", valueName: "THIS.toml", help: "This year's selections.")
    static let format = ArgumentDefinition.option(
        "format", choices: Format.self, default: .text, help: "text, md or html.")

    static var arguments: [ArgumentDefinition] { [last, this, format, .output, .menus, ColorMode.argument] }

    var last: String
    var this: String
    var format: Format
    var output: String?
    var menus: String?
    var color: ColorMode

    init(_ arguments: ParsedArguments) throws {
        last = try arguments.required(Self.last)
        this = try arguments.required(Self.this)
        format = try arguments.choice(Self.format, as: Format.self)
        output = arguments.value(.output)
        menus = arguments.value(.menus)
        color = try arguments.choice(ColorMode.argument, as: ColorMode.self)
    }

    func run(_ context: CommandContext) throws -> ExitCode {
        let opener = YearOpener(context: context, menus: menus)
        let printer = DiagnosticPrinter(context: context, color: color)
        var years: [YearEvaluation] = []
        var failed = false
        for path in [last, this] {
            switch try opener.open(path) {
            case .evaluated(let year):
                printer.print(year.diagnostics, files: year.files)
                failed = failed || !year.isValid
                years.append(year)
            case .unavailable(let diagnostics, let files):
                printer.print(diagnostics, files: files)
                failed = true
            }
        }
        guard !failed, years.count == 2 else {
            context.standardError.write("no redline: correct the errors above first\n")
            return .invalidInput
        }
        let document = Redline(last: years[0], this: years[1]).document()
        let inputs = [last, this] + years.flatMap { $0.edition.files.map(\.path) }
        try DocumentOutput(context: context, path: output).write(
            format.document.render(document), format: format.document, inputs: inputs)
        return .success
    }
}
