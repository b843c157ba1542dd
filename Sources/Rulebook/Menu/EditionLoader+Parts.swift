import Diagnostics
import TOML

extension EditionLoader {
    /// Reads `[[part]]` from `edition.toml`: each names edition-wide clauses and sections that exist. With
    /// no parts declared, each section is a part, with the edition-wide clauses in a first part of their own.
    mutating func readParts(_ reader: inout TableReader, sections: [Section], general: RuleSet) -> [StandingOrdersPart]
    {
        let declared = reader.tables("part")
        guard !declared.isEmpty else {
            return Self.defaultParts(sections: sections, general: general, span: reader.span(reader.tableRange))
        }
        let sectionIDs = sections.map(\.id)
        let clauseIDs = general.clauses.map(\.id)
        var parts: [StandingOrdersPart] = []
        for (table, raw) in declared {
            var part = TableReader(
                table, range: raw.range, document: reader.document, context: "a part", vocabulary: .menu)
            defer { finish(&part) }
            guard let id = readID(&part) else { continue }
            noteDefinition("part", id, key: .joining("part:", id), at: part.span(raw.range))
            let title = part.string("title", required: true)?.0 ?? id
            let clauses = part.stringArray("clauses")?.0 ?? []
            let listed = part.stringArray("sections")?.0 ?? []
            for (clause, value) in clauses where !clauseIDs.contains(clause) {
                diagnostics.append(
                    MenuMessages.unknownReference(
                        "edition-wide clause", clause, known: clauseIDs, at: part.span(value.range)))
            }
            for (section, value) in listed where !sectionIDs.contains(section) {
                diagnostics.append(
                    MenuMessages.unknownReference("section", section, known: sectionIDs, at: part.span(value.range)))
            }
            parts.append(
                StandingOrdersPart(
                    id: id, title: title, clauses: clauses.map(\.0), sections: listed.map(\.0),
                    isDeclared: true, span: part.span(raw.range)))
        }
        return parts
    }

    static func defaultParts(sections: [Section], general: RuleSet, span: SourceSpan) -> [StandingOrdersPart] {
        var parts: [StandingOrdersPart] = []
        if !general.clauses.isEmpty {
            parts.append(
                StandingOrdersPart(
                    id: "general", title: "General", clauses: general.clauses.map(\.id), sections: [],
                    isDeclared: false,
                    span: span))
        }
        for section in sections {
            parts.append(
                StandingOrdersPart(
                    id: section.id, title: section.title, clauses: [], sections: [section.id], isDeclared: false,
                    span: section.span))
        }
        return parts
    }
}
