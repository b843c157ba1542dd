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
        /// `section.parameter` → (the index of its section in ``sections``, parameter id, kind).
        let parameters: [String: (section: Int, id: String, kind: Parameter.Kind)]
        let facts: [String: FactDefinition.Kind]

        public init(_ edition: Edition) {
            sections = edition.sections.map { SectionLayout(id: $0.id, choose: $0.choose) }
            parameters = Dictionary(
                edition.sections.enumerated().flatMap { index, section in
                    section.parameters.map { ($0.qualifiedName, (index, $0.id, $0.kind)) }
                }
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
        // One string, each line appended to it: a string per line, joined, was a tenth of an impact's work.
        var out = TOMLWriter.comment("Rebuilt by clpconf impact from the report \(file) (no officers or votes).")
        out += "\n"
        try line("edition", .text(editionID), to: &out)
        try line("year", .integer(year), to: &out)
        out += "\n" + TOMLWriter.tableHeader(["clp"]) + "\n"
        try line("name", .text(clp), to: &out)
        if let region { try line("region", .text(region), to: &out) }
        if let agmDate, let date = Self.date(agmDate) {
            out += "\n" + TOMLWriter.tableHeader(["agm"]) + "\n"
            try line("date", date, to: &out)
        }
        if !facts.isEmpty {
            out += "\n" + TOMLWriter.tableHeader(["facts"]) + "\n"
            for fact in facts { try line(fact.id, Self.toml(fact.value, as: layout.facts[fact.id]), to: &out) }
        }
        // Each section's settings, written in the report's order (so a value that cannot be written is the
        // first such in the report), by the section's index in the layout.
        var settings = Array(repeating: "", count: layout.sections.count)
        for setting in self.settings {
            guard let parameter = layout.parameters[setting.name] else { continue }
            try line(parameter.id, Self.toml(setting.value, as: parameter.kind), to: &settings[parameter.section])
        }
        for (index, section) in layout.sections.enumerated() {
            try appendSection(section, settings: settings[index], to: &out)
        }
        for approval in approvals {
            out += "\n" + TOMLWriter.arrayOfTablesHeader(["approvals"]) + "\n"
            try line("approves", .text(approval.approves), to: &out)
            try line("by", .text(approval.by), to: &out)
            try line("date", Self.date(approval.date) ?? .text(approval.date), to: &out)
            if let reference = approval.reference { try line("reference", .text(reference), to: &out) }
        }
        return out
    }

    /// Appends `key = value` and a newline.
    private func line(_ key: String, _ value: TOMLValue.Kind, to out: inout String) throws {
        try TOMLWriter.appendAssignment(key, value, to: &out)
        out += "\n"
    }

    /// Appends `[section]` with the stated choice and `settings` (lines already written), or nothing when
    /// there are neither.
    private func appendSection(_ section: Layout.SectionLayout, settings: String, to out: inout String) throws {
        let choice = choices.first { $0.section == section.id }
        let option: String? = if section.choose == .one { choice?.options.first } else { nil }
        let options: [String]? = if section.choose == .any { choice?.options } else { nil }
        guard option != nil || options != nil || !settings.isEmpty else { return }
        out += "\n" + TOMLWriter.tableHeader([section.id]) + "\n"
        if let option { try line("option", .text(option), to: &out) }
        if let options {
            try line("options", .array(options.map { TOMLValue(.text($0), range: 0..<0) }), to: &out)
        }
        out += settings
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
