import Diagnostics
import RuleLanguage
import TOML

extension SelectionsLoader {
    mutating func readFacts(_ table: TOMLTable, range: Range<Int>) -> [String: Selections.Located<RuleValue>] {
        var result: [String: Selections.Located<RuleValue>] = [:]
        let known = edition.facts.map(\.id)
        let knownSet = Set(known)
        let (document, edition) = (document, edition)
        for entry in table.entries where !knownSet.contains(entry.key) {
            reportUnknown(at: document.span(entry.keyRange)) {
                MigrationMessages.withMigrationHint(
                    SelectionsMessages.unknownName("fact", entry.key, known: known, at: document.span(entry.keyRange)),
                    item: "facts." + entry.key, edition: edition, file: document.source.path)
            }
        }
        for fact in edition.facts {
            guard let value = table[fact.id] else {
                if let value = fact.defaultValue {
                    result[fact.id] = .init(value: value, span: document.span(range))
                } else if case .list = fact.kind {
                    result[fact.id] = .init(value: .list([]), span: document.span(range))
                } else if fact.required {
                    diagnostics.append(
                        SelectionsMessages.factMissing(fact.id, title: fact.title, at: document.span(range)))
                }
                continue
            }
            if let converted = convert(value, fact: fact, path: "facts." + fact.id) {
                result[fact.id] = .init(value: converted, span: span(value))
            }
        }
        return result
    }

    /// Converts one fact (or record field) value, reporting what is wrong with it.
    /// `path` (`facts.branch.members`) is made only for a message.
    private mutating func convert(
        _ value: TOMLValue, fact: FactDefinition, path: @autoclosure () -> String
    ) -> RuleValue? {
        switch (fact.kind, value.kind) {
        case (.integer(let range), .integer(let number)):
            guard let int = Int(exactly: number), range?.contains(int) ?? true else {
                let bounds = range.map { "between \($0.lowerBound) and \($0.upperBound)" } ?? "a 64-bit integer"
                diagnostics.append(
                    SelectionsMessages.wrongValue(
                        path(), problem: "is \(number) but must be \(bounds)", at: span(value),
                        nearest: nil))
                return nil
            }
            return .integer(int)
        case (.boolean, .boolean(let flag)): return .boolean(flag)
        case (.string, .string(let text, _)): return .string(text)
        case (.date, .dateTime(let dateTime)) where dateTime.time == nil && dateTime.date != nil:
            return dateTime.date.map(RuleValue.date)
        case (.list(let fields), .array(let items)):
            let path = path()
            return .list(items.compactMap { readRecord($0, fields: fields, path: path) })
        default:
            diagnostics.append(
                SelectionsMessages.wrongType(path(), expected: Self.describe(fact.kind), found: value, at: span(value)))
            return nil
        }
    }

    /// One branch, affiliate or other record. A field that is missing or bad is reported here, once, and left
    /// out of the record, which is kept: rules that count the records still see it, and a rule reading the
    /// field finds it missing and stays quiet (``RuleEvaluationError/isMissingInput``), so nothing downstream
    /// is reported as if the record were not there.
    private mutating func readRecord(_ item: TOMLValue, fields: [FactDefinition], path: String) -> RuleValue? {
        guard let table = item.table else {
            diagnostics.append(
                SelectionsMessages.wrongType(path, expected: "a table ([[\(path)]])", found: item, at: span(item)))
            return nil
        }
        let known = fields.map(\.id)
        let document = document
        for entry in table.entries where !known.contains(entry.key) {
            reportUnknown(at: document.span(entry.keyRange)) {
                SelectionsMessages.unknownName(
                    "field", entry.key, known: known, at: document.span(entry.keyRange), extra: " in [[\(path)]]")
            }
        }
        var values: [(String, RuleValue)] = []
        for field in fields {
            guard let value = table[field.id] else {
                diagnostics.append(
                    SelectionsMessages.missingKey(field.id, context: "this [[\(path)]] entry", at: span(item)))
                continue
            }
            if let converted = convert(value, fact: field, path: path + "." + field.id) {
                values.append((field.id, converted))
            }
        }
        return .record(RuleRecord(values))
    }

    static func describe(_ kind: FactDefinition.Kind) -> String {
        switch kind {
        case .integer: "an integer"
        case .boolean: "true or false"
        case .string: "a string"
        case .date: "a date such as 2026-06-14"
        case .list: "an array of tables"
        }
    }
}
