import Diagnostics
import RuleLanguage
import TOML

/// Reads a CLP's selections file against an edition: every key is checked for name, type and range,
/// every unknown name gets a "did you mean", and nothing is silently dropped or coerced.
public struct SelectionsLoader {
    let edition: Edition
    let document: TOMLDocument
    var diagnostics: [Diagnostic] = []

    /// Keys of the top-level table other than section ids.
    static let topLevelKeys = ["edition", "year", "clp", "agm", "facts", "officers", "votes", "approvals"]

    /// The `edition = "..."` a selections document names, with its value, if present and a string.
    public static func editionID(of document: TOMLDocument) -> (id: String, span: SourceSpan)? {
        guard let value = document.root["edition"], let id = value.string else { return nil }
        return (id, document.span(value.range))
    }

    /// Loads `document`; the selections are nil only when the file is too broken to read at all.
    public static func load(_ document: TOMLDocument, edition: Edition) -> (Selections?, [Diagnostic]) {
        var loader = SelectionsLoader(edition: edition, document: document)
        let selections = loader.load()
        return (selections, loader.diagnostics)
    }

    private mutating func load() -> Selections? {
        var reader = TableReader(
            document.root, range: 0..<0, document: document, context: "the selections file", vocabulary: .selections)
        let editionValue = reader.string("edition", required: true)
        let year = reader.integer("year", required: true)
        var selections = Selections(
            edition: .init(value: editionValue?.0 ?? edition.id, span: document.span(editionValue?.1.range ?? 0..<0)),
            year: year.map { .init(value: $0.0, span: document.span($0.1.range)) }, clpName: nil, region: nil,
            agmDate: nil, facts: [:], choices: [:], officers: [], votes: [:], approvals: [:], document: document)
        if let year, let valid = edition.validYears, !valid.contains(year.0) {
            diagnostics.append(
                SelectionsMessages.notApplicableYear(
                    year.0, edition: edition.id, valid: valid, at: document.span(year.1.range)))
        }
        readIdentity(&reader, into: &selections)
        if let (facts, raw) = reader.table("facts", required: true) {
            selections.facts = readFacts(facts, range: raw.range)
        }
        for section in edition.sections {
            selections.choices[section.id] = readChoice(section, reader: &reader)
        }
        selections.officers = readOfficers(&reader)
        selections.votes = readVotes(&reader)
        selections.approvals = readApprovals(&reader)
        reportUnknownTopLevel(reader)
        diagnostics += reader.diagnostics
        return selections
    }

    private mutating func readIdentity(_ reader: inout TableReader, into selections: inout Selections) {
        if let (clp, raw) = reader.table("clp", required: true) {
            var inner = TableReader(
                clp, range: raw.range, document: document, context: "[clp]", vocabulary: .selections)
            selections.clpName = inner.string("name", required: true).map { .init(value: $0.0, span: span($0.1)) }
            selections.region = inner.string("region").map { .init(value: $0.0, span: span($0.1)) }
            finish(&inner)
        }
        if let (agm, raw) = reader.table("agm", required: true) {
            var inner = TableReader(
                agm, range: raw.range, document: document, context: "[agm]", vocabulary: .selections)
            selections.agmDate = inner.date("date", required: true).map { .init(value: $0.0, span: span($0.1)) }
            finish(&inner)
        }
    }

    func span(_ value: TOMLValue) -> SourceSpan { document.span(value.range) }

    /// Moves a nested reader's findings (and its unknown keys) into this loader.
    mutating func finish(_ reader: inout TableReader) {
        reader.reportUnknownKeys()
        diagnostics += reader.diagnostics
    }

    private mutating func reportUnknownTopLevel(_ reader: TableReader) {
        let sectionIDs = edition.sections.map(\.id)
        for entry in document.root.entries where !reader.wasRead(entry.key) && !sectionIDs.contains(entry.key) {
            diagnostics.append(
                SelectionsMessages.unknownName(
                    "section or key", entry.key, known: Self.topLevelKeys + sectionIDs,
                    at: document.span(entry.keyRange), extra: " in edition '\(edition.id)'"))
        }
    }
}
