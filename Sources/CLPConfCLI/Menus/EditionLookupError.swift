import Diagnostics

/// An edition that cannot be found: an id that is not one, or one that no menus folder holds.
struct EditionLookupError: Error, Sendable, CustomStringConvertible {
    enum Reason: Sendable {
        case notAnID(String)
        case unknown(String, known: [String], searched: [String])
    }

    let reason: Reason

    var description: String {
        switch reason {
        case .notAnID(let text):
            return "'\(text)' is not an edition id: \(EditionID.rule)"
        case .unknown(let id, let known, let searched):
            let list =
                known.isEmpty
                ? "no editions were found"
                : "the editions found are " + known.map { "'\($0)'" }.joined(separator: ", ")
            let whereText =
                searched.isEmpty
                ? "no 'menus' folder was found; use --menus DIR or set CLPCONF_MENUS"
                : "looked in " + searched.joined(separator: ", ")
            return "unknown edition '\(id)'" + NameSuggester.didYouMean(id, among: known) + "; \(list) (\(whereText))"
        }
    }
}
