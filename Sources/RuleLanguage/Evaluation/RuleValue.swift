import TOML

/// A value that an expression reads or produces.
///
/// A section's choice is a ``string(_:)`` holding the option id; a multi-select section's choice is a
/// ``list(_:)`` of strings. Records keep their fields in order.
public indirect enum RuleValue: Sendable, Hashable {
    /// A whole number.
    case integer(Int)
    /// Yes or no.
    case boolean(Bool)
    /// Text, or an option id.
    case string(String)
    /// A calendar date.
    case date(TOMLDate)
    /// A list.
    case list([RuleValue])
    /// A record, such as one branch or one officer.
    case record(RuleRecord)

    /// How messages name the value's kind: `integer`, `boolean`, `string`, `date`, `list`, `record`.
    public var typeName: String {
        switch self {
        case .integer: "integer"
        case .boolean: "boolean"
        case .string: "string"
        case .date: "date"
        case .list: "list"
        case .record: "record"
        }
    }
}

/// A record value: named fields in order.
public struct RuleRecord: Sendable, Hashable {
    /// One named field.
    public struct Field: Sendable, Hashable {
        /// The field's name.
        public var name: String
        /// The field's value.
        public var value: RuleValue

        /// Creates a field.
        public init(name: String, value: RuleValue) {
            self.name = name
            self.value = value
        }
    }

    /// The fields, in order.
    public var fields: [Field]

    /// Creates a record from `(name, value)` pairs, in order.
    public init(_ fields: [(String, RuleValue)]) {
        self.fields = fields.map { Field(name: $0.0, value: $0.1) }
    }

    /// Creates a record from fields.
    public init(fields: [Field]) {
        self.fields = fields
    }

    /// The value of field `name`, if the record has it.
    public subscript(name: String) -> RuleValue? {
        fields.first { $0.name == name }?.value
    }

    /// The value of field `name`, without making a `String` of it.
    func value(ofField name: Substring) -> RuleValue? {
        fields.first { $0.name == name }?.value
    }
}

extension RuleValue: ExpressibleByIntegerLiteral, ExpressibleByStringLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral
{
    /// An integer value from a literal.
    public init(integerLiteral value: Int) { self = .integer(value) }
    /// A string value from a literal.
    public init(stringLiteral value: String) { self = .string(value) }
    /// A boolean value from a literal.
    public init(booleanLiteral value: Bool) { self = .boolean(value) }
    /// A list value from a literal.
    public init(arrayLiteral elements: RuleValue...) { self = .list(elements) }
}
