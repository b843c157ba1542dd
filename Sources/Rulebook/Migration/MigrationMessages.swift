import Diagnostics

/// The migration messages (codes `M4xx` for the `[migration]` map, `S12x` for `check`'s hints), sorted by
/// name. Each takes its code and severity from its entry in ``MigrationCatalogue``.
public enum MigrationMessages {
    static func invalidEntry(_ problem: String, fix: String, at span: SourceSpan) -> Diagnostic {
        MigrationCatalogue.invalidEntry.diagnostic(problem, at: span, fixIts: [FixIt(fix)])
    }

    static func itemUnmapped(_ kind: String, _ id: String, older: String, near: String?, at span: SourceSpan)
        -> Diagnostic
    {
        let entry = kind == "section" || kind == "option" || kind == "setting" ? "rename" : "retire"
        let hint = near.map { " (perhaps to '\($0)')" } ?? ""
        return MigrationCatalogue.itemUnmapped.diagnostic(
            "the \(kind) '\(id)' of edition '\(older)' is not in this edition, and the [migration] map does "
                + "not say where it went",
            at: span,
            fixIts: [
                FixIt(
                    "add [[migration.\(entry)]] for '\(id)'\(hint), a [[migration.merge]] naming it, or "
                        + "[[migration.retire]] id = \"\(id)\" with a note for secretaries")
            ])
    }

    static func mappedTwice(_ id: String, at span: SourceSpan, first: SourceSpan) -> Diagnostic {
        MigrationCatalogue.mappedTwice.diagnostic(
            "the [migration] map names '\(id)' twice", at: span,
            notes: [Note("'\(id)' is first mapped here", at: first)],
            fixIts: [FixIt("remove one of the two entries for '\(id)'")])
    }

    /// `check` on a file whose edition `old` is superseded by `new`.
    public static func supersededEdition(_ old: String, by new: String, file: String, at span: SourceSpan)
        -> Diagnostic
    {
        MigrationCatalogue.supersededEdition.diagnostic(
            "edition '\(old)' is superseded by edition '\(new)'", at: span,
            fixIts: [
                FixIt("to move this file to the new edition, run: clpconf migrate \(file) --to \(new) -o NEW.toml")
            ])
    }

    static func noMigrationPath(from old: String, to new: String, reason: String, at span: SourceSpan) -> Diagnostic {
        MigrationCatalogue.noMigrationPath.diagnostic(
            "this file follows edition '\(old)', and no chain of migration maps leads from it to edition '\(new)': "
                + reason, at: span,
            fixIts: [FixIt("ask for an edition that supersedes '\(old)' ('clpconf menu list' shows them)")])
    }

    static func targetMissing(_ field: String, _ id: String, edition: String, known: [String], at span: SourceSpan)
        -> Diagnostic
    {
        MigrationCatalogue.targetMissing.diagnostic(
            "'\(field)' names '\(id)', which is not an item of edition '\(edition)'"
                + NameSuggester.didYouMean(id, among: known), at: span,
            fixIts: [FixIt("name an item of edition '\(edition)' ('clpconf menu show \(edition)' lists them)")])
    }
}

extension MigrationMessages {
    /// `diagnostic` (an unknown name in a selections file) with what this edition's migration map says of the
    /// older item `id`: where it went, the map's note, and the `migrate` command; unchanged when the map does
    /// not rename or merge it.
    static func withMigrationHint(
        _ diagnostic: Diagnostic, item id: String, edition: Edition, file: String
    ) -> Diagnostic {
        guard let map = edition.migration, let change = map.change(for: id) else { return diagnostic }
        let command = "clpconf migrate \(file) --to \(edition.id) -o NEW.toml"
        var copy = diagnostic
        guard let target = change.successor else {
            copy.message = "'\(id)' is an item of edition '\(map.from)' that edition '\(edition.id)' retired"
            copy.notes = [
                Note(change.note),
                Note("to carry a whole file from edition '\(map.from)', set its edition back and run: \(command)"),
            ]
            let consider = change.replacement.map { "; consider '\($0)'" } ?? ""
            copy.fixIts = [FixIt("remove it\(consider)")]
            return copy
        }
        let verb = change.kind == .merge ? "was merged into" : "is now"
        copy.message = "'\(id)' is the name in edition '\(map.from)'; in edition '\(edition.id)' it \(verb) '\(target)'"
        copy.notes = [
            Note(change.note),
            Note(
                "to carry a whole file from edition '\(map.from)', set its edition back to \"\(map.from)\" and run: "
                    + command),
        ]
        copy.fixIts = [FixIt("write '\(target)' instead")]
        return copy
    }
}
