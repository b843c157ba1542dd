import Diagnostics
import Rulebook

/// An edition as the page lays it out: its facts, then each section with its options (summary and advice)
/// and settings (type, range or choices, unit, default, advice). Text is sent as text; the page inserts it
/// with `textContent`.
enum EditionJSON {
    static func describe(_ edition: Edition) -> JSONValue {
        .object([
            ("id", .string(edition.id)), ("title", .string(edition.title)),
            ("facts", .array(edition.facts.filter(\.isScalar).map(fact))),
            ("sections", .array(edition.sections.map(section))), ("lists", lists(edition)),
        ])
    }

    private static func fact(_ fact: FactDefinition) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("field", .string("facts." + fact.id)), ("title", .string(fact.title)), ("required", .bool(fact.required)),
        ]
        switch fact.kind {
        case .integer(let range): fields += [("type", .string("integer"))] + bounds(range)
        case .boolean: fields.append(("type", .string("boolean")))
        case .string: fields.append(("type", .string("string")))
        case .date: fields.append(("type", .string("date")))
        case .list: fields.append(("type", .string("list")))
        }
        return .object(fields)
    }

    private static func section(_ section: Section) -> JSONValue {
        .object([
            ("id", .string(section.id)), ("title", .string(section.title)), ("intro", .string(section.intro)),
            ("choose", .string(section.choose.rawValue)),
            ("field", section.choiceName.map(JSONValue.string) ?? .null),
            ("defaults", .array(section.defaults.map(JSONValue.string))),
            (
                "options",
                .array(
                    section.options.map {
                        .object([
                            ("id", .string($0.id)), ("title", .string($0.title)), ("summary", .string($0.summary)),
                            ("advice", .string($0.advice)),
                        ])
                    })
            ),
            ("settings", .array(section.parameters.map(setting))),
        ])
    }

    private static func setting(_ parameter: Parameter) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("field", .string(parameter.qualifiedName)), ("title", .string(parameter.title)),
            ("type", .string(parameter.kind.name)), ("unit", parameter.unit.map(JSONValue.string) ?? .null),
            ("default", parameter.defaultValue.map(YearEvaluation.json) ?? .null),
            ("advice", .string(parameter.advice)),
        ]
        switch parameter.kind {
        case .integer(let range): fields += bounds(range)
        case .choice(let values): fields.append(("choices", .array(values.map(JSONValue.string))))
        default: break
        }
        return .object(fields)
    }

    private static func bounds(_ range: ClosedRange<Int>?) -> [(String, JSONValue)] {
        [("min", range.map { .int($0.lowerBound) } ?? .null), ("max", range.map { .int($0.upperBound) } ?? .null)]
    }
}

extension FactDefinition {
    /// Whether the fact is one value (not a list of records, which the page edits as a list: ``RecordList``).
    var isScalar: Bool {
        if case .list = kind { return false }
        return true
    }
}
