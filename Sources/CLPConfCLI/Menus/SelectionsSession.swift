import Diagnostics
import Rulebook
import TOML

/// Opens a CLP's selections file the way every command needs it: read the bytes, parse the TOML, find the
/// edition it names, load that edition, then load the selections against it. Each step's problems are kept;
/// a step that cannot go on leaves the later values nil.
struct SelectionsSession {
    var files: [SourceFile] = []
    var diagnostics: [Diagnostic] = []
    var document: TOMLDocument?
    var edition: Edition?
    var selections: Selections?

    /// Opens `path`; `amendedText` (from `--set`) replaces the file's text when given.
    static func open(
        _ path: String, context: CommandContext, menus: String?, amendedText: String? = nil,
        edition preloaded: Edition? = nil
    ) throws -> SelectionsSession {
        var session = SelectionsSession()
        let bytes: [UInt8]
        if let amendedText {
            bytes = Array(amendedText.utf8)
        } else {
            bytes = try context.readFile(path)
        }
        let parsed = TOMLParser.parse(bytes: bytes, path: path)
        session.files.append(parsed.document.source)
        session.diagnostics += parsed.diagnostics
        guard parsed.isValid else { return session }
        session.document = parsed.document
        if let preloaded {
            session.edition = preloaded
        } else {
            guard let loaded = session.loadEdition(parsed.document, context: context, menus: menus) else {
                return session
            }
            session.edition = loaded
        }
        guard let edition = session.edition else { return session }
        let (selections, problems) = SelectionsLoader.load(parsed.document, edition: edition)
        session.selections = selections
        session.diagnostics += problems
        return session
    }

    private mutating func loadEdition(_ document: TOMLDocument, context: CommandContext, menus: String?) -> Edition? {
        guard let (id, span) = SelectionsLoader.editionID(of: document) else {
            diagnostics.append(SelectionsMessages.editionNotNamed(at: document.span(0..<0)))
            return nil
        }
        let locator = EditionLocator(context: context, explicitDirectory: menus)
        let result: EditionLoadResult
        do {
            result = try locator.load(id)
        } catch {
            diagnostics.append(SelectionsMessages.editionNotFound(String(describing: error), at: span))
            return nil
        }
        files += result.files
        diagnostics += result.diagnostics.filter { $0.severity == .error }
        guard let edition = result.edition else {
            diagnostics.append(SelectionsMessages.editionHasErrors(id, at: span))
            return nil
        }
        return edition
    }
}
