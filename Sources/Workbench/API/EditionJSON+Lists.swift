import Diagnostics
import Rulebook

/// The edition's lists as the page lays them out: each with its title, the noun for one record, and its
/// fields (type, range, the closed set of choices with their titles, whether the engine requires it).
extension EditionJSON {
    static func lists(_ edition: Edition) -> JSONValue {
        .array(
            RecordList.all(in: edition).map { list in
                .object([
                    ("list", .string(list.name)), ("title", .string(list.title)), ("noun", .string(list.noun)),
                    ("fields", .array(list.fields.map(field))),
                ])
            })
    }

    private static func field(_ field: RecordList.Field) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("id", .string(field.id)), ("title", .string(field.title)), ("required", .bool(field.required)),
        ]
        switch field.kind {
        case .text: members.append(("type", .string("string")))
        case .integer(let range):
            members += [
                ("type", .string("integer")), ("min", range.map { .int($0.lowerBound) } ?? .null),
                ("max", range.map { .int($0.upperBound) } ?? .null),
            ]
        case .boolean: members.append(("type", .string("boolean")))
        case .date: members.append(("type", .string("date")))
        case .choice(let choices):
            members += [
                ("type", .string("choice")),
                ("choices", .array(choices.map { .object([("id", .string($0.id)), ("title", .string($0.title))]) })),
            ]
        }
        return .object(members)
    }
}
