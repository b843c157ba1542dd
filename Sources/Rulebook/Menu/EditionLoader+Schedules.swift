import Diagnostics
import RuleLanguage
import TOML

extension EditionLoader {
    /// Reads one `[[schedule]]`: its clause must be in the same file, `rows` must be a list of records, and
    /// each column is type-checked with a row's fields in scope.
    mutating func readSchedule(
        _ table: TOMLTable, raw: TOMLValue, section: String?, clauses: [Clause], document: TOMLDocument
    ) -> Schedule? {
        var reader = TableReader(table, range: raw.range, document: document, context: "a schedule", vocabulary: .menu)
        defer { finish(&reader) }
        guard let id = readID(&reader) else { return nil }
        noteDefinition("schedule", id, key: .joining("schedule:", id), at: document.span(raw.range))
        let title = reader.string("title", required: true)?.0 ?? id
        let when = compile(&reader, "when", expecting: .boolean)
        let cite = reader.string("cite")?.0
        let empty = reader.string("empty")?.0
        var clause = ""
        if let (value, rawClause) = reader.string("clause", required: true) {
            clause = value
            if !clauses.contains(where: { $0.id == value }) {
                reader.report(
                    MenuMessages.unknownReference(
                        "clause", value, known: clauses.map(\.id), at: reader.span(rawClause.range)))
            }
        }
        guard let (rows, record) = compileRows(&reader) else {
            reader.abandon()
            return nil
        }
        var columns: [Schedule.Column] = []
        for (column, rawColumn) in reader.tables("columns") {
            var inner = TableReader(
                column, range: rawColumn.range, document: document, context: "a schedule column", vocabulary: .menu)
            defer { finish(&inner) }
            let heading = inner.string("title", required: true)?.0 ?? ""
            let total = inner.boolean("total")?.0 ?? false
            guard let (text, rawValue) = inner.string("value", required: true), let offsets = rawValue.stringOffsets
            else { continue }
            let source = RuleSource(file: document.source.path, text: text, offsets: offsets)
            let (compiled, problems) = compiler.compile(source, inScopeOf: record)
            diagnostics += problems
            if let compiled { columns.append(Schedule.Column(title: heading, value: compiled, total: total)) }
        }
        return Schedule(
            id: id, title: title, section: section, clause: clause, when: when, rows: rows, columns: columns,
            empty: empty, cite: cite, span: document.span(raw.range))
    }

    /// `rows`: an expression whose type is a list of records.
    private mutating func compileRows(_ reader: inout TableReader) -> (CompiledExpression, RecordType)? {
        guard let (text, raw) = reader.string("rows", required: true), let offsets = raw.stringOffsets else {
            return nil
        }
        let source = RuleSource(file: reader.document.source.path, text: text, offsets: offsets)
        let (compiled, problems) = compiler.compile(source, expecting: nil)
        diagnostics += problems
        guard let compiled else { return nil }
        guard case .list(.record(let record)) = compiled.type else {
            diagnostics.append(
                MenuMessages.invalidValue(
                    "rows", "must be a list of records (such as facts.branch), found '\(compiled.type)'",
                    at: compiled.span))
            return nil
        }
        return (compiled, record)
    }
}
