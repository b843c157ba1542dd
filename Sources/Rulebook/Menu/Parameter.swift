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

        /// The type a `suggest` expression must have: a choice is suggested as text and checked against
        /// the values when it is offered.
        var suggestionType: RuleType {
            if case .choice = self { return .string }
            return ruleType
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

    public let id: String
    public let section: String
    /// `section.id`, the name expressions read it by (joined once, at load: evaluations bind it every time).
    public let qualifiedName: String
    public var title: String
    public var kind: Kind
    public var defaultValue: RuleValue?
    public var unit: String?
    public var applies: CompiledExpression?
    /// The answer the wizard offers when the secretary has given none and last year's file has none (the AGM
    /// month worked out from the AGM's date); it is never the value of a file that leaves the parameter out,
    /// which is always `defaultValue`.
    public var suggest: CompiledExpression?
    public var advice: String
    public var cite: String?
    public var span: SourceSpan

    /// The value `suggest` gives with `evaluator`, when it is one the parameter allows.
    public func suggestion(_ evaluator: RuleEvaluator) -> RuleValue? {
        guard let suggest, let value = evaluator.evaluate(suggest.expression).value else { return nil }
        switch (kind, value) {
        case (.choice(let values), .string(let text)): return values.contains(text) ? value : nil
        case (.integer(let range), .integer(let number)): return range?.contains(number) ?? true ? value : nil
        case (.boolean, .boolean), (.string, .string), (.date, .date): return value
        default: return nil
        }
    }

    init(
        id: String, section: String, title: String, kind: Kind, defaultValue: RuleValue?, unit: String?,
        applies: CompiledExpression?, suggest: CompiledExpression?, advice: String, cite: String?, span: SourceSpan
    ) {
        self.id = id
        self.section = section
        qualifiedName = section + "." + id
        self.title = title
        self.kind = kind
        self.defaultValue = defaultValue
        self.unit = unit
        self.applies = applies
        self.suggest = suggest
        self.advice = advice
        self.cite = cite
        self.span = span
    }
}
