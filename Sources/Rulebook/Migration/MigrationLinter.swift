import Diagnostics

/// Checks an edition's `[migration]` map: every target it names exists in this edition, no older item is
/// mapped twice, and — given the older edition — every older item is kept (its id exists here), renamed,
/// merged or retired.
///
/// Each problem is located at its map entry, or at the map's `from` when an older item is missing.
public struct MigrationLinter: Sendable {
    public let edition: Edition
    /// The edition the map carries files from, when it was found beside this one.
    public let older: Edition?

    public init(edition: Edition, older: Edition?) {
        self.edition = edition
        self.older = older
    }

    public func lint() -> [Diagnostic] {
        guard let migration = edition.migration else { return [] }
        let newer = MigrationItems(edition)
        var diagnostics = targets(migration, newer: newer)
        var first: [String: SourceSpan] = [:]
        for change in migration.changes {
            if let earlier = first[change.from] {
                diagnostics.append(MigrationMessages.mappedTwice(change.from, at: change.fromSpan, first: earlier))
            } else {
                first[change.from] = change.fromSpan
            }
        }
        guard let older, older.id == migration.from else { return diagnostics }
        let olderItems = MigrationItems(older)
        for change in migration.changes where !olderItems.contains(change.from) {
            diagnostics.append(
                MigrationMessages.targetMissing(
                    "from", change.from, edition: older.id, known: olderItems.all.map(\.id), at: change.fromSpan))
        }
        let location = migration.span ?? edition.span
        let newIDs = newer.all.map(\.id)
        for item in olderItems.all where !newer.contains(item.id) && first[item.id] == nil {
            // An item of a renamed section whose own id is unchanged is kept under the section's new id.
            let (section, key) = MigrationStep.split(item.id)
            if !key.isEmpty, item.kind == .option || item.kind == .setting,
                let moved = migration.change(for: section)?.to, newer.contains(moved + "." + key)
            {
                continue
            }
            let last = item.id.split(separator: ".").last.map(String.init) ?? item.id
            let near =
                newIDs.first { $0.hasSuffix("." + last) } ?? NameSuggester.suggestion(for: item.id, among: newIDs)
            diagnostics.append(
                MigrationMessages.itemUnmapped(item.kind.rawValue, item.id, older: older.id, near: near, at: location))
        }
        return diagnostics
    }

    private func targets(_ migration: Migration, newer: MigrationItems) -> [Diagnostic] {
        let known = newer.all.map(\.id)
        var diagnostics: [Diagnostic] = []
        func check(_ field: String, _ id: String?, at span: SourceSpan) {
            guard let id, !newer.contains(id) else { return }
            diagnostics.append(
                MigrationMessages.targetMissing(field, id, edition: edition.id, known: known, at: span))
        }
        var reportedMerges: Set<String> = []
        for change in migration.changes {
            if change.kind != .merge || reportedMerges.insert(change.to ?? "").inserted {
                check("to", change.to, at: change.span)
            }
            check("replacement", change.replacement, at: change.span)
        }
        for addition in migration.additions {
            let kind = newer.kind(of: addition.id)
            let choosable = kind == .section && edition.section(addition.id)?.choiceName != nil
            if kind == nil || !(choosable || kind == .option || kind == .setting) {
                diagnostics.append(
                    MigrationMessages.targetMissing(
                        "id", addition.id, edition: edition.id, known: known, at: addition.span))
            }
        }
        return diagnostics
    }
}
