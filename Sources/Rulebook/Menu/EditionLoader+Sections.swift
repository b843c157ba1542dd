import Diagnostics
import RuleLanguage
import TOML

extension EditionLoader {
    mutating func readSection(_ document: TOMLDocument, approvals: [String]) -> Section? {
        let whole = 0..<document.source.text.utf8.count
        var reader = TableReader(
            document.root, range: 0..<min(1, whole.upperBound), document: document,
            context: TableContext("'", document.source.path, nil, "'"), vocabulary: .menu)
        defer { finish(&reader) }
        guard let id = readID(&reader) else { return nil }
        let title = reader.string("title", required: true)?.0 ?? id
        let intro = reader.string("intro")?.0 ?? ""
        let cite = reader.string("cite")?.0
        var choose = Section.ChoiceMode.one
        if let (mode, raw) = reader.string("choose") {
            if let parsed = Section.ChoiceMode(rawValue: mode) {
                choose = parsed
            } else {
                reader.report(
                    MenuMessages.invalidValue(
                        "choose", "is '\(mode)'; expected \"one\", \"any\" or \"none\"", at: reader.span(raw.range)))
            }
        }
        let options = reader.tables("option").compactMap {
            readOption($0.0, raw: $0.1, section: id, document: document, approvals: approvals)
        }
        let parameters = reader.tables("parameter").compactMap {
            readParameter($0.0, raw: $0.1, section: id, document: document)
        }
        let defaults = readDefaults(&reader, options: options.map(\.id), choose: choose)
        let rules = readRules(&reader, section: id)
        return Section(
            id: id, title: title, intro: intro, choose: choose, defaults: defaults, cite: cite, options: options,
            parameters: parameters, rules: rules, span: document.span(whole))
    }

    private mutating func readDefaults(_ reader: inout TableReader, options: [String], choose: Section.ChoiceMode)
        -> [String]
    {
        guard let raw = reader.value("default") else { return [] }
        let items: [(String, TOMLValue)]
        if let single = raw.string {
            items = [(single, raw)]
        } else if let list = raw.array {
            items = list.compactMap { item in item.string.map { ($0, item) } }
        } else {
            reader.report(
                MenuMessages.invalidValue(
                    "default", "must be an option id or an array of them", at: reader.span(raw.range)))
            return []
        }
        if choose == .one, items.count != 1 {
            reader.report(
                MenuMessages.invalidValue(
                    "default", "must name exactly one option in a choose = \"one\" section", at: reader.span(raw.range))
            )
        }
        for (id, value) in items where !options.contains(id) {
            reader.report(MenuMessages.unknownReference("option", id, known: options, at: reader.span(value.range)))
        }
        return items.map(\.0)
    }

    private mutating func readOption(
        _ table: TOMLTable, raw: TOMLValue, section: String, document: TOMLDocument, approvals: [String]
    ) -> Option? {
        var reader = TableReader(
            table, range: raw.range, document: document, context: TableContext("an option of '", section, nil, "'"),
            vocabulary: .menu)
        defer { finish(&reader) }
        guard let id = readID(&reader) else { return nil }
        reader = TableReader(
            table, range: raw.range, document: document, context: TableContext("option '", section, id, "'"),
            vocabulary: .menu)
        _ = reader.string("id")
        noteDefinition("option", id, key: .joining("option:", section, ".", id), at: document.span(raw.range))
        let needed = reader.stringArray("approvals")?.0 ?? []
        for (name, value) in needed where !approvals.contains(name) {
            reader.report(
                MenuMessages.unknownReference("approval", name, known: approvals, at: reader.span(value.range)))
        }
        return Option(
            id: id, title: reader.string("title", required: true)?.0 ?? id,
            summary: reader.string("summary", required: true)?.0 ?? "",
            advice: reader.string("advice", required: true)?.0 ?? "",
            requires: compile(&reader, "requires", expecting: .boolean),
            excludes: compile(&reader, "excludes", expecting: .boolean),
            approvals: needed.map(\.0), availableFrom: reader.date("available_from")?.0, cite: reader.string("cite")?.0,
            span: document.span(raw.range))
    }

    private mutating func readParameter(
        _ table: TOMLTable, raw: TOMLValue, section: String, document: TOMLDocument
    ) -> Parameter? {
        var reader = TableReader(
            table, range: raw.range, document: document, context: TableContext("a parameter of '", section, nil, "'"),
            vocabulary: .menu)
        defer { finish(&reader) }
        guard let id = readID(&reader) else { return nil }
        noteDefinition("parameter", id, key: .joining("parameter:", section, ".", id), at: document.span(raw.range))
        let range = reader.value("range").flatMap { readRange($0, key: "range", in: document) }
        let values = reader.stringArray("values")?.0.map(\.0) ?? []
        let kind: Parameter.Kind
        switch reader.string("type", required: true)?.0 {
        case "integer": kind = .integer(range)
        case "boolean": kind = .boolean
        case "string": kind = .string
        case "date": kind = .date
        case "choice":
            if values.isEmpty {
                reader.report(
                    MenuMessages.missingKey("values", context: "choice parameter '\(id)'", at: reader.span(raw.range)))
            }
            kind = .choice(values)
        case let other?:
            reader.report(
                MenuMessages.invalidValue(
                    "type", "is '\(other)'; expected integer, boolean, string, date or choice",
                    at: reader.span(table["type"]?.range ?? raw.range)))
            reader.abandon()
            return nil
        case nil:
            reader.abandon()
            return nil
        }
        var defaultValue: RuleValue?
        if let value = reader.value("default") {
            defaultValue = ParameterValue.convert(value, to: kind)
            if defaultValue == nil {
                reader.report(
                    MenuMessages.invalidValue(
                        "default", ParameterValue.problem(value, kind: kind), at: reader.span(value.range)))
            }
        }
        return Parameter(
            id: id, section: section, title: reader.string("title", required: true)?.0 ?? id, kind: kind,
            defaultValue: defaultValue, unit: reader.string("unit")?.0,
            applies: compile(&reader, "applies", expecting: .boolean),
            suggest: compile(&reader, "suggest", expecting: kind.suggestionType),
            advice: reader.string("advice")?.0 ?? "",
            cite: reader.string("cite")?.0, span: document.span(raw.range))
    }
}
