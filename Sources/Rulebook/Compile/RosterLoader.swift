import CSV
import Diagnostics

/// Reads the roster (a CSV file with a header row: a `CLP` column, usually `Region`, and any others) into a
/// ``Roster``. A missing `CLP` column is the CSV reader's located D107; a row without a name, or a CLP
/// listed twice, is a P107 at its field. Other columns are kept as each CLP's extras.
public enum RosterLoader {
    public static func load(_ document: CSVDocument) -> (roster: Roster?, diagnostics: [Diagnostic]) {
        let lookup = document.requireColumn(named: "CLP")
        guard let nameColumn = lookup.column else { return (nil, lookup.diagnostic.map { [$0] } ?? []) }
        let regionColumn = document.column(named: "Region")
        let extras = (document.header?.fields ?? []).indices.filter {
            $0 != nameColumn.index && $0 != regionColumn?.index
        }
        var diagnostics: [Diagnostic] = []
        var entries: [Roster.Entry] = []
        var seen: [String: SourceSpan] = [:]
        for record in document.rows where !record.isEmpty {
            guard let field = record[nameColumn], !field.text.trimmingWhitespace.isEmpty else {
                diagnostics.append(
                    CompileCatalogue.rosterProblem.diagnostic(
                        "this roster row has no CLP name", at: document.span(record.range),
                        fixIts: [FixIt("write the CLP's name in the '\(nameColumn.name)' column, or remove the row")]))
                continue
            }
            let name = field.text.trimmingWhitespace
            let span = document.span(field.range)
            if let first = seen[CLPName.key(name)] {
                diagnostics.append(
                    CompileCatalogue.rosterProblem.diagnostic(
                        "'\(name)' is on the roster twice; the first row is used", at: span,
                        notes: [Note("first listed here", at: first)],
                        fixIts: [FixIt("remove one of the two rows")]))
                continue
            }
            seen[CLPName.key(name)] = span
            let region = regionColumn.flatMap { record[$0]?.text.trimmingWhitespace }.flatMap { $0.isEmpty ? nil : $0 }
            let others = extras.compactMap { index -> (column: String, value: String)? in
                guard index < record.fields.count, let header = document.header?.fields[index] else { return nil }
                return (header.text, record.fields[index].text)
            }
            entries.append(Roster.Entry(name: name, region: region, extras: others, span: span))
        }
        return (Roster(entries: entries), diagnostics)
    }
}

extension String {
    /// The text without whitespace around it.
    var trimmingWhitespace: String {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map(index(after:)) ?? start
        return String(self[start..<end])
    }
}
