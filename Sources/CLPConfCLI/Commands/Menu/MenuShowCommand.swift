import Diagnostics
import Rulebook

/// `clpconf menu show EDITION [SECTION[.ITEM]]`: read an edition, a section, or one option or parameter.
struct MenuShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "show", abstract: "Show an edition, one section, or one option or parameter, readably.",
        examples: [
            CommandExample("clpconf menu show 2019", "The sections of the 2019 edition and their options."),
            CommandExample("clpconf menu show 2019 governance", "One section: options, advice, parameters, rules."),
            CommandExample("clpconf menu show 2019 governance.delegate_gc", "One option with its advice."),
        ])

    static let edition = ArgumentDefinition.positional(
        "edition", valueName: "EDITION", help: "An edition id or folder.")
    static let item = ArgumentDefinition.positional(
        "item", valueName: "SECTION[.ITEM]", arity: .optional,
        help: "A section id, or section.option / section.parameter.")

    static var arguments: [ArgumentDefinition] { [edition, item, .menus, ColorMode.argument] }

    var edition: String
    var item: String?
    var menus: String?
    var color: ColorMode

    init(_ arguments: ParsedArguments) throws {
        edition = try arguments.required(Self.edition)
        item = arguments.value(Self.item)
        menus = arguments.value(.menus)
        color = try arguments.choice(ColorMode.argument, as: ColorMode.self)
    }

    func run(_ context: CommandContext) throws -> ExitCode {
        let locator = EditionLocator(context: context, explicitDirectory: menus)
        guard let loaded = try locator.loadOrReport(edition, color: color) else { return .invalidInput }
        let document: DocumentTree
        if let item {
            guard let found = MenuExplainer(edition: loaded).document(for: item) else {
                let names = loaded.sections.flatMap { section in
                    [section.id] + section.options.map { section.id + "." + $0.id }
                        + section.parameters.map(\.qualifiedName)
                }
                throw CLIError.usage(
                    "edition '\(loaded.id)' has no section, option or parameter '\(item)'"
                        + NameSuggester.didYouMean(item, among: names))
            }
            document = found
        } else {
            document = MenuExplainer(edition: loaded).overview()
        }
        context.standardOutput.write(
            TerminalText.sanitize(PlainTextRenderer(width: 88).render(document), allowNewlines: true))
        return .success
    }
}
