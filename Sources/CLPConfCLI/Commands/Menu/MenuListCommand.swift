import Diagnostics
import Rulebook

/// `clpconf menu list`: the editions found, with their dates, short digests and what each supersedes.
struct MenuListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "list", abstract: "List the menu editions clpconf can find.",
        discussion: "Searches --menus, $CLPCONF_MENUS, menus/ in this folder or above, then menus/ beside clpconf.",
        examples: [
            CommandExample(
                "clpconf menu list",
                "One line per edition: id, published, short digest (docs/formats.md), title, whether it is a draft, "
                    + "supersedes.")
        ])

    static var arguments: [ArgumentDefinition] { [.menus] }

    var menus: String?

    init(_ arguments: ParsedArguments) throws {
        menus = arguments.value(.menus)
    }

    func run(_ context: CommandContext) throws -> ExitCode {
        let locator = EditionLocator(context: context, explicitDirectory: menus)
        let editions = try locator.editions()
        guard !editions.isEmpty else {
            throw CLIError.usage("no menu editions found; use --menus DIR or set CLPCONF_MENUS")
        }
        let idWidth = editions.map(\.id.count).max() ?? 0
        var lines: [String] = []
        var problems = false
        for (id, directory) in editions {
            let paddedID = Self.padded(id, to: idWidth)
            let result = EditionLoader.load(try locator.source(at: directory))
            guard let edition = result.edition else {
                lines.append("\(paddedID)  (does not load: run 'clpconf menu lint \(locator.display(directory))')")
                problems = true
                continue
            }
            let published = Self.padded(edition.published?.description ?? "undated", to: "YYYY-MM-DD".count)
            let supersedes = edition.supersedes.map { "supersedes \($0)" } ?? "first edition"
            let years = edition.validYears.map { ", AGMs \($0.lowerBound)–\($0.upperBound)" } ?? ""
            let draft = edition.isDraft ? "DRAFT, " : ""
            lines.append(
                "\(paddedID)  \(published)  \(edition.digest.short)  \(edition.title)  "
                    + "(\(draft)\(supersedes)\(years); \(edition.sections.count) sections)")
        }
        context.standardOutput.write(lines.map { TerminalText.sanitize($0) + "\n" }.joined())
        return problems ? .invalidInput : .success
    }

    /// `text` with spaces after it up to `width` characters, so the columns line up.
    private static func padded(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }
}
