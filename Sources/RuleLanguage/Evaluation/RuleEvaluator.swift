/// Evaluates rule expressions against a CLP's values.
///
/// Evaluation never traps: division by zero, overflow, a missing value or a value of the wrong type is a
/// ``RuleEvaluationError`` carrying the failing node's range. `and` and `or` stop as soon as the answer is
/// known, and `if` evaluates only the branch it takes.
public struct RuleEvaluator: Sendable {
    /// The values expressions read.
    public var bindings: RuleBindings

    /// An evaluator over `bindings`.
    public init(bindings: RuleBindings) {
        self.bindings = bindings
    }

    /// Evaluates `expression`.
    ///
    /// - Parameter tracesReads: Whether to list the names read; false for a caller that needs only the answer
    ///   (most of a check's rules hold, and what a rule read matters only when it fails).
    /// - Returns: The value or the error, and the bound names read on the way (in first-read order,
    ///   without repeats, none when not traced), so a failed constraint can point at every input that
    ///   contributed.
    public func evaluate(_ expression: RuleExpression, tracesReads: Bool = true) -> RuleEvaluation {
        var walk = RuleEvaluationWalk(bindings: bindings, tracesReads: tracesReads)
        do throws(RuleEvaluationError) {
            let value = try walk.value(of: expression)
            return RuleEvaluation(result: .success(value), reads: walk.reads)
        } catch {
            return RuleEvaluation(result: .failure(error), reads: walk.reads)
        }
    }
}

/// The outcome of one evaluation.
public struct RuleEvaluation: Sendable, Hashable {
    /// The value, or why there is none.
    public var result: Result<RuleValue, RuleEvaluationError>
    /// The bound names read, in first-read order, without repeats (`facts.branch` for `facts.branch.members`).
    public var reads: [String]

    /// The value, if evaluation succeeded.
    public var value: RuleValue? {
        if case .success(let value) = result { return value }
        return nil
    }

    /// The error, if evaluation failed.
    public var error: RuleEvaluationError? {
        if case .failure(let error) = result { return error }
        return nil
    }

    /// The value as a yes/no, if evaluation succeeded with a boolean.
    public var boolean: Bool? {
        if case .success(.boolean(let value)) = result { return value }
        return nil
    }
}

/// The state of one evaluation: the records in scope inside `where` and `{{#each}}`, and the names read.
struct RuleEvaluationWalk {
    /// The record in scope inside `where` or `{{#each}}`, and the list it came from, for messages.
    struct Scope {
        var record: RuleRecord
        var owner: String
    }

    let bindings: RuleBindings
    var scopes: [Scope] = []
    private(set) var reads: [String] = []
    private var readSet: Set<String> = []
    /// Whether ``reads`` is kept (not for an answer alone, nor for plain rendering).
    private let tracesReads: Bool

    init(bindings: RuleBindings, tracesReads: Bool = true) {
        self.bindings = bindings
        self.tracesReads = tracesReads
    }

    mutating func value(of expression: RuleExpression) throws(RuleEvaluationError) -> RuleValue {
        let range = expression.range
        switch expression.kind {
        case .integer(let value): return .integer(value)
        case .string(let value): return .string(value)
        case .boolean(let value): return .boolean(value)
        case .date(let value): return .date(value)
        case .list(let items):
            var values: [RuleValue] = []
            values.reserveCapacity(items.count)
            for item in items { values.append(try value(of: item)) }
            return .list(values)
        case .path(let name): return try pathValue(name, range: range)
        case .unary(let op, let operand): return try unaryValue(op, operand, range: range)
        case .binary(let op, let left, let right, _): return try binaryValue(op, left, right, range: range)
        case .conditional(let condition, let then, let otherwise):
            let chosen = try boolean(condition, for: "if") ? then : otherwise
            return try value(of: chosen)
        case .call(let name, let arguments): return try callValue(name, arguments, range: range)
        case .filter(let name?, let list, let predicate):
            return try filterValue(name, list: list, predicate: predicate, range: range)
        case .filter(nil, let list, let predicate):
            return try filteredValue(list: list, predicate: predicate)
        case .invalid: throw RuleEvaluationError(.invalidExpression, at: range)
        }
    }

    // MARK: - Typed helpers

    mutating func boolean(_ expression: RuleExpression, for operation: String) throws(RuleEvaluationError) -> Bool {
        let found = try value(of: expression)
        guard case .boolean(let value) = found else {
            throw RuleEvaluationError(
                .wrongTypes(operation: operation, expected: "a boolean", found: [found.typeName]), at: expression.range)
        }
        return value
    }

    mutating func integer(_ expression: RuleExpression, for operation: String) throws(RuleEvaluationError) -> Int {
        let found = try value(of: expression)
        guard case .integer(let value) = found else {
            throw RuleEvaluationError(
                .wrongTypes(operation: operation, expected: "integers", found: [found.typeName]), at: expression.range)
        }
        return value
    }

    mutating func string(_ expression: RuleExpression, for operation: String) throws(RuleEvaluationError) -> String {
        let found = try value(of: expression)
        guard case .string(let value) = found else {
            throw RuleEvaluationError(
                .wrongTypes(operation: operation, expected: "a string", found: [found.typeName]), at: expression.range)
        }
        return value
    }

    mutating func list(_ expression: RuleExpression, for operation: String) throws(RuleEvaluationError) -> [RuleValue] {
        let found = try value(of: expression)
        guard case .list(let items) = found else {
            throw RuleEvaluationError(
                .wrongTypes(operation: operation, expected: "a list", found: [found.typeName]), at: expression.range)
        }
        return items
    }

    // MARK: - Names

    /// Resolves a dotted name as the type checker does: a field of a record in scope, else the longest bound
    /// prefix, whose value the rest of the path reads fields from.
    private mutating func pathValue(_ name: String, range: Range<Int>) throws(RuleEvaluationError) -> RuleValue {
        if !scopes.isEmpty {
            let first = name.firstDot().map { name[..<$0] } ?? name[...]
            for scope in scopes.reversed() {
                if let value = scope.record.value(ofField: first) {
                    return try project(value, fields: name[first.endIndex...], owner: String(first), range: range)
                }
            }
        }
        if let value = bindings[name] {
            noteRead(name)
            return value
        }
        var end = name.endIndex
        while let dot = name[..<end].lastDot() {
            let prefix = String(name[..<dot])
            if let value = bindings[prefix] {
                noteRead(prefix)
                return try project(value, fields: name[dot...], owner: prefix, range: range)
            }
            end = dot
        }
        if let scope = scopes.last {
            throw RuleEvaluationError(.missingValueInScope(name: name, owner: scope.owner), at: range)
        }
        throw RuleEvaluationError(.missingValue(name: name), at: range)
    }

    /// An expression reads a handful of names: they are found in ``reads`` by comparison, which is cheaper
    /// than hashing each into a set (and growing it), until there are more than a few.
    private mutating func noteRead(_ name: String) {
        guard tracesReads else { return }
        if reads.count < Self.readsScannedInOrder {
            if !reads.contains(name) { reads.append(name) }
            return
        }
        if readSet.isEmpty { readSet = Set(reads) }
        if readSet.insert(name).inserted { reads.append(name) }
    }

    /// How many names ``noteRead(_:)`` compares one by one before it keeps a set.
    static let readsScannedInOrder = 16

    /// Reads `fields` (`.a.b`, or empty) from `value`.
    private func project(
        _ value: RuleValue, fields: Substring, owner: String, range: Range<Int>
    ) throws(RuleEvaluationError) -> RuleValue {
        var value = value
        var owner = owner
        for field in fields.dottedParts().map(String.init) {
            value = try Self.field(field, of: value, owner: owner, range: range)
            owner += "." + field
        }
        return value
    }

    /// Field `name` of a record, or of every record in a (nested) list.
    ///
    /// - Parameter owner: What the value came from, for a message only: written out when one is made (writing
    ///   out the expression before every `.name` after a bracket or call was 3 % of an `impact`).
    static func field(
        _ name: String, of value: RuleValue, owner: @autoclosure () -> String, range: Range<Int>
    ) throws(RuleEvaluationError) -> RuleValue {
        switch value {
        case .record(let record):
            guard let field = record[name] else {
                throw RuleEvaluationError(.missingField(owner: owner(), field: name), at: range)
            }
            return field
        case .list(let items):
            var values: [RuleValue] = []
            values.reserveCapacity(items.count)
            for item in items { values.append(try field(name, of: item, owner: owner(), range: range)) }
            return .list(values)
        default:
            throw RuleEvaluationError(
                .wrongTypes(
                    operation: owner() + "." + name, expected: "a record",
                    found: [value.typeName]),
                at: range)
        }
    }

    // MARK: - Operators

    private mutating func unaryValue(
        _ op: RuleUnaryOperator, _ operand: RuleExpression, range: Range<Int>
    ) throws(RuleEvaluationError) -> RuleValue {
        switch op {
        case .not:
            return .boolean(!(try boolean(operand, for: "not")))
        case .negate:
            let (result, overflow) = 0.subtractingReportingOverflow(try integer(operand, for: "-"))
            if overflow { throw RuleEvaluationError(.overflow(operation: "-"), at: range) }
            return .integer(result)
        }
    }
}
