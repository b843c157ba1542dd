import Diagnostics
import RuleLanguage
import TOML

/// Reads a CLP's selections file against an edition: every key is checked for name, type and range,
/// every unknown name gets a "did you mean", and nothing is silently dropped or coerced.
public struct SelectionsLoader {
    let edition: Edition
    let document: TOMLDocument
    /// At most ``DiagnosticCap/defaultLimit`` problems of one code are kept; the rest are counted, and one
    /// note (S113) says how many.
    var diagnostics = DiagnosticCap.Collector()

    /// Keys of the top-level table other than section ids.
    static let topLevelKeys = [
        "edition", "year", "clp", "agm", "facts", "officers", "votes", "approvals", "adoption", "local_addition",
    ]

    /// The `edition = "..."` a selections document names, with its value, if present and a string.
    public static func editionID(of document: TOMLDocument) -> (id: String, span: SourceSpan)? {
        guard let value = document.root["edition"], let id = value.string else { return nil }
        return (id, document.span(value.range))
    }

    /// Why ``editionID(of:)`` finds no edition: no `edition` key (reported at the start of the file), or a
    /// value that is not a string, such as `edition = 2019` (a type error at the value).
    public static func editionProblem(of document: TOMLDocument) -> Diagnostic {
        guard let value = document.root["edition"] else {
            return SelectionsMessages.editionNotNamed(at: document.span(0..<0))
        }
        return SelectionsMessages.editionNotAString(value, at: document.span(value.range))
    }

    /// Loads `document`; the selections are nil only when the file is too broken to read at all.
    public static func load(_ document: TOMLDocument, edition: Edition) -> (Selections?, [Diagnostic]) {
        var loader = SelectionsLoader(edition: edition, document: document)
        let selections = loader.load()
        return (selections, loader.diagnostics.finished(note: SelectionsMessages.moreLikeThis))
    }

    private mutating func load() -> Selections? {
        var reader = TableReader(
            document.root, range: 0..<0, document: document, context: "the selections file", vocabulary: .selections)
        let editionValue = reader.string("edition", required: true)
        let year = reader.integer("year", required: true)
        var selections = Selections(
            edition: .init(value: editionValue?.0 ?? edition.id, span: document.span(editionValue?.1.range ?? 0..<0)),
            year: year.map { .init(value: $0.0, span: document.span($0.1.range)) }, clpName: nil, region: nil,
            agmDate: nil, facts: [:], choices: [:], officers: [], votes: [:], approvals: [], document: document)
        // An edition that states the AGM dates it governs is checked by the AGM's date instead (below).
        if let year, edition.agmDates == nil, let valid = edition.validYears, !valid.contains(year.0) {
            diagnostics.append(
                SelectionsMessages.notApplicableYear(
                    year.0, edition: edition.id, valid: valid, at: document.span(year.1.range)))
        }
        readIdentity(&reader, into: &selections)
        if let agm = selections.agmDate, let dates = edition.agmDates, !dates.contains(agm.value) {
            diagnostics.append(
                SelectionsMessages.agmOutsideEdition(agm.value, edition: edition, dates: dates, at: agm.span))
        }
        if let (facts, raw) = reader.table("facts", required: true) {
            selections.facts = readFacts(facts, range: raw.range)
        }
        for section in edition.sections {
            selections.choices[section.id] = readChoice(section, reader: &reader)
        }
        selections.officers = readOfficers(&reader)
        selections.votes = readVotes(&reader)
        selections.approvals = readApprovals(&reader)
        selections.adoptions = readAdoptions(&reader)
        selections.localAdditions = readLocalAdditions(&reader)
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
        if let omitted = reader.omitted { diagnostics.count(omitted) }
    }

    /// Reports an unknown name, working out its "did you mean" only if the report is kept.
    mutating func reportUnknown(at span: SourceSpan, _ make: () -> Diagnostic) {
        let descriptor = RulebookCatalogue.unknownSelectionsName
        diagnostics.append(code: descriptor.code, severity: descriptor.severity, at: span, make)
    }

    private mutating func reportUnknownTopLevel(_ reader: TableReader) {
        let sectionIDs = edition.sections.map(\.id)
        let known = Self.topLevelKeys + sectionIDs
        let (document, edition) = (document, edition)
        for entry in document.root.entries where !reader.wasRead(entry.key) && !sectionIDs.contains(entry.key) {
            reportUnknown(at: document.span(entry.keyRange)) {
                MigrationMessages.withMigrationHint(
                    SelectionsMessages.unknownName(
                        "section or key", entry.key, known: known,
                        at: document.span(entry.keyRange), extra: " in edition '\(edition.id)'"),
                    item: entry.key, edition: edition, file: document.source.path)
            }
        }
    }
}
