import Diagnostics
import RuleLanguage
import TOML

/// A value the CLP sets within a section (a number of meetings, a notice period), with range and default.
public struct Parameter: Sendable {
    /// The kind of value a parameter takes.
    public enum Kind: Sendable, Hashable {
        case integer(ClosedRange<Int>?)
        case boolean
        case string
        case date
        case choice([String])

        public var name: String {
            switch self {
            case .integer: "integer"
            case .boolean: "boolean"
            case .string: "string"
            case .date: "date"
            case .choice: "choice"
            }
        }

        var ruleType: RuleType {
            switch self {
            case .integer: .integer
            case .boolean: .boolean
            case .string: .string
            case .date: .date
            case .choice(let values): .choice(Set(values))
            }
        }
    }

    public var id: String
    public var section: String
    public var title: String
    public var kind: Kind
    public var defaultValue: RuleValue?
    public var unit: String?
    public var applies: CompiledExpression?
    public var advice: String
    public var cite: String?
    public var span: SourceSpan

    /// `section.id`, the name expressions read it by.
    public var qualifiedName: String { section + "." + id }
}
