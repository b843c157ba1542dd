import Diagnostics
import RuleLanguage
import TOML

extension EditionLoader {
    /// The descriptive keys of `edition.toml`.
    struct Header {
        var title = ""
        var published: TOMLDate?
        var supersedes: String?
        var ruleBook = ""
        var validYears: ClosedRange<Int>?
        var agmDates: AGMDates?
        var intro = ""
        /// `draft = true`: not yet published (shown in `menu list`, `menu show` and the booklet).
        var draft = false
    }

    mutating func readHeader(_ reader: inout TableReader) -> Header {
        var header = Header()
        header.title = reader.string("title", required: true)?.0 ?? ""
        header.published = reader.date("published")?.0
        header.supersedes = reader.string("supersedes")?.0
        header.ruleBook = reader.string("rule_book", required: true)?.0 ?? ""
        header.intro = reader.string("intro")?.0 ?? ""
        header.draft = reader.boolean("draft")?.0 ?? false
        if let value = reader.value("valid_years") {
            header.validYears = readRange(value, key: "valid_years", in: reader.document)
        }
        header.agmDates = readAGMDates(&reader)
        return header
    }

    /// `agm_dates = { from = ..., until = ..., next = "...", cite = "..." }`.
    private mutating func readAGMDates(_ reader: inout TableReader) -> AGMDates? {
        guard let (table, raw) = reader.table("agm_dates") else { return nil }
        var inner = TableReader(
            table, range: raw.range, document: reader.document, context: "agm_dates", vocabulary: .menu)
        defer { finish(&inner) }
        guard let from = inner.date("from", required: true), let until = inner.date("until", required: true) else {
            return nil
        }
        guard from.0 <= until.0 else {
            inner.report(
                MenuMessages.invalidValue(
                    "agm_dates", "must have 'from' no later than 'until'", at: inner.span(raw.range)))
            return nil
        }
        return AGMDates(from: from.0, until: until.0, next: inner.string("next")?.0, cite: inner.string("cite")?.0)
    }

    /// A `[min, max]` pair of integers.
    mutating func readRange(_ value: TOMLValue, key: String, in document: TOMLDocument) -> ClosedRange<Int>? {
        let bounds = (value.array ?? []).compactMap { $0.integer.flatMap { Int(exactly: $0) } }
        guard value.array?.count == 2, bounds.count == 2, bounds[0] <= bounds[1] else {
            diagnostics.append(
                MenuMessages.invalidValue(
                    key, "must be [min, max] with two integers, min no greater than max",
                    at: document.span(value.range)))
            return nil
        }
        return bounds[0]...bounds[1]
    }

    /// Reads an `id` key and checks it is snake_case. Without an id the table is abandoned: its other keys
    /// are not reported as unknown on top of the missing id.
    mutating func readID(_ reader: inout TableReader) -> String? {
        guard let (id, raw) = reader.string("id", required: true) else {
            reader.abandon()
            return nil
        }
        if !Self.isValidID(id) {
            reader.report(MenuMessages.invalidID(id, at: reader.span(raw.range)))
        }
        return id
    }

    /// Reports a finished table's unknown keys and takes its diagnostics.
    mutating func finish(_ reader: inout TableReader) {
        reader.reportUnknownKeys()
        diagnostics += reader.diagnostics
    }

    static func isValidID(_ id: String) -> Bool {
        var id = id
        return id.withUTF8 { isValidID($0[...]) }
    }

    /// ``isValidID(_:)`` on UTF-8 bytes.
    static func isValidID(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard let first = bytes.first, first &- UInt8(ascii: "a") < 26 else { return false }
        for byte in bytes {
            guard byte &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10 || byte == UInt8(ascii: "_")
            else { return false }
        }
        return true
    }

    /// Records the first definition of `key` and reports a duplicate.
    mutating func noteDefinition(_ kind: String, _ id: String, key: String, at span: SourceSpan) {
        // One lookup for the usual, new key; a duplicate (rare) puts the first definition back.
        if let first = seen.updateValue(span, forKey: key) {
            seen[key] = first
            diagnostics.append(MenuMessages.duplicateID(kind, id, at: span, first: first))
        }
    }

    mutating func readNamed(_ reader: inout TableReader, key: String, kind: String) -> [NamedItem] {
        var items: [NamedItem] = []
        for (table, raw) in reader.tables(key) {
            var item = TableReader(
                table, range: raw.range, document: reader.document, context: TableContext("[[", key, nil, "]]"),
                vocabulary: .menu)
            let title = item.string("title")?.0 ?? ""
            let summary = item.string("summary")?.0
            let cite = item.string("cite")?.0
            if let id = readID(&item) {
                let span = reader.span(raw.range)
                noteDefinition(kind, id, key: .joining(kind, ":", id), at: span)
                items.append(
                    NamedItem(id: id, title: title.isEmpty ? id : title, summary: summary, cite: cite, span: span))
            }
            finish(&item)
        }
        return items
    }

    mutating func readFacts(_ reader: inout TableReader) -> [FactDefinition] {
        reader.tables("fact").compactMap { table, raw in
            readFact(table, raw: raw, document: reader.document, context: "[[fact]]", allowList: true)
        }
    }

    private mutating func readFact(
        _ table: TOMLTable, raw: TOMLValue, document: TOMLDocument, context: TableContext, allowList: Bool
    ) -> FactDefinition? {
        var reader = TableReader(table, range: raw.range, document: document, context: context, vocabulary: .menu)
        defer { finish(&reader) }
        guard let id = readID(&reader) else { return nil }
        let title = reader.string("title")?.0 ?? id
        let required = reader.boolean("required")?.0 ?? true
        let cite = reader.string("cite")?.0
        let range = reader.value("range").flatMap { readRange($0, key: "range", in: document) }
        let kind: FactDefinition.Kind
        switch reader.string("type", required: true)?.0 {
        case "integer": kind = .integer(range)
        case "boolean": kind = .boolean
        case "string": kind = .string
        case "date": kind = .date
        case "list" where allowList:
            let fields = reader.tables("field").compactMap { field, fieldRaw in
                readFact(
                    field, raw: fieldRaw, document: document, context: TableContext("field of fact '", id, nil, "'"),
                    allowList: false)
            }
            kind = .list(fields)
        case let other?:
            let allowed = allowList ? "integer, boolean, string, date or list" : "integer, boolean, string or date"
            reader.report(
                MenuMessages.invalidValue(
                    "type", "is '\(other)'; expected \(allowed)", at: reader.span(table["type"]?.range ?? raw.range)))
            reader.abandon()
            return nil
        case nil:
            reader.abandon()
            return nil
        }
        noteDefinition("fact", id, key: .joining(context.text, ":", id), at: document.span(raw.range))
        var defaultValue: RuleValue?
        if let value = reader.value("default") {
            defaultValue = Self.factDefault(value, kind: kind)
            if defaultValue == nil {
                reader.report(
                    MenuMessages.invalidValue(
                        "default", "does not fit the fact's type or range", at: reader.span(value.range)))
            }
        }
        return FactDefinition(
            id: id, title: title, kind: kind, required: required && defaultValue == nil, defaultValue: defaultValue,
            cite: cite, span: document.span(raw.range))
    }

    static func factDefault(_ value: TOMLValue, kind: FactDefinition.Kind) -> RuleValue? {
        switch kind {
        case .integer(let range): ParameterValue.convert(value, to: .integer(range))
        case .boolean: ParameterValue.convert(value, to: .boolean)
        case .string: ParameterValue.convert(value, to: .string)
        case .date: ParameterValue.convert(value, to: .date)
        case .list: value.array?.isEmpty == true ? .list([]) : nil
        }
    }

    mutating func readQuestions(_ reader: inout TableReader) -> [ReportQuestion] {
        reader.tables("question").compactMap { table, raw in
            var item = TableReader(
                table, range: raw.range, document: reader.document, context: "[[question]]", vocabulary: .menu)
            defer { finish(&item) }
            guard let id = readID(&item) else { return nil }
            let text = item.string("text", required: true)?.0 ?? ""
            let required = item.boolean("required")?.0 ?? false
            let choices = item.stringArray("choices")?.0.map(\.0) ?? []
            let kind: ReportQuestion.Kind
            switch item.string("type", required: true)?.0 {
            case "text": kind = .text
            case "integer": kind = .integer
            case "boolean": kind = .boolean
            case "rating": kind = .rating
            case "choice": kind = .choice(choices)
            case let other?:
                item.report(
                    MenuMessages.invalidValue(
                        "type", "is '\(other)'; expected text, integer, boolean, rating or choice",
                        at: item.span(table["type"]?.range ?? raw.range)))
                item.abandon()
                return nil
            case nil:
                item.abandon()
                return nil
            }
            noteDefinition("question", id, key: .joining("question:", id), at: item.span(raw.range))
            return ReportQuestion(id: id, text: text, kind: kind, required: required, span: item.span(raw.range))
        }
    }
}
