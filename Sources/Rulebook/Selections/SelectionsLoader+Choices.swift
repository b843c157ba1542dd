import Diagnostics
import RuleLanguage
import TOML

extension SelectionsLoader {
    mutating func readChoice(_ section: Section, reader: inout TableReader) -> Selections.SectionChoice {
        var choice = Selections.SectionChoice(options: [], usedDefault: false, parameters: [:], span: nil)
        guard let (table, raw) = reader.table(section.id) else {
            applyDefault(section, to: &choice, at: document.span(0..<0), missingTable: true)
            return choice
        }
        choice.span = span(raw)
        var inner = TableReader(
            table, range: raw.range, document: document, context: TableContext("[", section.id, nil, "]"),
            vocabulary: .selections)
        switch section.choose {
        case .one:
            if let list = table["options"] ?? table["option"], list.array != nil {
                _ = inner.value("options")
                _ = inner.value("option")
                diagnostics.append(SelectionsMessages.tooManyOptions(section.id, at: span(list)))
            } else if let (id, value) = inner.string("option") {
                choice.options = checkOptions([(id, value)], section: section)
            } else {
                applyDefault(section, to: &choice, at: span(raw), missingTable: false)
            }
        case .any:
            if let (items, _) = inner.stringArray("options") {
                choice.options = checkOptions(items, section: section)
            } else {
                choice.usedDefault = true
                choice.options = section.defaults.map { .init(value: $0, span: span(raw)) }
            }
        case .none:
            break
        }
        // By index: each parameter is lent to `readParameter`, where a `for` loop would copy each one (and retain
        // every field of it) for every file read.
        // Room for what the table can set, so the settings do not grow the table again and again.
        choice.parameters.reserveCapacity(min(table.entries.count, section.parameters.count))
        for index in section.parameters.indices {
            readParameter(section.parameters[index], from: &inner, into: &choice)
        }
        reportUnknownKeys(in: table, of: section, reader: inner)
        diagnostics += inner.diagnostics
        return choice
    }

    /// The value the section's table gives `parameter`, if any, converted to its kind; a value of the wrong
    /// kind or out of range is reported.
    private mutating func readParameter(
        _ parameter: borrowing Parameter, from inner: inout TableReader, into choice: inout Selections.SectionChoice
    ) {
        guard let value = inner.value(parameter.id) else { return }
        if let converted = ParameterValue.convert(value, to: parameter.kind) {
            choice.parameters[parameter.id] = .init(value: converted, span: span(value))
        } else if ParameterValue.typeMatches(value, kind: parameter.kind) {
            diagnostics.append(
                SelectionsMessages.wrongValue(
                    parameter.qualifiedName, problem: ParameterValue.problem(value, kind: parameter.kind),
                    at: span(value), nearest: ParameterValue.nearest(value, kind: parameter.kind)))
        } else {
            diagnostics.append(
                SelectionsMessages.wrongType(
                    parameter.qualifiedName, expected: ParameterValue.article(parameter.kind), found: value,
                    at: span(value)))
        }
    }

    /// Reports the keys of a section's table that are neither its choice nor its parameters (with what the
    /// migration map says of an older edition's key).
    private mutating func reportUnknownKeys(in table: TOMLTable, of section: Section, reader inner: TableReader) {
        let (document, edition) = (document, edition)
        for entry in table.entries where !inner.wasRead(entry.key) {
            reportUnknown(at: document.span(entry.keyRange)) {
                // The keys the section does know, worked out only for a file that has an unknown one.
                let choiceKey: [String] =
                    switch section.choose {
                    case .one: ["option"]
                    case .any: ["options"]
                    case .none: []
                    }
                let known = section.parameters.map(\.id) + choiceKey
                return MigrationMessages.withMigrationHint(
                    SelectionsMessages.unknownName(
                        "key", entry.key, known: known, at: document.span(entry.keyRange), extra: " in [\(section.id)]"),
                    item: section.id + "." + entry.key, edition: edition, file: document.source.path)
            }
        }
    }

    private mutating func applyDefault(
        _ section: Section, to choice: inout Selections.SectionChoice, at span: SourceSpan, missingTable: Bool
    ) {
        guard section.choose == .one else {
            choice.usedDefault = true
            choice.options = section.defaults.map { .init(value: $0, span: span) }
            return
        }
        if let first = section.defaults.first {
            choice.usedDefault = true
            choice.options = [.init(value: first, span: span)]
        } else {
            let location = missingTable ? document.span(0..<0) : span
            diagnostics.append(
                SelectionsMessages.choiceMissing(
                    section.id, key: "option", options: section.options.map(\.id), at: location))
        }
    }

    private mutating func checkOptions(_ items: [(String, TOMLValue)], section: Section) -> [Selections.Located<String>]
    {
        var result: [Selections.Located<String>] = []
        var first: [String: SourceSpan] = [:]
        for (id, value) in items {
            guard section.option(id) != nil else {
                var diagnostic = SelectionsMessages.unknownOption(
                    id, section: section.id, known: section.options.map(\.id), at: span(value))
                if let change = edition.migration?.change(for: section.id + "." + id) {
                    diagnostic = SelectionsMessages.optionFromOtherEdition(
                        diagnostic, option: id, from: edition.migration?.from ?? "an earlier edition", change: change)
                }
                diagnostics.append(diagnostic)
                continue
            }
            if let earlier = first[id] {
                diagnostics.append(SelectionsMessages.duplicateOption(id, at: span(value), first: earlier))
                continue
            }
            first[id] = span(value)
            result.append(.init(value: id, span: span(value)))
        }
        return result
    }
}
