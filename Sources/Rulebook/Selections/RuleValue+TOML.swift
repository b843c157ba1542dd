import Diagnostics
import RuleLanguage
import TOML

extension RuleValue {
    /// The value as ``TOMLWriter`` takes it: lists as arrays, records as inline tables, in their order.
    var tomlKind: TOMLValue.Kind {
        switch self {
        case .integer(let number): .integer(Int64(number))
        case .boolean(let flag): .boolean(flag)
        case .string(let text): .string(text, TextOffsetMap(base: 0))
        case .date(let date): .dateTime(TOMLDateTime(date: date, time: nil))
        case .list(let items): .array(items.map { TOMLValue($0.tomlKind, range: 0..<0) })
        case .record(let record):
            .table(
                TOMLTable(
                    record.fields.map {
                        TOMLTable.Entry(
                            key: $0.name, keyRange: 0..<0, value: TOMLValue($0.value.tomlKind, range: 0..<0))
                    }))
        }
    }
}

extension TOMLValue.Kind {
    /// A string value, for writing.
    static func text(_ text: String) -> TOMLValue.Kind { .string(text, TextOffsetMap(base: 0)) }

    /// A local date, for writing.
    static func date(year: Int, month: Int, day: Int) -> TOMLValue.Kind {
        .dateTime(TOMLDateTime(date: TOMLDate(year: year, month: month, day: day), time: nil))
    }
}
