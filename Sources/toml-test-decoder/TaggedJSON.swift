import Diagnostics
import TOML

/// toml-test's "tagged JSON": tables are objects, arrays are arrays, and every scalar is
/// `{"type": T, "value": S}` with the value written as a string.
enum TaggedJSON {
    static func table(_ table: TOMLTable) -> JSONValue {
        .object(table.entries.map { ($0.key, value($0.value)) })
    }

    static func value(_ value: TOMLValue) -> JSONValue {
        switch value.kind {
        case .string(let text, _): tagged("string", text)
        case .integer(let integer): tagged("integer", String(integer))
        case .float(let float): tagged("float", floatText(float))
        case .boolean(let boolean): tagged("bool", boolean ? "true" : "false")
        case .dateTime(let dateTime): tagged(dateTimeType(dateTime), dateTime.description)
        case .array(let elements): .array(elements.map(Self.value))
        case .table(let table): Self.table(table)
        }
    }

    private static func tagged(_ type: String, _ value: String) -> JSONValue {
        .object([("type", .string(type)), ("value", .string(value))])
    }

    /// `inf`, `-inf`, `nan`, or the shortest decimal that reads back as the same double.
    static func floatText(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        return value.description
    }

    private static func dateTimeType(_ value: TOMLDateTime) -> String {
        switch (value.date != nil, value.time != nil, value.offsetMinutes != nil) {
        case (true, true, true): "datetime"
        case (true, true, false): "datetime-local"
        case (true, false, _): "date-local"
        default: "time-local"
        }
    }
}
