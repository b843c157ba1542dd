/// One JSON value with the UTF-8 byte range it was written at.
///
/// Named `JSONNode` rather than `JSONValue` because `Diagnostics` already has a `JSONValue` (the small writer
/// behind `--format json`), and a module importing both would find the name ambiguous.
public struct JSONNode: JSONValueReading, Sendable, Hashable {
    public var kind: Kind
    /// Byte offsets into the document's text: from the first byte of the value to just past its last.
    public var range: Range<Int>

    public init(_ kind: Kind, range: Range<Int>) {
        self.kind = kind
        self.range = range
    }

    /// The shapes a JSON value can take.
    public enum Kind: Sendable, Hashable {
        case null
        case bool(Bool)
        /// A number as written; ``JSONNumber`` converts it and reports a value out of range.
        case number(JSONNumber)
        case string(String)
        case array([JSONNode])
        case object(JSONObject)
    }

    /// The JSON type name, as messages say it: `null`, `boolean`, `number`, `string`, `array`, `object`.
    public var typeName: String {
        switch kind {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    public var isNull: Bool {
        if case .null = kind { true } else { false }
    }

    public var bool: Bool? {
        if case .bool(let value) = kind { value } else { nil }
    }

    public var number: JSONNumber? {
        if case .number(let value) = kind { value } else { nil }
    }

    public var string: String? {
        if case .string(let value) = kind { value } else { nil }
    }

    public var array: [JSONNode]? {
        if case .array(let value) = kind { value } else { nil }
    }

    public var object: JSONObject? {
        if case .object(let value) = kind { value } else { nil }
    }

}

/// What ``JSONNode`` and ``JSONTape/Value`` share: a value's range, type name and number, and the located
/// number conversions built on them, so code can read either.
public protocol JSONValueReading {
    /// Byte offsets into the file: from the first byte of the value to just past its last.
    var range: Range<Int> { get }
    /// The JSON type name, as messages say it: `null`, `boolean`, `number`, `string`, `array`, `object`.
    var typeName: String { get }
    /// The number as written; nil for any other value.
    var number: JSONNumber? { get }
}

extension JSONValueReading {
    /// The number as a 64-bit integer, or an error located at this value.
    ///
    /// - Throws: ``JSONValueError`` when the value is not a number, not a whole number, or outside `Int64`.
    public func int64() throws(JSONValueError) -> Int64 {
        guard let number else { throw JSONValueError(.notANumber(typeName), range: range) }
        return try number.int64(at: range)
    }

    /// The number as a `Double`, or an error located at this value.
    ///
    /// - Throws: ``JSONValueError`` when the value is not a number or is too large (or too small) for a `Double`.
    public func double() throws(JSONValueError) -> Double {
        guard let number else { throw JSONValueError(.notANumber(typeName), range: range) }
        return try number.double(at: range)
    }
}
