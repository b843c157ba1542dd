import Diagnostics
import TOML

/// The file's lists as the page shows them, and where a problem lies in one.
extension YearJSON {
    /// Every array of tables at the top of the file (`officers`) or one table down (`facts.branch`), by its
    /// dotted path: each record's plain values (strings, whole numbers, booleans, dates as text) in the
    /// file's order. A value of another kind is left out, so the page shows its field empty.
    static func records(_ document: TOMLDocument) -> JSONValue {
        var lists: [(String, JSONValue)] = []
        for entry in document.root.entries {
            if let list = records(entry.value) { lists.append((entry.key, list)) }
            for inner in entry.value.table?.entries ?? [] {
                if let list = records(inner.value) { lists.append((entry.key + "." + inner.key, list)) }
            }
        }
        return .object(lists)
    }

    private static func records(_ value: TOMLValue) -> JSONValue? {
        guard let items = value.array, !items.isEmpty, items.allSatisfy({ $0.table != nil }) else { return nil }
        return .array(
            items.compactMap(\.table).map { table in
                .object(
                    table.entries.compactMap { entry in
                        if case .array = entry.value.kind { return nil }
                        return plain(entry.value).map { (entry.key, $0) }
                    })
            })
    }

    /// A problem's place in a list: `{"list", "index", "field", "others"}` (index null for the list as a whole).
    static func record(_ location: RecordLocation) -> JSONValue {
        .object([
            ("list", .string(location.list)), ("index", location.index.map { .int($0) } ?? .null),
            ("field", location.field.map(JSONValue.string) ?? .null),
            ("others", .array(location.others.map { .int($0) })),
        ])
    }
}
