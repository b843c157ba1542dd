import Diagnostics
import TOML

/// Reads the centre's responses (`responses.toml`: `[[response]]` tables with `clp`, `text` and optionally
/// `year` and `from`; docs/formats.md) into ``CentreResponse``s, each problem a located P108. A bad entry is
/// left out; the others are kept.
public enum ResponsesLoader {
    static let keys = ["clp", "year", "from", "text"]

    public static func load(_ document: TOMLDocument) -> (responses: [CentreResponse], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        func problem(_ message: String, _ range: Range<Int>, fix: String) {
            diagnostics.append(
                CompileCatalogue.responseProblem.diagnostic(message, at: document.span(range), fixIts: [FixIt(fix)]))
        }
        for entry in document.root.entries where entry.key != "response" {
            problem(
                "unknown key '\(entry.key)' in the responses file", entry.keyRange,
                fix: "write each response as a [[response]] table")
        }
        guard let list = document.root["response"] else { return ([], diagnostics) }
        guard let tables = list.array else {
            problem(
                "'response' must be an array of tables, found \(list.typeName)", list.range, fix: "write [[response]]")
            return ([], diagnostics)
        }
        var reader = EntryReader(document: document)
        let responses = tables.compactMap { reader.read($0) }
        diagnostics += reader.diagnostics
        return (responses, diagnostics)
    }
}

/// Reads one `[[response]]` table, each problem a located P108.
private struct EntryReader {
    let document: TOMLDocument
    var diagnostics: [Diagnostic] = []

    mutating func problem(_ message: String, _ range: Range<Int>, fix: String) {
        diagnostics.append(
            CompileCatalogue.responseProblem.diagnostic(message, at: document.span(range), fixIts: [FixIt(fix)]))
    }

    mutating func read(_ value: TOMLValue) -> CentreResponse? {
        guard let table = value.table else {
            problem("each response must be a table, found \(value.typeName)", value.range, fix: "write [[response]]")
            return nil
        }
        for entry in table.entries where !ResponsesLoader.keys.contains(entry.key) {
            let suggestion =
                NameSuggester.suggestion(for: entry.key, among: ResponsesLoader.keys).map { "; did you mean '\($0)'?" }
                ?? ""
            problem(
                "unknown key '\(entry.key)' in [[response]]\(suggestion)", entry.keyRange,
                fix: "use clp, year, from and text")
        }
        var complete = true
        let clp = text("clp", in: table, at: value, required: true, complete: &complete)
        let body = text("text", in: table, at: value, required: true, complete: &complete)
        let from = text("from", in: table, at: value, required: false, complete: &complete)
        var year: Int64?
        if let found = table["year"] {
            year = found.integer
            if year == nil {
                problem(
                    "'year' in [[response]] must be a whole number, found \(found.typeName)", found.range,
                    fix: "write the year, e.g. 2023")
                complete = false
            }
        }
        guard complete, let clp, let body else { return nil }
        return CentreResponse(clp: clp, year: year, from: from, text: body, span: document.span(value.range))
    }

    private mutating func text(
        _ key: String, in table: TOMLTable, at value: TOMLValue, required: Bool, complete: inout Bool
    ) -> String? {
        guard let found = table[key] else {
            if required {
                problem("[[response]] is missing the required key '\(key)'", value.range, fix: "add \(key) = \"...\"")
                complete = false
            }
            return nil
        }
        guard let string = found.string else {
            problem(
                "'\(key)' in [[response]] must be a string, found \(found.typeName)", found.range,
                fix: "write it in quotes")
            complete = false
            return nil
        }
        return string
    }
}
