import Diagnostics
import TOML

/// Where in a list a problem lies: the list (`officers`, `facts.branch`), the record's place in it (from 0,
/// in the order the file writes them, which is the order the page shows), the field when the problem is at
/// one of the record's keys or values or names a key missing from it, and the other records the problem's
/// notes point at in the same list (the second holder of a post that only one may hold).
///
/// A rule's problem that is about the list as a whole (``Diagnostic/wholeList``: a count over the list, or a
/// record none of them is, such as no one holding the chair) has no index, though the engine points it at
/// the list's first record.
struct RecordLocation: Sendable, Hashable {
    var list: String
    var index: Int?
    var field: String?
    /// The other records the problem's notes point at, in the same list.
    var others: [Int] = []
}

extension ProblemLocator {
    /// The record whose header, keys or values hold the diagnostic's location in the file, if any.
    /// A problem about a whole list that is located elsewhere (no branches listed: at `[facts]`) belongs to
    /// that list too.
    func record(of diagnostic: Diagnostic) -> RecordLocation? {
        guard let location = diagnostic.location, location.file == document.source.path,
            let found = record(at: location.range.lowerBound)
        else { return diagnostic.wholeList.map { RecordLocation(list: $0, index: nil, field: nil) } }
        let (list, index, table) = found
        if diagnostic.wholeList == list {
            return RecordLocation(list: list, index: nil, field: nil)
        }
        let offset = location.range.lowerBound
        let others = diagnostic.notes.compactMap { note -> Int? in
            guard let at = note.location, at.file == document.source.path, let other = record(at: at.range.lowerBound),
                other.list == list, other.index != index
            else { return nil }
            return other.index
        }
        if let field = table.entries.first(where: { contains($0.keyRange, offset) || within($0.value, offset) }) {
            return RecordLocation(list: list, index: index, field: field.key, others: others)
        }
        // At the record's header: a key missing from it ("... is missing the required key 'name'").
        let missing = Self.firstQuoted(diagnostic.message).flatMap { $0.contains(".") || $0.contains(" ") ? nil : $0 }
        return RecordLocation(list: list, index: index, field: missing, others: others)
    }

    /// The list, index and table of the record of an array of tables (at the top of the file, or one table
    /// down) whose header, keys or values hold `offset`.
    private func record(at offset: Int) -> (list: String, index: Int, table: TOMLTable)? {
        for entry in document.root.entries {
            if let index = record(in: entry.value, at: offset), let table = entry.value.array?[index].table {
                return (entry.key, index, table)
            }
            for inner in entry.value.table?.entries ?? [] {
                if let index = record(in: inner.value, at: offset), let table = inner.value.array?[index].table {
                    return (entry.key + "." + inner.key, index, table)
                }
            }
        }
        return nil
    }

    private func record(in value: TOMLValue, at offset: Int) -> Int? {
        value.array?.indices.first { index in
            guard let items = value.array, items[index].table != nil else { return false }
            return contains(items[index].range, offset) || within(items[index], offset)
        }
    }
}
