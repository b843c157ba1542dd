import Diagnostics
import TOML

/// Which field of the page a problem belongs to: the `section.key` whose key or value holds the problem's
/// location in the file (`meetings.meetings_per_year`), the section alone for a problem at a section's
/// table or at a record in one of its lists, or nil for a problem in no field.
struct ProblemLocator {
    let document: TOMLDocument
    /// Lines and columns of the file's text.
    let lines: SourceLocationConverter

    init(document: TOMLDocument) {
        self.document = document
        lines = SourceLocationConverter(text: document.source.text)
    }

    func field(of diagnostic: Diagnostic) -> String? {
        guard let location = diagnostic.location, location.file == document.source.path else { return nil }
        let offset = location.range.lowerBound
        for section in document.root.entries {
            guard
                contains(section.keyRange, offset) || contains(section.value.range, offset)
                    || within(section.value, offset)
            else { continue }
            guard let table = section.value.table else { return section.key }
            for entry in table.entries where contains(entry.keyRange, offset) || within(entry.value, offset) {
                return entry.value.table == nil && !isListOfTables(entry.value) ? section.key + "." + entry.key : nil
            }
            // At the section itself: a key missing from it ("the fact 'members' ... is missing").
            guard let name = Self.firstQuoted(diagnostic.message), !name.contains("."), !name.contains(" ") else {
                return nil
            }
            return section.key + "." + name
        }
        return nil
    }

    /// The first name the message puts in single quotes, as messages name keys (STYLE rule 12).
    static func firstQuoted(_ message: String) -> String? {
        let parts = message.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
        return parts.count == 3 && !parts[1].isEmpty ? String(parts[1]) : nil
    }

    func contains(_ range: Range<Int>, _ offset: Int) -> Bool {
        range.contains(offset) || (range.isEmpty && range.lowerBound == offset)
    }

    /// Whether `offset` lies in `value` or anything inside it (a table's range is only its header).
    func within(_ value: TOMLValue, _ offset: Int) -> Bool {
        if value.range.contains(offset) { return true }
        if let table = value.table {
            return table.entries.contains { contains($0.keyRange, offset) || within($0.value, offset) }
        }
        if let items = value.array { return items.contains { within($0, offset) } }
        return false
    }

    private func isListOfTables(_ value: TOMLValue) -> Bool {
        value.array?.contains { $0.table != nil } ?? false
    }
}
