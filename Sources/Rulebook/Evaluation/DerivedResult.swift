import RuleLanguage

/// One derived value as computed for a CLP's year: its definition, its value (nil when its inputs are
/// missing or invalid, which has been reported where they are written), and the inputs it read.
public struct DerivedResult: Sendable {
    /// The menu's definition (id, title, expression).
    public var definition: DerivedValue
    /// The value, when it could be computed.
    public var value: RuleValue?
    /// The names it read, each with its value, in first-read order.
    public var inputs: [(name: String, value: RuleValue)]
    /// The menu's own account of how it was worked out, with this year's values (nil when the menu gives
    /// none, or a value it names is missing).
    public var because: String?

    public init(
        definition: DerivedValue, value: RuleValue?, inputs: [(name: String, value: RuleValue)], because: String? = nil
    ) {
        self.definition = definition
        self.value = value
        self.inputs = inputs
        self.because = because
    }

    /// `quorum`.
    public var id: String { definition.id }

    /// The inputs that are single values (numbers, yes/no, text, dates).
    public var scalarInputs: [(name: String, value: RuleValue)] {
        inputs.filter { if case .list = $0.value { false } else { true } }
    }

    /// The inputs that are lists (branches, officers), which explanations name with their length.
    public var listInputs: [(name: String, value: RuleValue)] {
        inputs.filter { if case .list = $0.value { true } else { false } }
    }

    /// The values it read, in words: `standing_orders.quorum_value = 5, officers (14 entries)`.
    public var inputsText: String {
        inputs.map { input in
            if case .list(let items) = input.value {
                return "\(input.name) (\(items.count) \(items.count == 1 ? "entry" : "entries"))"
            }
            return "\(input.name) = \(RuleValueFormatter.quoted(input.value))"
        }.joined(separator: ", ")
    }
}
