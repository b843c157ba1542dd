import Diagnostics
import Rulebook

/// `clpconf menu booklet EDITION --format md|html [-o FILE]`: the booklet a secretary reads.
struct MenuBookletCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "booklet", abstract: "Print an edition's booklet: every option with advice, settings and rules.",
        discussion: "HTML is one standalone printable file. Without -o the booklet goes to stdout.",
        examples: [
            CommandExample("clpconf menu booklet 2019 --format html -o booklet-2019.html", "A printable booklet."),
            CommandExample("clpconf menu booklet 2012", "The 2012 booklet as Markdown on stdout."),
        ])

    static let edition = ArgumentDefinition.positional(
        "edition", valueName: "EDITION", help: "An edition id or folder.")
    static let format = ArgumentDefinition.option(
        "format", choices: DocumentFormat.self, default: .md, help: "md, html or txt.")

    static var arguments: [ArgumentDefinition] { [edition, format, .output, .menus, ColorMode.argument] }

    var edition: String
    var format: DocumentFormat
    var output: String?
    var menus: String?
    var color: ColorMode

    init(_ arguments: ParsedArguments) throws {
        edition = try arguments.required(Self.edition)
        format = try arguments.choice(Self.format, as: DocumentFormat.self)
        output = arguments.value(.output)
        menus = arguments.value(.menus)
        color = try arguments.choice(ColorMode.argument, as: ColorMode.self)
    }

    func run(_ context: CommandContext) throws -> ExitCode {
        let locator = EditionLocator(context: context, explicitDirectory: menus)
        guard let loaded = try locator.loadOrReport(edition, color: color) else { return .invalidInput }
        let document = BookletBuilder(edition: loaded).build()
        let text = format == .txt ? PlainTextRenderer().render(document) : format.render(document)
        try DocumentOutput(context: context, path: output).write(text, format: format, inputs: loaded.files.map(\.path))
        return .success
    }
}
