/// The one way clpconf writes TOML: every value, key and comment that goes into a TOML file is spelt here,
/// so whatever a string holds it reads back as the same value and cannot add a key, a table or a line.
///
/// Values are written on one line: strings as basic strings (``string(_:)``), arrays as `[a, b]`, tables as
/// inline tables `{ k = v }`. A value TOML 1.0 cannot spell (a date whose year is not four digits, a field out
/// of range, nesting the reader would refuse) is refused with a ``TOMLWriteError``, never written wrong.
public enum TOMLWriter {
    /// The deepest nesting of arrays and inline tables written: half the reader's limit, so that a value
    /// still reads back when it is written under a dotted key or inside a few levels of tables.
    public static let maxDepth = TOMLParser.maxDepth / 2

    /// `key = value`, one line without its newline.
    ///
    /// - Throws: ``TOMLWriteError`` when `value` cannot be written.
    public static func assignment(_ key: String, _ value: TOMLValue.Kind) throws -> String {
        var out = ""
        try appendAssignment(key, value, to: &out)
        return out
    }

    /// Appends `key = value` (one line, without its newline) to `out`, as ``assignment(_:_:)`` writes it: for
    /// a writer building a whole file in one string.
    ///
    /// - Throws: ``TOMLWriteError`` when `value` cannot be written; `out` then ends with part of the line,
    ///   so the caller discards it.
    public static func appendAssignment(
        _ key: String, _ value: TOMLValue.Kind, to out: inout String
    ) throws(TOMLWriteError) {
        appendKey(key, to: &out)
        out += " = "
        try write(value, into: &out, depth: 0)
    }

    /// `value` as TOML text on one line.
    ///
    /// - Throws: ``TOMLWriteError`` when `value` (or anything inside it) cannot be written.
    public static func value(_ value: TOMLValue.Kind) throws -> String {
        var out = ""
        try write(value, into: &out, depth: 0)
        return out
    }

    /// A whole number.
    public static func integer(_ value: Int64) -> String { String(value) }

    /// `true` or `false`.
    public static func boolean(_ value: Bool) -> String { value ? "true" : "false" }

    /// A float: `nan`, `inf`, `-inf`, or the shortest decimal that reads back as `value`.
    public static func float(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        // Swift's description is always a TOML float: digits before any point, `e` with a sign.
        let text = value.description
        return text.contains(where: { $0 == "." || $0 == "e" }) ? text : text + ".0"
    }

    private static func write(_ value: TOMLValue.Kind, into out: inout String, depth: Int) throws(TOMLWriteError) {
        switch value {
        case .string(let text, _): appendString(text, to: &out)
        case .integer(let number): out += integer(number)
        case .float(let number): out += float(number)
        case .boolean(let flag): out += boolean(flag)
        case .dateTime(let dateTime): out += try checkedDateTime(dateTime)
        case .array(let items):
            guard depth < maxDepth else { throw TOMLWriteError(.nestingTooDeep(limit: maxDepth)) }
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += ", " }
                try write(item.kind, into: &out, depth: depth + 1)
            }
            out += "]"
        case .table(let table):
            guard depth < maxDepth else { throw TOMLWriteError(.nestingTooDeep(limit: maxDepth)) }
            guard !table.isEmpty else {
                out += "{}"
                return
            }
            out += "{ "
            for (index, entry) in table.entries.enumerated() {
                if index > 0 { out += ", " }
                appendKey(entry.key, to: &out)
                out += " = "
                try write(entry.value.kind, into: &out, depth: depth + 1)
            }
            out += " }"
        }
    }
}
