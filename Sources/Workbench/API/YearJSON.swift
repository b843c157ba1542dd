import Diagnostics
import RuleLanguage
import Rulebook
import TOML

/// A checked year as the page shows it: valid or not; each problem with its field, plain message, the
/// rule it rests on and the fixes found for it; the values in the file; the standing orders and the
/// redline as HTML (escaped by the engine's ``HTMLRenderer``).
enum YearJSON {
    /// `redlineAgainst` says in words what `disk` is: the file on disk, or last year's file.
    static func year(
        _ outcome: YearOutcome, text: String, disk: YearEvaluation?, redlineAgainst: String = "the file on disk"
    ) -> JSONValue {
        switch outcome {
        case .unavailable(let diagnostics, let selections):
            let locator = ProblemLocator(document: selections.document)
            return .object([
                ("valid", .bool(false)), ("edition", .null), ("text", .string(text)),
                ("problems", .array(diagnostics.map { problem($0, locator: locator, fixes: nil) })),
                ("fixes", .array([])), ("values", values(selections)),
                ("records", records(selections.document)), ("preview", .null), ("redline", .null),
                ("redlineAgainst", .string(redlineAgainst)),
            ])
        case .evaluated(let year):
            let locator = ProblemLocator(document: year.text.document)
            return .object([
                ("valid", .bool(year.isValid)), ("edition", .string(year.edition.id)), ("text", .string(text)),
                ("problems", .array(year.diagnostics.map { problem($0, locator: locator, fixes: year.fixes) })),
                ("fixes", .array((year.fixes?.fixes ?? []).map(fix))), ("values", values(year.text)),
                ("records", records(year.text.document)),
                ("preview", year.selections == nil ? .null : .string(preview(year))),
                ("redline", redline(from: disk, to: year)), ("redlineAgainst", .string(redlineAgainst)),
            ])
        }
    }

    /// One problem: code, severity, message, field, line and column, citation, explanation, rule, fixes.
    static func problem(_ diagnostic: Diagnostic, locator: ProblemLocator, fixes: FixSearch.Outcome?) -> JSONValue {
        let field = locator.field(of: diagnostic)
        var found = (fixes?.partial ?? []).filter { $0.code == diagnostic.code }.map(\.fix)
        if found.isEmpty, diagnostic.severity == .error {
            let whole = fixes?.fixes ?? []
            found = whole.filter { fix in fix.edits.contains { $0.section + "." + $0.key == field } }
            if found.isEmpty { found = Array(whole.prefix(1)) }
        }
        let position = diagnostic.location.map { locator.lines.location(of: $0.range.lowerBound) }
        let line: JSONValue = position.map { .int($0.line) } ?? .null
        let column: JSONValue = position.map { .int($0.column) } ?? .null
        let advice: [JSONValue] = diagnostic.fixIts.map { .string($0.summary) }
        let fixes: [JSONValue] = found.prefix(2).map(fix)
        return .object([
            ("code", .string(diagnostic.code)), ("severity", .string(diagnostic.severity.rawValue)),
            ("message", .string(diagnostic.message)), ("field", text(field)),
            ("record", locator.record(of: diagnostic).map(record) ?? .null), ("line", line), ("column", column),
            ("citation", text(diagnostic.citation)), ("explanation", text(diagnostic.explanation)),
            ("rule", text(diagnostic.rule)), ("advice", .array(advice)), ("fixes", .array(fixes)),
        ])
    }

    private static func text(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

    /// A fix: its summary and its edits as changes the page can send back.
    static func fix(_ fix: FixSearch.Fix) -> JSONValue {
        .object([
            ("summary", .string(fix.summary)),
            (
                "changes",
                .array(
                    fix.edits.map {
                        .object([
                            ("field", .string($0.section + "." + $0.key)), ("value", YearEvaluation.json($0.value)),
                            ("type", .string(isDate($0.value) ? "date" : "value")),
                        ])
                    })
            ),
        ])
    }

    private static func isDate(_ value: RuleValue) -> Bool {
        if case .date = value { return true }
        return false
    }

    /// Every `section.key` the file sets to a plain value (or a list of plain values), as JSON.
    static func values(_ selections: SelectionsText) -> JSONValue {
        var fields: [(String, JSONValue)] = []
        for section in selections.document.root.entries {
            guard let table = section.value.table else { continue }
            for entry in table.entries {
                if let value = plain(entry.value) { fields.append((section.key + "." + entry.key, value)) }
            }
        }
        return .object(fields)
    }

    static func plain(_ value: TOMLValue) -> JSONValue? {
        switch value.kind {
        case .string(let text, _): .string(text)
        case .integer(let number): .int(Int(number))
        case .boolean(let flag): .bool(flag)
        case .dateTime(let dateTime): .string(dateTime.description)
        case .array(let items):
            items.allSatisfy { $0.string != nil } ? .array(items.compactMap { $0.string.map(JSONValue.string) }) : nil
        default: nil
        }
    }

    /// The standing orders (a draft while the year is invalid), as the body of the engine's HTML.
    static func preview(_ year: YearEvaluation) -> String {
        body(HTMLRenderer().render(StandingOrdersBuilder(year).build(draft: !year.isValid).document()))
    }

    /// The redline from the file on disk to `year`, or null without a file or when nothing changes.
    static func redline(from disk: YearEvaluation?, to year: YearEvaluation) -> JSONValue {
        guard let disk, year.selections != nil else { return .null }
        let redline = Redline(last: disk, this: year)
        guard !redline.isEmpty else { return .null }
        return .string(body(HTMLRenderer().render(redline.document())))
    }

    /// What is inside `<main>` in a page the renderer wrote (its own `<style>` is left out: the page's CSS
    /// policy allows only the workbench's stylesheet).
    static func body(_ html: String) -> String {
        guard let start = html.firstRange(of: "<main>\n"), let end = html.ranges(of: "</main>").last else { return "" }
        return String(html[start.upperBound..<end.lowerBound])
    }
}
