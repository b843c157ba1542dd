import Diagnostics
import TOML

extension EditionLoader {
    /// Reads `[migration]`: `from`, `note`, and its rename, merge, retire and add entries.
    mutating func readMigration(_ reader: inout TableReader) -> Migration? {
        guard let (table, raw) = reader.table("migration") else { return nil }
        var item = TableReader(
            table, range: raw.range, document: reader.document, context: "[migration]", vocabulary: .menu)
        let from = item.string("from", required: true)
        var migration = Migration(
            from: from?.0 ?? "", note: item.string("note")?.0, changes: [],
            span: reader.span(from?.1.range ?? raw.range))
        for (entryTable, entryRaw) in item.tables("rename") {
            var entry = entryReader(entryTable, entryRaw, "rename", document: reader.document)
            let old = itemID(&entry, "from")
            let new = itemID(&entry, "to")
            let note = entry.string("note", required: true)?.0 ?? ""
            finish(&entry)
            guard let old, let new else { continue }
            migration.add(
                Migration.Change(
                    kind: .rename, from: old.0, to: new.0, note: note, span: entry.span(entryRaw.range),
                    fromSpan: entry.span(old.1)))
        }
        for (entryTable, entryRaw) in item.tables("merge") {
            readMerge(entryTable, entryRaw, document: reader.document, into: &migration)
        }
        for (entryTable, entryRaw) in item.tables("retire") {
            var entry = entryReader(entryTable, entryRaw, "retire", document: reader.document)
            let old = itemID(&entry, "id")
            let replacement = entry.value("replacement") == nil ? nil : itemID(&entry, "replacement")
            let replaces = entry.boolean("replace")
            let note = entry.string("note", required: true)?.0 ?? ""
            if let replaces, replaces.0, replacement == nil {
                entry.report(
                    MigrationMessages.invalidEntry(
                        "'replace = true' needs a 'replacement' to choose in the retired option's place",
                        fix: "add replacement = \"section.option\", or remove 'replace'",
                        at: entry.span(replaces.1.range)))
            }
            finish(&entry)
            guard let old else { continue }
            migration.add(
                Migration.Change(
                    kind: .retire, from: old.0, to: nil, replacement: replacement?.0,
                    replaces: (replaces?.0 ?? false) && replacement != nil, note: note,
                    span: entry.span(entryRaw.range), fromSpan: entry.span(old.1)))
        }
        for (entryTable, entryRaw) in item.tables("add") {
            readAddition(entryTable, entryRaw, document: reader.document, into: &migration)
        }
        finish(&item)
        return migration
    }

    private mutating func readAddition(
        _ table: TOMLTable, _ raw: TOMLValue, document: TOMLDocument, into migration: inout Migration
    ) {
        var entry = entryReader(table, raw, "add", document: document)
        let id = itemID(&entry, "id")
        let value = entry.value("value")
        if value == nil {
            entry.report(
                MenuMessages.missingKey("value", context: "[[migration.add]]", at: entry.span(raw.range)))
        }
        let note = entry.string("note", required: true)?.0 ?? ""
        finish(&entry)
        guard let id, let value else { return }
        migration.additions.append(
            Migration.Addition(id: id.0, value: value, note: note, span: entry.span(raw.range)))
    }

    private mutating func readMerge(
        _ table: TOMLTable, _ raw: TOMLValue, document: TOMLDocument, into migration: inout Migration
    ) {
        var entry = entryReader(table, raw, "merge", document: document)
        let olds = entry.stringArray("from", required: true)?.0 ?? []
        let new = itemID(&entry, "to")
        let note = entry.string("note", required: true)?.0 ?? ""
        let valid = olds.filter { Self.isValidItemID($0.0) }
        for (id, value) in olds where !Self.isValidItemID(id) {
            entry.report(Self.invalidItem(id, field: "from", at: entry.span(value.range)))
        }
        if olds.count < 2, let from = table["from"] {
            entry.report(
                MigrationMessages.invalidEntry(
                    "a merge needs two or more items in 'from'", fix: "use [[migration.rename]] for a single item",
                    at: entry.span(from.range)))
        }
        finish(&entry)
        guard let new, olds.count >= 2 else { return }
        for (id, value) in valid {
            migration.add(
                Migration.Change(
                    kind: .merge, from: id, to: new.0, mergedFrom: valid.map(\.0), note: note,
                    span: entry.span(raw.range), fromSpan: entry.span(value.range)))
        }
    }

    private func entryReader(_ table: TOMLTable, _ raw: TOMLValue, _ key: String, document: TOMLDocument)
        -> TableReader
    {
        TableReader(
            table, range: raw.range, document: document, context: TableContext("[[migration.", key, nil, "]]"),
            vocabulary: .menu)
    }

    /// The item id under `key` (required), reported when it is not an item id.
    private func itemID(_ entry: inout TableReader, _ key: String) -> (String, Range<Int>)? {
        guard let (id, value) = entry.string(key, required: true) else { return nil }
        guard Self.isValidItemID(id) else {
            entry.report(Self.invalidItem(id, field: key, at: entry.span(value.range)))
            return nil
        }
        return (id, value.range)
    }

    /// `section`, `section.id`, `posts.id` or `facts.id`, each part snake_case.
    static func isValidItemID(_ id: String) -> Bool {
        var id = id
        return id.withUTF8 { bytes in
            // A second dot fails the second part's check.
            guard let dot = bytes.firstIndex(of: UInt8(ascii: ".")) else { return isValidID(bytes[...]) }
            return isValidID(bytes[..<dot]) && isValidID(bytes[(dot + 1)...])
        }
    }

    private static func invalidItem(_ id: String, field: String, at span: SourceSpan) -> Diagnostic {
        MigrationMessages.invalidEntry(
            "'\(field)' is '\(id)', which is not an item id",
            fix: "write 'section', 'section.option', 'section.setting', 'posts.post' or 'facts.fact'", at: span)
    }
}
