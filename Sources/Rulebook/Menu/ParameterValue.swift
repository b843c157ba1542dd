import Diagnostics
import RuleLanguage
import TOML

/// Converts a TOML value to a parameter's rule value, checking its type, range and allowed values.
///
/// Shared by the menu loader (defaults) and the selections loader (chosen values), so both say the same.
enum ParameterValue {
    static func convert(_ value: TOMLValue, to kind: Parameter.Kind) -> RuleValue? {
        switch (kind, value.kind) {
        case (.integer(let range), .integer(let number)):
            guard let int = Int(exactly: number), range?.contains(int) ?? true else { return nil }
            return .integer(int)
        case (.boolean, .boolean(let flag)): return .boolean(flag)
        case (.string, .string(let text, _)): return .string(text)
        case (.choice(let values), .string(let text, _)):
            return values.contains(text) ? .string(text) : nil
        case (.date, .dateTime(let dateTime)):
            guard dateTime.time == nil, let date = dateTime.date else { return nil }
            return .date(date)
        default: return nil
        }
    }

    /// The allowed value nearest to an out-of-range integer, or the closest-spelt choice, as TOML text.
    static func nearest(_ value: TOMLValue, kind: Parameter.Kind) -> String? {
        switch (kind, value.kind) {
        case (.integer(let range?), .integer(let number)):
            let clamped = min(max(Int(clamping: number), range.lowerBound), range.upperBound)
            return String(clamped)
        case (.choice(let values), .string(let text, _)):
            return NameSuggester.suggestion(for: text, among: values).map { "\"\($0)\"" }
        default:
            return nil
        }
    }

    /// Whether `value` has the right TOML type for `kind` (so a failed conversion is a range or choice problem).
    static func typeMatches(_ value: TOMLValue, kind: Parameter.Kind) -> Bool {
        switch (kind, value.kind) {
        case (.integer, .integer), (.boolean, .boolean), (.string, .string), (.choice, .string), (.date, .dateTime):
            true
        default: false
        }
    }

    /// Why `value` does not fit `kind`, phrased to follow the key name.
    static func problem(_ value: TOMLValue, kind: Parameter.Kind) -> String {
        switch (kind, value.kind) {
        case (.integer(let range?), .integer(let number)):
            return "is \(number) but must be between \(range.lowerBound) and \(range.upperBound)"
        case (.choice(let values), .string(let text, _)):
            let list = values.map { "'\($0)'" }.joined(separator: ", ")
            return "is '\(text)' but must be one of \(list)"
        default:
            return "must be \(article(kind)), found \(value.typeName)"
        }
    }

    static func article(_ kind: Parameter.Kind) -> String {
        switch kind {
        case .integer: "an integer"
        case .boolean: "true or false"
        case .string: "a string"
        case .date: "a date such as 2026-06-14"
        case .choice(let values): "one of " + values.map { "\"\($0)\"" }.joined(separator: ", ")
        }
    }
}
