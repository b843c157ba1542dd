import Diagnostics
import RuleLanguage

/// A fact the CLP states about itself (members, branches, affiliates) that the menu's rules read.
public struct FactDefinition: Sendable {
    /// The kind of value a fact holds.
    public indirect enum Kind: Sendable {
        case integer(ClosedRange<Int>?)
        case boolean
        case string
        case date
        case list([FactDefinition])

        var ruleType: RuleType {
            switch self {
            case .integer: .integer
            case .boolean: .boolean
            case .string: .string
            case .date: .date
            case .list(let fields): .list(.record(RecordType(fields.map { ($0.id, $0.kind.ruleType) })))
            }
        }
    }

    public var id: String
    public var title: String
    public var kind: Kind
    public var required: Bool
    /// The value used when the selections leave an optional fact out (stated in the menu, shown in reports).
    public var defaultValue: RuleValue?
    public var cite: String?
    public var span: SourceSpan
}

/// A question the secretary answers in the year-end report.
public struct ReportQuestion: Sendable {
    /// The kind of answer a question takes.
    public enum Kind: Sendable, Hashable {
        case text
        case integer
        case boolean
        case rating
        case choice([String])
    }

    public var id: String
    public var text: String
    public var kind: Kind
    public var required: Bool
    public var span: SourceSpan
}
