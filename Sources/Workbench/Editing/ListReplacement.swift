import Rulebook
import TOML

/// A change that replaces a whole array of tables (`[[officers]]`, `[[facts.branch]]`) with these records,
/// each written as one block through ``TOMLWriter``.
struct ListReplacement: Sendable, Hashable {
    /// One key and value of a record, in the order it is written.
    struct Entry: Sendable, Hashable {
        var key: String
        var value: TOMLValue.Kind
    }

    /// The list's path in the file: `["officers"]`, `["facts", "branch"]`.
    var path: [String]
    var records: [[Entry]]

    /// The dotted path, as messages name the list.
    var name: String { path.joined(separator: ".") }

    /// The records as `[[path]]` blocks, one blank line between them, ending with a newline; empty for no
    /// records.
    ///
    /// - Throws: ``HTTPError`` (422) when a value cannot be written as TOML.
    func blocks() throws(HTTPError) -> String {
        var blocks: [String] = []
        for record in records {
            var lines = [TOMLWriter.arrayOfTablesHeader(path)]
            for entry in record {
                do {
                    lines.append(try TOMLWriter.assignment(entry.key, entry.value))
                } catch {
                    throw HTTPError(.badBody("'\(name).\(entry.key)' cannot be written as TOML: \(error)"))
                }
            }
            blocks.append(lines.joined(separator: "\n") + "\n")
        }
        return blocks.joined(separator: "\n")
    }

    /// Whether `value`, read from the edited text, holds exactly these records (or is absent for none).
    func isHeld(by value: TOMLValue?) -> Bool {
        guard let value else { return records.isEmpty }
        guard let items = value.array, items.count == records.count else { return false }
        return zip(items, records).allSatisfy { item, record in
            guard let table = item.table, table.count == record.count else { return false }
            return zip(table.entries, record).allSatisfy { written, asked in
                written.key == asked.key && written.value.hasSameContent(as: TOMLValue(asked.value, range: 0..<0))
            }
        }
    }
}

/// One change the page sends: a value set at `section.key`, or a whole list replaced.
enum SelectionsChange: Sendable, Hashable {
    case value(SelectionsAmendment)
    case list(ListReplacement)
}
