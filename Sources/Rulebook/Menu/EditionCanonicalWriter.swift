import RuleLanguage
import TOML

/// Writes the canonical form of an edition that ``EditionDigest`` hashes (`docs/formats.md`, "Edition
/// digest"): one record per field, `key SP token LF`, in the model's declaration order.
///
/// Tokens: `-` absent, `+` present (its records follow), `t`/`f`, `i<integer>`, `d<YYYY-MM-DD>`,
/// `r<low>..<high>`, `n<count>` (a list: each item's records follow), `m<count>` (a record value: each
/// field's records follow), `s<byte count>:<UTF-8 bytes>`. Expressions are written as their canonical
/// printing (``RuleExpression/description``), so spacing and redundant brackets do not count.
struct EditionCanonicalWriter {
    /// The canonical form written so far (since the last chunk was hashed, when hashing).
    private(set) var bytes: [UInt8] = []
    /// When set, each chunk of about ``chunkSize`` bytes is hashed and dropped as soon as it is written, so
    /// the whole canonical form (as long as the edition's files) is never held or grown by copying.
    private var hasher: SHA256?
    private static let chunkSize = 32 * 1024

    /// A writer that keeps the canonical form in ``bytes``, or, with `hashing`, hashes it as it goes
    /// (``digestHex()``).
    init(hashing: Bool = false) {
        hasher = hashing ? SHA256() : nil
        if hashing { bytes.reserveCapacity(Self.chunkSize + 4096) }
    }

    /// The hex SHA-256 of everything written, for a writer made with `hashing`.
    mutating func digestHex() -> String {
        var hasher = hasher ?? SHA256()
        hasher.update(bytes)
        return hasher.finalizeHex()
    }

    mutating func write(_ edition: Edition) {
        text("format", EditionDigest.formatVersion)
        integer("schema_version", edition.schemaVersion)
        text("id", edition.id)
        text("title", edition.title)
        date("published", edition.published)
        text("supersedes", edition.supersedes)
        text("rule_book", edition.ruleBook)
        range("valid_years", edition.validYears)
        optional("agm_dates", edition.agmDates) { writer, dates in
            writer.date("agm_dates.from", dates.from)
            writer.date("agm_dates.until", dates.until)
            writer.text("agm_dates.next", dates.next)
            writer.text("agm_dates.cite", dates.cite)
        }
        text("intro", edition.intro)
        list("sections", edition.sections) { $0.write($1) }
        list("facts", edition.facts) { $0.write($1) }
        list("posts", edition.posts) { $0.write($1, as: "post") }
        list("votes", edition.votes) { $0.write($1, as: "vote") }
        list("approvals", edition.approvals) { $0.write($1, as: "approval") }
        list("matters", edition.matters) { $0.write($1, as: "matter") }
        write(edition.general)
        list("questions", edition.questions) { $0.write($1) }
        list("parts", edition.parts) { writer, part in
            writer.text("part.id", part.id)
            writer.text("part.title", part.title)
            writer.list("part.clauses", part.clauses) { $0.text("clause", $1) }
            writer.list("part.sections", part.sections) { $0.text("section", $1) }
        }
        optional("migration", edition.migration) { writer, migration in
            writer.text("migration.from", migration.from)
            writer.list("migration.changes", migration.changes) { writer, change in
                writer.text("change.from", change.from)
                writer.text("change.to", change.to)
                writer.text("change.note", change.note)
                writer.text("change.kind", change.kind.rawValue)
                writer.list("change.merged_from", change.mergedFrom) { $0.text("item", $1) }
                writer.text("change.replacement", change.replacement)
                writer.flag("change.replace", change.replaces)
            }
            writer.text("migration.note", migration.note)
            writer.list("migration.additions", migration.additions) { writer, addition in
                writer.text("add.id", addition.id)
                writer.text("add.value", try? TOMLWriter.value(addition.value.kind))
                writer.text("add.note", addition.note)
            }
        }
    }

    // MARK: - Records

    // Records are appended byte by byte: no token is built as a `String` first (a canonical form is about as
    // long as the edition's files, and the digest is worked out for every evaluation).

    private mutating func record(_ key: String, _ token: StaticString) {
        begin(key)
        token.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(0x0A)
    }

    /// `key` and the space after it, at the start of a record: where a full chunk is hashed, when hashing.
    private mutating func begin(_ key: String) {
        if hasher != nil, bytes.count >= Self.chunkSize {
            hasher?.update(bytes)
            bytes.removeAll(keepingCapacity: true)
        }
        append(key)
        bytes.append(0x20)
    }

    private mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// `value` in decimal, with a `-` when negative.
    private mutating func appendDecimal(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        let magnitude = value.magnitude
        var divisor: UInt = 1
        while magnitude / divisor >= 10 { divisor *= 10 }
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude / divisor % 10))
            divisor /= 10
        }
    }

    /// `s<byte count>:<bytes>`, or `-` when absent.
    mutating func text(_ key: String, _ value: String?) {
        guard var value else { return record(key, "-") }
        begin(key)
        bytes.append(UInt8(ascii: "s"))
        value.withUTF8 { utf8 in
            appendDecimal(utf8.count)
            bytes.append(UInt8(ascii: ":"))
            bytes.append(contentsOf: utf8)
        }
        bytes.append(0x0A)
    }

    mutating func integer(_ key: String, _ value: Int) {
        begin(key)
        bytes.append(UInt8(ascii: "i"))
        appendDecimal(value)
        bytes.append(0x0A)
    }

    mutating func flag(_ key: String, _ value: Bool) { record(key, value ? "t" : "f") }

    mutating func date(_ key: String, _ value: TOMLDate?) {
        guard let value else { return record(key, "-") }
        begin(key)
        bytes.append(UInt8(ascii: "d"))
        append(value.description)
        bytes.append(0x0A)
    }

    mutating func range(_ key: String, _ value: ClosedRange<Int>?) {
        guard let value else { return record(key, "-") }
        begin(key)
        bytes.append(UInt8(ascii: "r"))
        appendDecimal(value.lowerBound)
        bytes.append(contentsOf: [UInt8(ascii: "."), UInt8(ascii: ".")])
        appendDecimal(value.upperBound)
        bytes.append(0x0A)
    }

    /// `key` and a count token (`n` for a list, `m` for a record value).
    private mutating func count(_ key: String, _ marker: UInt8, _ count: Int) {
        begin(key)
        bytes.append(marker)
        appendDecimal(count)
        bytes.append(0x0A)
    }

    /// The expression's canonical printing as text, or `-`.
    mutating func expression(_ key: String, _ value: CompiledExpression?) {
        text(key, value?.expression.description)
    }

    /// `n<count>`, then each item's records.
    mutating func list<Item>(_ key: String, _ items: [Item], _ body: (inout Self, Item) -> Void) {
        count(key, UInt8(ascii: "n"), items.count)
        for item in items { body(&self, item) }
    }

    /// `+` and the value's records, or `-`.
    mutating func optional<Value>(_ key: String, _ value: Value?, _ body: (inout Self, Value) -> Void) {
        guard let value else { return record(key, "-") }
        record(key, "+")
        body(&self, value)
    }
}

// MARK: - The model

extension EditionCanonicalWriter {
    private mutating func write(_ section: Section) {
        text("section.id", section.id)
        text("section.title", section.title)
        text("section.intro", section.intro)
        text("section.choose", section.choose.rawValue)
        list("section.defaults", section.defaults) { $0.text("default", $1) }
        text("section.cite", section.cite)
        list("section.options", section.options) { $0.write($1) }
        list("section.parameters", section.parameters) { $0.write($1) }
        write(section.rules)
    }

    private mutating func write(_ option: Option) {
        text("option.id", option.id)
        text("option.title", option.title)
        text("option.summary", option.summary)
        text("option.advice", option.advice)
        expression("option.requires", option.requires)
        expression("option.excludes", option.excludes)
        list("option.approvals", option.approvals) { $0.text("approval", $1) }
        date("option.available_from", option.availableFrom)
        text("option.cite", option.cite)
    }

    private mutating func write(_ parameter: Parameter) {
        text("parameter.id", parameter.id)
        text("parameter.section", parameter.section)
        text("parameter.title", parameter.title)
        text("parameter.type", parameter.kind.name)
        switch parameter.kind {
        case .integer(let range): self.range("parameter.range", range)
        case .choice(let values): list("parameter.values", values) { $0.text("value", $1) }
        case .boolean, .string, .date: break
        }
        value("parameter.default", parameter.defaultValue)
        text("parameter.unit", parameter.unit)
        expression("parameter.applies", parameter.applies)
        expression("parameter.suggest", parameter.suggest)
        text("parameter.advice", parameter.advice)
        text("parameter.cite", parameter.cite)
    }

    private mutating func write(_ fact: FactDefinition) {
        text("fact.id", fact.id)
        text("fact.title", fact.title)
        switch fact.kind {
        case .integer(let range):
            text("fact.type", "integer")
            self.range("fact.range", range)
        case .boolean: text("fact.type", "boolean")
        case .string: text("fact.type", "string")
        case .date: text("fact.type", "date")
        case .list(let fields):
            text("fact.type", "list")
            list("fact.fields", fields) { $0.write($1) }
        }
        flag("fact.required", fact.required)
        value("fact.default", fact.defaultValue)
        text("fact.cite", fact.cite)
    }

    private mutating func write(_ item: NamedItem, as kind: String) {
        text(kind + ".id", item.id)
        text(kind + ".title", item.title)
        text(kind + ".summary", item.summary)
        text(kind + ".cite", item.cite)
    }

    private mutating func write(_ clause: Clause) {
        text("clause.id", clause.id)
        text("clause.title", clause.title)
        text("clause.section", clause.section)
        expression("clause.when", clause.when)
        template("clause.text", clause.text.template.nodes)
        text("clause.cite", clause.cite)
    }

    private mutating func write(_ rules: RuleSet) {
        list("constraints", rules.constraints) { $0.write($1) }
        list("derived", rules.derived) { writer, derived in
            writer.text("derived.id", derived.id)
            writer.text("derived.title", derived.title)
            writer.type("derived.type", derived.type)
            writer.expression("derived.value", derived.value)
            writer.optional("derived.because", derived.because) {
                $0.template("derived.because.text", $1.template.nodes)
            }
            writer.text("derived.section", derived.section)
        }
        list("clauses", rules.clauses) { $0.write($1) }
        // Written only when there are any, so an edition without branch clauses keeps the digest it had.
        if !rules.branchClauses.isEmpty {
            list("branch_clauses", rules.branchClauses) { writer, clause in
                writer.write(clause)
                writer.text("clause.branch_part", clause.branchPart)
            }
        }
        list("schedules", rules.schedules) { writer, schedule in
            writer.text("schedule.id", schedule.id)
            writer.text("schedule.title", schedule.title)
            writer.text("schedule.section", schedule.section)
            writer.text("schedule.clause", schedule.clause)
            writer.expression("schedule.when", schedule.when)
            writer.expression("schedule.rows", schedule.rows)
            writer.list("schedule.columns", schedule.columns) { writer, column in
                writer.text("column.title", column.title)
                writer.expression("column.value", column.value)
                writer.flag("column.total", column.total)
            }
            writer.text("schedule.empty", schedule.empty)
            writer.text("schedule.cite", schedule.cite)
        }
    }

    private mutating func write(_ constraint: Constraint) {
        text("constraint.id", constraint.id)
        text("constraint.section", constraint.section)
        text("constraint.code", constraint.code)
        expression("constraint.when", constraint.when)
        expression("constraint.require", constraint.require)
        text("constraint.severity", constraint.severity.rawValue)
        template("constraint.message", constraint.message.template.nodes)
        optional("constraint.because", constraint.because) {
            $0.template("constraint.because.text", $1.template.nodes)
        }
        text("constraint.cite", constraint.cite)
        text("constraint.fix", constraint.fix)
        text("constraint.rationale", constraint.rationale)
        list("constraint.pass", constraint.passExamples) { $0.text("example", $1.text) }
        list("constraint.fail", constraint.failExamples) { $0.text("example", $1.text) }
    }

    private mutating func write(_ question: ReportQuestion) {
        text("question.id", question.id)
        text("question.text", question.text)
        switch question.kind {
        case .text: text("question.type", "text")
        case .integer: text("question.type", "integer")
        case .boolean: text("question.type", "boolean")
        case .rating: text("question.type", "rating")
        case .choice(let choices):
            text("question.type", "choice")
            list("question.choices", choices) { $0.text("choice", $1) }
        }
        flag("question.required", question.required)
    }

    // MARK: Values, types and templates

    /// A rule value: `i`, `t`/`f`, `s`, `d`, a list (`n`, then `item` records) or a record (`m`, then
    /// `field.name` and `field.value` records); `-` when absent.
    private mutating func value(_ key: String, _ value: RuleValue?) {
        switch value {
        case nil: record(key, "-")
        case .integer(let number)?: integer(key, number)
        case .boolean(let flag)?: self.flag(key, flag)
        case .string(let string)?: text(key, string)
        case .date(let date)?: self.date(key, date)
        case .list(let items)?: list(key, items) { $0.value("item", $1) }
        case .record(let record)?:
            count(key, UInt8(ascii: "m"), record.fields.count)
            for field in record.fields {
                text("field.name", field.name)
                self.value("field.value", field.value)
            }
        }
    }

    /// A type: its name as text, then a list's item type, a record's fields, or a choice's values sorted.
    private mutating func type(_ key: String, _ type: RuleType) {
        text(key, type.description)
        switch type {
        case .list(let item): self.type(key + ".item", item)
        case .record(let record):
            list(key + ".fields", record.fields) { writer, field in
                writer.text("field.name", field.name)
                writer.type("field.type", field.type)
            }
        case .choice(let values): list(key + ".values", values.sorted()) { $0.text("value", $1) }
        case .integer, .boolean, .string, .date: break
        }
    }

    /// A template's nodes: text as written, expressions in canonical form, blocks with their branches.
    private mutating func template(_ key: String, _ nodes: [RuleTemplate.Node]) {
        list(key, nodes) { writer, node in
            switch node {
            case .text(let text): writer.text("node.text", text)
            case .value(let expression): writer.text("node.value", expression.description)
            case .when(let condition, let then, let otherwise):
                writer.text("node.when", condition.description)
                writer.template("node.then", then)
                writer.template("node.else", otherwise)
            case .each(let list, let body, let otherwise):
                writer.text("node.each", list.description)
                writer.template("node.body", body)
                writer.template("node.else", otherwise)
            }
        }
    }
}
