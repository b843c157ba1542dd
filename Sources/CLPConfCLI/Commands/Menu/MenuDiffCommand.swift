import Diagnostics
import Rulebook

/// `clpconf menu diff OLD NEW [--format text|md|html] [-o OUT]`: what changed between two editions.
struct MenuDiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "diff", abstract: "Show what changed between two editions, in plain words.",
        discussion: """
            Lists, section by section, the options, settings, officer posts, facts and report questions \
            added, removed, renamed or merged (following the newer edition's migration map, with its note \
            for each), what changed about those kept (ranges, defaults, approvals), and the rules added, \
            removed, tightened or loosened. A short summary of the counts comes first. Exit status: 0 \
            whatever the difference; 1 when an edition does not load (its problems are printed); 2 for a \
            usage or file error, such as an unknown edition.
            """,
        examples: [
            CommandExample("clpconf menu diff 2012 2019", "What the 2019 edition changed, in the terminal."),
            CommandExample(
                "clpconf menu diff 2019 2024 --format html -o changes.html", "A printable page of the changes."),
        ])

    static let old = ArgumentDefinition.positional(
        "old", valueName: "OLD", help: "The older edition: an id or folder.")
    static let new = ArgumentDefinition.positional(
        "new", valueName: "NEW", help: "The newer edition: an id or folder.")
    static let format = ArgumentDefinition.option(
        "format", choices: DiffCommand.Format.self, default: .text, help: "text, md or html.")

    static var arguments: [ArgumentDefinition] { [old, new, format, .output, .menus, ColorMode.argument] }

    var old: String
    var new: String
    var format: DiffCommand.Format
    var output: String?
    var menus: String?
    var color: ColorMode

    init(_ arguments: ParsedArguments) throws {
        old = try arguments.required(Self.old)
        new = try arguments.required(Self.new)
        format = try arguments.choice(Self.format, as: DiffCommand.Format.self)
        output = arguments.value(.output)
        menus = arguments.value(.menus)
        color = try arguments.choice(ColorMode.argument, as: ColorMode.self)
    }

    func run(_ context: CommandContext) throws -> ExitCode {
        let locator = EditionLocator(context: context, explicitDirectory: menus)
        // Both are looked up before either is loaded, so an unknown id is a usage error whatever the other.
        _ = try locator.directory(for: old)
        _ = try locator.directory(for: new)
        guard let older = try locator.loadOrReport(old, color: color),
            let newer = try locator.loadOrReport(new, color: color)
        else { return .invalidInput }
        let document = EditionDiff.between(older, newer).document()
        let inputs = (older.files + newer.files).map(\.path)
        try DocumentOutput(context: context, path: output).write(
            format.document.render(document), format: format.document, inputs: inputs)
        return .success
    }
}
