import Diagnostics

/// A column of a CSV file, found by name in its header.
public struct CSVColumn: Sendable, Hashable {
    /// The column's position, 0 for the first field of each record.
    public var index: Int
    /// The name as the header writes it.
    public var name: String
    /// The bytes of the header field.
    public var range: Range<Int>

    /// What header names are compared by: without whitespace around it, lowercased.
    static func key(_ name: String) -> String {
        let start = name.firstIndex { !$0.isWhitespace } ?? name.endIndex
        let end = name.lastIndex { !$0.isWhitespace }.map(name.index(after:)) ?? start
        return name[start..<end].lowercased()
    }
}

/// The outcome of looking up a column that is needed: the column, or the diagnostic saying why there is none.
public struct CSVColumnLookup: Sendable {
    /// The column, when exactly one header field has the name.
    public var column: CSVColumn?
    /// A D107 (no such column) or D108 (two columns of that name) when ``column`` is nil.
    public var diagnostic: Diagnostic?
}

extension CSVDocument {
    /// Every column whose header name matches `name`, ignoring case and whitespace around either.
    public func columns(named name: String) -> [CSVColumn] {
        guard let header else { return [] }
        let key = CSVColumn.key(name)
        return header.fields.indices.compactMap { index in
            let field = header.fields[index]
            guard CSVColumn.key(field.text) == key else { return nil }
            return CSVColumn(index: index, name: field.text, range: field.range)
        }
    }

    /// The first column whose header name matches `name`, ignoring case and whitespace around either.
    public func column(named name: String) -> CSVColumn? {
        columns(named: name).first
    }

    /// The column named `name`, or a located error: D107 at the header when no column has that name (with a
    /// "did you mean", and a note when the header looks like one written with semicolons or tabs), D108 at
    /// the second of two columns that both have it.
    public func requireColumn(named name: String) -> CSVColumnLookup {
        let found = columns(named: name)
        if let column = found.first, found.count == 1 {
            return CSVColumnLookup(column: column, diagnostic: nil)
        }
        if found.count > 1 {
            let diagnostic = Diagnostic.csvAmbiguousColumn(
                name, at: span(found[1].range), alsoAt: span(found[0].range))
            return CSVColumnLookup(column: nil, diagnostic: diagnostic)
        }
        let names = header?.fields.map(\.text) ?? []
        let suggestion = NameSuggester.suggestion(
            for: CSVColumn.key(name), among: names.map(CSVColumn.key)
        ).flatMap { key in names.first { CSVColumn.key($0) == key } }
        var notes: [Note] = []
        if names.count == 1, let only = names.first, let separator = [";", "\t"].first(where: only.contains) {
            let shown = separator == "\t" ? "tabs" : "semicolons"
            notes.append(Note("the header is one field holding \(shown); save the file with commas between fields"))
        }
        let location = header.map { span($0.range) } ?? span(0..<0)
        let diagnostic = Diagnostic.csvMissingColumn(name, suggestion: suggestion, at: location, notes: notes)
        return CSVColumnLookup(column: nil, diagnostic: diagnostic)
    }
}
