import JSON
import Rulebook
import TOML

/// A JSON request body, read with the project's JSON reader, and the fields the API asks of it; every
/// missing or mistyped field is refused (422) with the field's name.
struct APIRequest {
    let body: JSONObject

    /// Reads `request`'s body, which must be one JSON object.
    init(_ request: HTTPRequest) throws(HTTPError) {
        let parsed = JSONParser.parse(bytes: request.body, path: "the request body")
        guard parsed.isValid, let root = parsed.document?.root else {
            let problem = parsed.diagnostics.first?.message ?? "it is not JSON"
            throw HTTPError(.badBody("the request body is not JSON: \(problem)"))
        }
        guard let object = root.object else { throw HTTPError(.badBody("the request body must be a JSON object")) }
        body = object
    }

    /// The string at `key`.
    func string(_ key: String) throws(HTTPError) -> String {
        guard let text = body[key]?.string else { throw HTTPError(.badBody("'\(key)' must be a string")) }
        return text
    }

    /// The string at `key`, or nil when it is absent or null.
    func optionalString(_ key: String) throws(HTTPError) -> String? {
        guard let value = body[key], !value.isNull else { return nil }
        return try string(key)
    }

    /// The whole number at `key`, at least 0 and at most `maximum`.
    func count(_ key: String, maximum: Int = 1_000_000) throws(HTTPError) -> Int {
        guard let number = body[key]?.number?.int64Value, number >= 0, number <= Int64(maximum) else {
            throw HTTPError(.badBody("'\(key)' must be a whole number from 0 to \(maximum)"))
        }
        return Int(number)
    }

    /// The value changes at `key` (absent: none), each `{"field": "section.key", "value": ..., "type": ...}`,
    /// as amendments: the value written as TOML by ``TOMLWriter`` and read back by ``SelectionsAmendment``.
    /// A list change is refused here: an amendment from the floor sets values only.
    func changes(_ key: String) throws(HTTPError) -> [SelectionsAmendment] {
        var amendments: [SelectionsAmendment] = []
        for (index, item) in try items(key).enumerated() {
            if let list = item.object?["list"] {
                throw HTTPError(
                    .badBody(
                        "change \(index + 1) in '\(key)' replaces the list \(list.string.map { "'\($0)'" } ?? "given"); "
                            + "an amendment sets values only, so change the list on the page and save it"))
            }
            amendments.append(try Self.amendment(item, number: index + 1, key: key))
        }
        return amendments
    }

    /// The list of changes at `key`, at most 1000; none when absent or null.
    func items(_ key: String) throws(HTTPError) -> [JSONNode] {
        guard let value = body[key], !value.isNull else { return [] }
        guard let items = value.array, items.count <= 1000 else {
            throw HTTPError(.badBody("'\(key)' must be a list of at most 1000 changes"))
        }
        return items
    }

    /// Change `number` in `key` as an amendment: `{"field": "section.key", "value": ..., "type": ...}`.
    static func amendment(_ item: JSONNode, number: Int, key: String) throws(HTTPError) -> SelectionsAmendment {
        guard let change = item.object, let field = change["field"]?.string, let raw = change["value"] else {
            throw HTTPError(
                .badBody(
                    "change \(number) in '\(key)' must be {\"field\": ..., \"value\": ...} or {\"list\": ..., \"records\": [...]}"
                ))
        }
        let literal = try tomlLiteral(raw, asDate: change["type"]?.string == "date", field: field)
        switch SelectionsAmendment.parse(field + "=" + literal) {
        case .success(let amendment): return amendment
        case .failure(let error): throw HTTPError(.badBody("change \(number) in '\(key)': \(error)"))
        }
    }

    /// `value` as one TOML literal: a boolean, an integer, a string (a date, bare, when `asDate` and it reads
    /// as one), or a list of strings.
    static func tomlLiteral(_ value: JSONNode, asDate: Bool, field: String) throws(HTTPError) -> String {
        switch value.kind {
        case .bool(let flag): return TOMLWriter.boolean(flag)
        case .number(let number):
            guard let integer = number.int64Value else {
                throw HTTPError(.badBody("the value for '\(field)' must be a whole number"))
            }
            return TOMLWriter.integer(integer)
        case .string(let text):
            if asDate, TOMLParser.parse("v = " + text, path: "date").document.root["v"]?.dateTime != nil,
                text.utf8.allSatisfy({ $0 == UInt8(ascii: "-") || ($0 >= 0x30 && $0 <= 0x39) })
            {
                return text
            }
            return TOMLWriter.string(text)
        case .array(let items):
            let texts = items.compactMap(\.string)
            guard texts.count == items.count else {
                throw HTTPError(.badBody("the list for '\(field)' must hold only strings"))
            }
            return "[" + texts.map(TOMLWriter.string).joined(separator: ", ") + "]"
        default:
            throw HTTPError(.badBody("the value for '\(field)' must be a boolean, a number, a string or a list"))
        }
    }
}
