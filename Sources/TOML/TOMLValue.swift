import Diagnostics

/// One TOML value with the UTF-8 byte range it was written at.
///
/// For a table opened by a `[header]` the range is the header; for an implicit table (created by a
/// dotted key or a deeper header) it is the first key that created it.
public struct TOMLValue: Sendable, Hashable {
    public var kind: Kind
    /// Byte offsets into the document's text.
    public var range: Range<Int>

    public init(_ kind: Kind, range: Range<Int>) {
        self.kind = kind
        self.range = range
    }

    /// The shapes a TOML value can take.
    public indirect enum Kind: Sendable, Hashable {
        /// A string and the map from its decoded UTF-8 offsets to file offsets.
        case string(String, TextOffsetMap)
        case integer(Int64)
        case float(Double)
        case boolean(Bool)
        case dateTime(TOMLDateTime)
        case array([TOMLValue])
        case table(TOMLTable)
    }

    /// The TOML type name, as messages say it: `string`, `integer`, `float`, `boolean`, `offset date-time`,
    /// `local date-time`, `local date`, `local time`, `array`, `table`.
    public var typeName: String {
        switch kind {
        case .string: "string"
        case .integer: "integer"
        case .float: "float"
        case .boolean: "boolean"
        case .dateTime(let value): value.typeName
        case .array: "array"
        case .table: "table"
        }
    }

    public var string: String? {
        if case .string(let value, _) = kind { value } else { nil }
    }

    public var integer: Int64? {
        if case .integer(let value) = kind { value } else { nil }
    }

    public var boolean: Bool? {
        if case .boolean(let value) = kind { value } else { nil }
    }

    public var array: [TOMLValue]? {
        if case .array(let value) = kind { value } else { nil }
    }

    public var table: TOMLTable? {
        if case .table(let value) = kind { value } else { nil }
    }

    public var dateTime: TOMLDateTime? {
        if case .dateTime(let value) = kind { value } else { nil }
    }

    /// For a string value: the map from decoded offsets to file offsets.
    public var stringOffsets: TextOffsetMap? {
        if case .string(_, let map) = kind { map } else { nil }
    }
}
