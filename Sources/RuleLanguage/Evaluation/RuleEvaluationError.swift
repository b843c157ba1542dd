import Diagnostics

/// Why an evaluation failed, and where: division by zero, overflow, a missing value, a value of the wrong
/// type. Evaluation never traps; every failure is one of these.
public struct RuleEvaluationError: Error, Sendable, Hashable, CustomStringConvertible {
    enum Reason: Sendable, Hashable {
        case divisionByZero(operation: String)
        case overflow(operation: String)
        case missingValue(name: String)
        case missingValueInScope(name: String, owner: String)
        case missingField(owner: String, field: String)
        case wrongTypes(operation: String, expected: String, found: [String])
        case emptyAggregate(function: String)
        case invalidExpression
    }

    let reason: Reason
    /// The range of the node that failed, in the ``RuleSource`` text.
    public let range: Range<Int>

    init(_ reason: Reason, at range: Range<Int>) {
        self.reason = reason
        self.range = range
    }

    /// The message's code and wording.
    public var message: RuleMessage {
        switch reason {
        case .divisionByZero(let operation): .divisionByZero(operation)
        case .overflow(let operation): .overflow(operation)
        case .missingValue(let name): .missingValue(name)
        case .missingValueInScope(let name, let owner): .missingValue(name, scope: owner)
        case .missingField(let owner, let field): .missingField(owner, field)
        case .wrongTypes(let operation, let expected, let found):
            .runtimeTypes(operation, expected: expected, found: found)
        case .emptyAggregate(let function): .emptyAggregate(function)
        case .invalidExpression: .invalidExpression()
        }
    }

    /// The stable code, `R3xx`.
    public var code: String { message.code }

    /// Whether the failure is an input left out of the selections (a name with no value, a record without a
    /// field the rule reads) rather than a problem with the values that are there.
    public var isMissingInput: Bool {
        switch reason {
        case .missingValue, .missingValueInScope, .missingField: true
        case .divisionByZero, .overflow, .wrongTypes, .emptyAggregate, .invalidExpression: false
        }
    }

    /// The name that had no value, when that is why evaluation failed (so a document can name it by title).
    public var missingName: String? {
        if case .missingValue(let name) = reason { return name }
        return nil
    }

    /// The message text.
    public var description: String { message.text }

    /// A diagnostic located in the file that `source` came from.
    public func diagnostic(in source: RuleSource) -> Diagnostic {
        source.diagnostic(message, at: range)
    }
}
