import RuleLanguage

/// One derived value as computed for a CLP's year: its definition, its value (nil when its inputs are
/// missing or invalid, which has been reported where they are written), and the inputs it read.
public struct DerivedResult: Sendable {
    /// The menu's definition (id, title, expression).
    public var definition: DerivedValue
    /// The value, when it could be computed.
    public var value: RuleValue?
    /// The names it read, each with its value, in first-read order; empty when the evaluation did not
    /// explain derived values (``ValidationExplanations/derivedValues``).
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

    /// What it was worked out from, in words: each input by the menu's title with its value
    /// ("Individual members: 960"), for the schedule of values when the menu gives no `because`.
    func inputsText(in edition: Edition, bindings: RuleBindings) -> String {
        let names = ReadableNames(edition: edition, bindings: bindings)
        return inputs.map { input in
            "\(names.title(of: input.name)): \(names.words(for: input.value, of: input.name))"
        }.joined(separator: "; ")
    }
}
