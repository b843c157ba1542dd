import TOML

extension ReportedYear {
    /// What writing a rebuilt file needs to know of an edition, looked up once for every report on it: each
    /// section's choice mode, and the type of every setting and fact.
    public struct Layout: Sendable {
        struct SectionLayout: Sendable {
            var id: String
            var choose: Section.ChoiceMode
        }

        let sections: [SectionLayout]
        /// `section.parameter` → (section id, parameter id, kind).
        let parameters: [String: (section: String, id: String, kind: Parameter.Kind)]
        let facts: [String: FactDefinition.Kind]

        public init(_ edition: Edition) {
            sections = edition.sections.map { SectionLayout(id: $0.id, choose: $0.choose) }
            parameters = Dictionary(
                edition.sections.flatMap(\.parameters).map { ($0.qualifiedName, ($0.section, $0.id, $0.kind)) }
            ) { first, _ in first }
            facts = Dictionary(edition.facts.map { ($0.id, $0.kind) }) { first, _ in first }
        }
    }

    /// The selections file the report describes, as TOML written by ``TOMLWriter``: identity, AGM date, the
    /// facts, each section's stated choice and settings, and the granted approvals. Each value is written as
    /// `edition` types it (a date fact or setting as a TOML date), so the file reads back as the CLP's did.
    ///
    /// - Throws: ``TOMLWriteError`` when a value cannot be written as TOML (a date whose year is not four digits).
    public func selectionsText(edition: Edition) throws -> String {
        try selectionsText(layout: Layout(edition))
    }

    /// ``selectionsText(edition:)`` with the edition's ``Layout`` worked out already.
    public func selectionsText(layout: Layout) throws -> String {
        var out = TOMLWriter.comment("Rebuilt by clpconf impact from the report \(file) (no officers or votes).")
        out += "\n" + (try TOMLWriter.assignment("edition", .text(editionID))) + "\n"
        out += (try TOMLWriter.assignment("year", .integer(year))) + "\n\n"
        out += TOMLWriter.tableHeader(["clp"]) + "\n" + (try TOMLWriter.assignment("name", .text(clp))) + "\n"
        if let region { out += (try TOMLWriter.assignment("region", .text(region))) + "\n" }
        if let agmDate, let date = Self.date(agmDate) {
            out += "\n" + TOMLWriter.tableHeader(["agm"]) + "\n" + (try TOMLWriter.assignment("date", date)) + "\n"
        }
        if !facts.isEmpty {
            out += "\n" + TOMLWriter.tableHeader(["facts"]) + "\n"
            for fact in facts {
                out += (try TOMLWriter.assignment(fact.id, Self.toml(fact.value, as: layout.facts[fact.id]))) + "\n"
            }
        }
        var settings: [String: [String]] = [:]
        for setting in self.settings {
            guard let parameter = layout.parameters[setting.name] else { continue }
            settings[parameter.section, default: []].append(
                try TOMLWriter.assignment(parameter.id, Self.toml(setting.value, as: parameter.kind)))
        }
        for section in layout.sections {
            out += try sectionText(section, settings: settings[section.id] ?? [])
        }
        for approval in approvals {
            out += "\n" + TOMLWriter.arrayOfTablesHeader(["approvals"]) + "\n"
            out += (try TOMLWriter.assignment("approves", .text(approval.approves))) + "\n"
            out += (try TOMLWriter.assignment("by", .text(approval.by))) + "\n"
            out += (try TOMLWriter.assignment("date", Self.date(approval.date) ?? .text(approval.date))) + "\n"
            if let reference = approval.reference {
                out += (try TOMLWriter.assignment("reference", .text(reference))) + "\n"
            }
        }
        return out
    }

    /// `[section]` with the stated choice and `settings` (already written), or nothing when there are neither.
    private func sectionText(_ section: Layout.SectionLayout, settings: [String]) throws -> String {
        var lines: [String] = []
        if let choice = choices.first(where: { $0.section == section.id }) {
            switch section.choose {
            case .one:
                if let option = choice.options.first {
                    lines.append(try TOMLWriter.assignment("option", .text(option)))
                }
            case .any:
                let items = choice.options.map { TOMLValue(.text($0), range: 0..<0) }
                lines.append(try TOMLWriter.assignment("options", .array(items)))
            case .none: break
            }
        }
        lines += settings
        guard !lines.isEmpty else { return "" }
        return "\n" + TOMLWriter.tableHeader([section.id]) + "\n" + lines.joined(separator: "\n") + "\n"
    }

    /// A setting's value as its parameter types it.
    private static func toml(_ value: Value, as kind: Parameter.Kind) -> TOMLValue.Kind {
        if case .date = kind, case .text(let text) = value, let date = date(text) { return date }
        return toml(value, as: nil)
    }

    /// A fact's value as its definition types it (a field of a list fact by that field's definition).
    private static func toml(_ value: Value, as kind: FactDefinition.Kind?) -> TOMLValue.Kind {
        switch (value, kind) {
        case (.integer(let number), _): return .integer(number)
        case (.boolean(let flag), _): return .boolean(flag)
        case (.text(let text), .date?): return date(text) ?? .text(text)
        case (.text(let text), _): return .text(text)
        case (.records(let records), let kind):
            let fields: [FactDefinition] = if case .list(let fields)? = kind { fields } else { [] }
            return .array(
                records.map { record in
                    let entries = record.map { field in
                        TOMLTable.Entry(
                            key: field.name, keyRange: 0..<0,
                            value: TOMLValue(
                                toml(field.value, as: fields.first { $0.id == field.name }?.kind), range: 0..<0))
                    }
                    return TOMLValue(.table(TOMLTable(entries)), range: 0..<0)
                })
        }
    }

    /// `YYYY-MM-DD` as a TOML local date, or nil when the text is not one.
    static func date(_ text: String) -> TOMLValue.Kind? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }), let year = Int(parts[0]),
            let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        return .date(year: year, month: month, day: day)
    }
}
