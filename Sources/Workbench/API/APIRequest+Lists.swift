import Diagnostics
import JSON
import Rulebook
import TOML

/// List changes: `{"list": "officers", "records": [{"post": "chair", "name": "…", "woman": true}, …]}`, each
/// record checked against the list's fields (known fields, the right JSON type for each, text and count
/// within ``RecordList``'s limits); a field given as null or left out is not written.
extension APIRequest {
    /// The changes at `key` (absent: none), value changes and list changes in the order given. `lists` is
    /// asked for the file's lists only when a list change is there.
    func edits(_ key: String, lists: () throws(HTTPError) -> [RecordList]) throws(HTTPError) -> [SelectionsChange] {
        var known: [RecordList]?
        var edits: [SelectionsChange] = []
        for (index, item) in try items(key).enumerated() {
            guard let change = item.object, change["list"] != nil else {
                edits.append(.value(try Self.amendment(item, number: index + 1, key: key)))
                continue
            }
            if known == nil { known = try lists() }
            edits.append(.list(try Self.listChange(change, number: index + 1, key: key, lists: known ?? [])))
        }
        return edits
    }

    /// The list change `change`, its records in the list's field order.
    static func listChange(
        _ change: JSONObject, number: Int, key: String, lists: [RecordList]
    ) throws(HTTPError) -> ListReplacement {
        guard let name = change["list"]?.string else {
            throw HTTPError(.badBody("change \(number) in '\(key)': 'list' must name a list"))
        }
        guard let list = lists.first(where: { $0.name == name }) else {
            let names = lists.map { "'\($0.name)'" }.joined(separator: ", ")
            throw HTTPError(
                .badBody("change \(number) in '\(key)': there is no list '\(name)'; the lists are \(names)"))
        }
        for member in change.members where member.key != "list" && member.key != "records" {
            throw HTTPError(
                .badBody(
                    "change \(number) in '\(key)' has '\(member.key)'; a list change has only 'list' and 'records'"))
        }
        guard let items = change["records"]?.array else {
            throw HTTPError(.badBody("change \(number) in '\(key)': 'records' must be a list of records"))
        }
        guard items.count <= RecordList.maxRecords else {
            throw HTTPError(
                .badBody("the list '\(name)' may hold at most \(RecordList.maxRecords) records, not \(items.count)"))
        }
        var records: [[ListReplacement.Entry]] = []
        for (index, item) in items.enumerated() {
            records.append(try record(item, number: index + 1, list: list))
        }
        return ListReplacement(path: list.path, records: records)
    }

    /// Record `number` of `list`, its fields in the list's order.
    static func record(_ item: JSONNode, number: Int, list: RecordList) throws(HTTPError) -> [ListReplacement.Entry] {
        let at = "record \(number) of '\(list.name)'"
        guard let object = item.object else { throw HTTPError(.badBody("\(at) must be an object of fields")) }
        for member in object.members where list.field(member.key) == nil {
            let fields = list.fields.map { "'\($0.id)'" }.joined(separator: ", ")
            throw HTTPError(
                .badBody(
                    "\(at) has the field '\(member.key)', which '\(list.name)' does not have; its fields are \(fields)")
            )
        }
        var entries: [ListReplacement.Entry] = []
        for field in list.fields {
            guard let value = object[field.id], !value.isNull else { continue }
            entries.append(.init(key: field.id, value: try tomlValue(value, field: field, at: at)))
        }
        return entries
    }

    /// `value` as the TOML value `field` takes, or a refusal naming the field and what it must be.
    private static func tomlValue(_ value: JSONNode, field: RecordList.Field, at: String) throws(HTTPError)
        -> TOMLValue.Kind
    {
        let name = "'\(field.id)' in \(at)"
        switch field.kind {
        case .text, .choice:
            guard let text = value.string else { throw HTTPError(.badBody("\(name) must be a string")) }
            guard text.count <= RecordList.maxTextLength else {
                throw HTTPError(.badBody("\(name) must be at most \(RecordList.maxTextLength) characters"))
            }
            return .string(text, TextOffsetMap(base: 0))
        case .integer:
            guard let number = value.number?.int64Value else {
                throw HTTPError(.badBody("\(name) must be a whole number"))
            }
            return .integer(number)
        case .boolean:
            guard let flag = value.bool else { throw HTTPError(.badBody("\(name) must be true or false")) }
            return .boolean(flag)
        case .date:
            guard let text = value.string, text.utf8.count == 10, let date = localDate(text) else {
                throw HTTPError(.badBody("\(name) must be a date such as \"2026-06-14\""))
            }
            return .dateTime(date)
        }
    }

    /// `text` as a TOML local date, when it is written as one (`YYYY-MM-DD`) and is in the calendar.
    private static func localDate(_ text: String) -> TOMLDateTime? {
        guard text.utf8.allSatisfy({ $0 == UInt8(ascii: "-") || ($0 >= 0x30 && $0 <= 0x39) }) else { return nil }
        let parsed = TOMLParser.parse("v = " + text, path: "date")
        guard parsed.isValid, let date = parsed.document.root["v"]?.dateTime, date.time == nil else { return nil }
        return date
    }
}
