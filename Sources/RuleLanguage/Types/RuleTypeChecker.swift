import Diagnostics

/// Checks the types of rule expressions and templates against a ``RuleSchema``.
///
/// Every problem is reported (an unknown name does not hide a later type error), and an error already
/// reported is not reported again by the nodes around it.
public struct RuleTypeChecker: Sendable {
    /// The names and types the expressions may use.
    public var schema: RuleSchema

    /// A checker for expressions over `schema`.
    public init(schema: RuleSchema) {
        self.schema = schema
    }

    /// Checks one expression.
    ///
    /// - Parameters:
    ///   - expression: A tree from ``RuleParser/parse(_:)``.
    ///   - source: The text it was parsed from, for locating diagnostics.
    ///   - expecting: The type the expression must have (`.boolean` for a constraint), if any.
    /// - Returns: The expression's type (`nil` when it could not be worked out) and every problem found.
    public func check(
        _ expression: RuleExpression, source: RuleSource, expecting: RuleType? = nil
    ) -> (RuleType?, [Diagnostic]) {
        var walk = RuleTypeWalk(schema: schema, source: source, collectsReferences: false)
        let type = walk.check(expression, expecting: expecting)
        return (type, walk.diagnostics)
    }

    /// Checks one expression and also lists the schema names it reads, for dependency order and cycles.
    public func analyse(_ expression: RuleExpression, source: RuleSource, expecting: RuleType? = nil) -> RuleCheckResult
    {
        var walk = RuleTypeWalk(schema: schema, source: source)
        let type = walk.check(expression, expecting: expecting)
        return RuleCheckResult(type: type, diagnostics: walk.diagnostics, references: walk.references)
    }
}

/// What checking an expression or template found.
public struct RuleCheckResult: Sendable, Hashable {
    /// The expression's type; `nil` for a template, or when an error left it unknown.
    public var type: RuleType?
    /// Every problem found.
    public var diagnostics: [Diagnostic]
    /// Each schema name read, in order of appearance (repeats included), with where it was written.
    public var references: [RuleReference]
}

/// One use of a schema name in an expression.
public struct RuleReference: Sendable, Hashable {
    /// The declared name that the path starts with (`facts.branch` for `facts.branch.members`).
    public var name: String
    /// Where the whole path was written, in the ``RuleSource`` text.
    public var range: Range<Int>
}

/// The state of one check: the scopes opened by `where` and `{{#each}}`, and what has been found so far.
struct RuleTypeWalk {
    let schema: RuleSchema
    let source: RuleSource
    /// Whether to list the schema names read (only ``RuleTypeChecker/analyse(_:source:expecting:)`` needs them).
    let collectsReferences: Bool
    var scopes: [RecordType] = []
    var diagnostics: [Diagnostic] = []
    var references: [RuleReference] = []

    init(schema: RuleSchema, source: RuleSource, collectsReferences: Bool = true) {
        self.schema = schema
        self.source = source
        self.collectsReferences = collectsReferences
    }

    /// The type of `expression`, reporting a mismatch with `expected` if one is given.
    mutating func check(_ expression: RuleExpression, expecting expected: RuleType?) -> RuleType? {
        let found = type(of: expression)
        if let expected, let found, !found.conforms(to: expected) {
            report(.wrongType(expected: expected, found: found), at: expression.range)
        }
        return found
    }

    /// The type of `expression`, or `nil` if an error (already reported) leaves it unknown.
    mutating func type(of expression: RuleExpression) -> RuleType? {
        switch expression.kind {
        case .integer: return .integer
        case .string: return .string
        case .boolean: return .boolean
        case .date: return .date
        case .list(let items): return listType(items, range: expression.range)
        case .path(let name): return pathType(name, range: expression.range)
        case .unary(let op, let operand): return unaryType(op, operand)
        case .binary(let op, let left, let right, let operatorRange):
            return binaryType(op, left, right, operatorRange: operatorRange)
        case .conditional(let condition, let then, let otherwise):
            return conditionalType(condition, then, otherwise)
        case .call(let name, let arguments): return callType(name, arguments, range: expression.range)
        case .filter(let name?, let list, let predicate):
            return filterType(name, list: list, predicate: predicate, range: expression.range)
        case .filter(nil, let list, let predicate):
            return filteredType(list: list, predicate: predicate)
        case .invalid: return nil
        }
    }

    mutating func report(_ message: RuleMessage, at range: Range<Int>, notes: [Note] = [], fixIts: [FixIt] = []) {
        diagnostics.append(source.diagnostic(message, at: range, notes: notes, fixIts: fixIts))
    }

    // MARK: - Names

    /// Resolves a dotted name: first a field of a record in scope, then the longest declared prefix, whose
    /// value the rest of the path reads fields from.
    private mutating func pathType(_ name: String, range: Range<Int>) -> RuleType? {
        if !scopes.isEmpty {
            let first = name.firstDot().map { name[..<$0] } ?? name[...]
            for scope in scopes.reversed() {
                if let type = scope.type(ofField: first) {
                    return project(type, fields: name[first.endIndex...], owner: String(first), range: range)
                }
            }
        }
        if let type = schema.type(of: name) {
            if collectsReferences { references.append(RuleReference(name: name, range: range)) }
            return type
        }
        var end = name.endIndex
        while let dot = name[..<end].lastDot() {
            let prefix = String(name[..<dot])
            if let type = schema.type(of: prefix) {
                if collectsReferences { references.append(RuleReference(name: prefix, range: range)) }
                return project(type, fields: name[dot...], owner: prefix, range: range)
            }
            end = dot
        }
        let locals = scopes.flatMap { $0.fields.map(\.name) }
        let suggestion = RuleSuggester.suggestion(for: name, among: Array(schema.unsortedNames) + locals)
        let fixIts = suggestion.map { source.replacement(range, with: $0, summary: "replace with '\($0)'") } ?? []
        report(.unknownName(name, suggestion: suggestion), at: range, fixIts: fixIts)
        return nil
    }

    /// Reads `fields` (`.a.b`, or empty) as fields of `type`.
    private mutating func project(
        _ type: RuleType, fields: Substring, owner: String, range: Range<Int>
    ) -> RuleType? {
        var type = type
        var owner = owner
        for field in fields.split(separator: ".").map(String.init) {
            guard let next = type.projected(field) else {
                reportNoField(field, of: type, owner: owner, at: range)
                return nil
            }
            type = next
            owner += "." + field
        }
        return type
    }

    /// The type of `(base).name`; `field` is the ``RuleExpression/Kind/string(_:)`` node of the name.
    mutating func fieldType(_ base: RuleExpression, _ field: RuleExpression) -> RuleType? {
        let baseType = type(of: base)
        guard let baseType, case .string(let name) = field.kind else { return nil }
        if let type = baseType.projected(name) { return type }
        reportNoField(name, of: baseType, owner: base.abbreviatedDescription, at: field.range, offeringFix: true)
        return nil
    }

    /// Reports that `type`, read from `owner`, has no field `field`, with the nearest field if there is one
    /// (and, with `offeringFix`, a fix-it replacing `range` with it).
    private mutating func reportNoField(
        _ field: String, of type: RuleType, owner: String, at range: Range<Int>, offeringFix: Bool = false
    ) {
        guard let record = type.innermostRecord else {
            report(.noFields(owner, type: type, field: field), at: range)
            return
        }
        let suggestion = RuleSuggester.suggestion(for: field, among: record.fields.map(\.name))
        let fixIts =
            offeringFix
            ? suggestion.map { source.replacement(range, with: $0, summary: "replace with '\($0)'") } ?? [] : []
        report(.noField(owner, field, suggestion: suggestion), at: range, fixIts: fixIts)
    }

    /// A note describing the schema name `expression` reads, if it is a declared path with a note.
    func note(for expression: RuleExpression) -> Note? {
        guard let name = expression.pathName, let note = schema.note(for: name) else { return nil }
        return Note("'\(name)' is \(note)")
    }

    // MARK: - Lists, operators and conditionals

    private mutating func listType(_ items: [RuleExpression], range: Range<Int>) -> RuleType? {
        guard let first = items.first else {
            report(.emptyList(), at: range)
            return nil
        }
        var joined = type(of: first)
        for item in items.dropFirst() {
            guard let itemType = type(of: item) else { continue }
            guard let current = joined else {
                joined = itemType
                continue
            }
            if let both = current.joined(with: itemType) {
                joined = both
            } else {
                report(.listItemTypes(current, itemType), at: item.range)
            }
        }
        return joined.map { .list($0) }
    }

    private mutating func unaryType(_ op: RuleUnaryOperator, _ operand: RuleExpression) -> RuleType? {
        let expected: RuleType = op == .not ? .boolean : .integer
        if let found = type(of: operand), found != expected {
            let what = op == .not ? "a boolean" : "an integer"
            report(
                .operandTypes(op.spelling, expected: what, found: [found]), at: operand.range,
                notes: note(for: operand).map { [$0] } ?? [])
        }
        return expected
    }

    private mutating func conditionalType(
        _ condition: RuleExpression, _ then: RuleExpression, _ otherwise: RuleExpression
    ) -> RuleType? {
        if let found = type(of: condition), found != .boolean {
            report(.conditionNotBoolean("'if'", found: found), at: condition.range)
        }
        let thenType = type(of: then)
        let elseType = type(of: otherwise)
        guard let thenType, let elseType else { return thenType ?? elseType }
        guard let joined = thenType.joined(with: elseType) else {
            report(.branchTypesDiffer(thenType, elseType), at: otherwise.range)
            return nil
        }
        return joined
    }
}
