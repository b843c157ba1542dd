/// The type of a rule-language value, checked when an edition loads.
///
/// There are no floats. A ``choice(_:)`` is a section's chosen option id: a string that can only be one of
/// the section's option ids, so comparing it with any other literal is caught before the menu ships.
public indirect enum RuleType: Sendable, Hashable, CustomStringConvertible {
    /// A whole number.
    case integer
    /// Yes or no.
    case boolean
    /// Text.
    case string
    /// A calendar date.
    case date
    /// A list whose items all have one type.
    case list(RuleType)
    /// A record with named fields, such as one branch or one officer.
    case record(RecordType)
    /// One of a fixed set of option ids; a list of choices is a multi-select section's choice.
    case choice(Set<String>)

    /// How messages name the type: `integer`, `list of string`, `record`, `choice`.
    public var description: String {
        switch self {
        case .integer: "integer"
        case .boolean: "boolean"
        case .string: "string"
        case .date: "date"
        case .list(let item): "list of \(item)"
        case .record: "record"
        case .choice: "choice"
        }
    }

    /// Whether a value of this type can stand where `other` is expected: equal types, a choice where a
    /// string is wanted, a choice where a choice with more options is wanted, and lists and records of those.
    public func conforms(to other: RuleType) -> Bool {
        switch (self, other) {
        case (.choice, .string): return true
        case (.choice(let mine), .choice(let theirs)): return mine.isSubset(of: theirs)
        case (.list(let mine), .list(let theirs)): return mine.conforms(to: theirs)
        case (.record(let mine), .record(let theirs)):
            guard mine.fields.count == theirs.fields.count else { return false }
            return zip(mine.fields, theirs.fields).allSatisfy { $0.name == $1.name && $0.type.conforms(to: $1.type) }
        default: return self == other
        }
    }

    /// The narrowest type both `self` and `other` conform to, if there is one (for `==`, lists and `if`).
    public func joined(with other: RuleType) -> RuleType? {
        switch (self, other) {
        case (.choice(let mine), .choice(let theirs)): return .choice(mine.union(theirs))
        case (.list(let mine), .list(let theirs)): return mine.joined(with: theirs).map { .list($0) }
        default:
            if conforms(to: other) { return other }
            if other.conforms(to: self) { return self }
            return nil
        }
    }

    /// Whether a value of this type can be shown in a template: a scalar, or a list of scalars.
    public var isShowable: Bool {
        switch self {
        case .integer, .boolean, .string, .date, .choice: true
        case .list(let item): item.isScalar
        case .record: false
        }
    }

    /// Integer, boolean, string, date or choice.
    public var isScalar: Bool {
        switch self {
        case .integer, .boolean, .string, .date, .choice: true
        case .list, .record: false
        }
    }

    /// The type of field `name` when projected from this type: a record's field, or a list of the field's
    /// values when this is a list of records (`facts.branch.members` is a list of integers).
    public func projected(_ name: String) -> RuleType? {
        switch self {
        case .record(let record): record.type(of: name)
        case .list(let item): item.projected(name).map { .list($0) }
        default: nil
        }
    }

    /// The record type of a list of records (at any depth), for field suggestions.
    var innermostRecord: RecordType? {
        switch self {
        case .record(let record): record
        case .list(let item): item.innermostRecord
        default: nil
        }
    }
}

/// The fields of a record type, in the order they were declared.
public struct RecordType: Sendable, Hashable {
    /// One named, typed field.
    public struct Field: Sendable, Hashable {
        /// The field's name, used by bare name inside `where` and `{{#each}}`.
        public var name: String
        /// The field's type.
        public var type: RuleType

        /// Creates a field.
        public init(name: String, type: RuleType) {
            self.name = name
            self.type = type
        }
    }

    /// The fields, in declaration order.
    public var fields: [Field]

    /// Creates a record type from `(name, type)` pairs, in order.
    public init(_ fields: [(String, RuleType)]) {
        self.fields = fields.map { Field(name: $0.0, type: $0.1) }
    }

    /// Creates a record type from fields.
    public init(fields: [Field]) {
        self.fields = fields
    }

    /// The type of field `name`, if the record has it.
    public func type(of name: String) -> RuleType? {
        fields.first { $0.name == name }?.type
    }

    /// The type of field `name`, without making a `String` of it.
    func type(ofField name: Substring) -> RuleType? {
        fields.first { $0.name == name }?.type
    }
}
