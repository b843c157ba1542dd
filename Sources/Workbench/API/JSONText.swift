import Diagnostics
import JSON

/// How the workbench writes JSON: answers are built as `Diagnostics.JSONValue` (the shape the engine's
/// `check --format json` fields already have) and written through the project's one JSON writer,
/// ``JSONWriter``, as ``JSONNode``s.
enum JSONText {
    /// `value` as compact JSON text; a value too deep to write (none the API builds) becomes an error object.
    static func write(_ value: JSONValue) -> String {
        do {
            return try JSONWriter().write(node(value))
        } catch {
            return "{\"error\":" + string(error.description) + "}"
        }
    }

    /// A JSON string literal for `text`, with the writer's escapes.
    static func string(_ text: String) -> String {
        (try? JSONWriter().write(JSONNode(.string(text), range: 0..<0))) ?? "\"\""
    }

    /// `value` as a node with empty ranges (made here, it has no place in any file).
    static func node(_ value: JSONValue) -> JSONNode {
        let nowhere = 0..<0
        switch value {
        case .null: return JSONNode(.null, range: nowhere)
        case .bool(let flag): return JSONNode(.bool(flag), range: nowhere)
        case .int(let number): return JSONNode(.number(JSONNumber(Int64(number))), range: nowhere)
        case .double(let number):
            return JSONNode(JSONNumber(number).map { .number($0) } ?? .null, range: nowhere)
        case .string(let text): return JSONNode(.string(text), range: nowhere)
        case .array(let items): return JSONNode(.array(items.map(node)), range: nowhere)
        case .object(let members):
            return JSONNode(
                .object(JSONObject(members.map { JSONMember(key: $0.0, keyRange: nowhere, value: node($0.1)) })),
                range: nowhere)
        }
    }
}
