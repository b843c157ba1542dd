/// Writes tables of ``CSVCell``s as CSV (RFC 4180) that a spreadsheet opens safely, the same bytes every time
/// for the same cells.
///
/// Choices, all fixed so the output is deterministic:
/// - **Line ends** are CRLF by default, as RFC 4180 and Excel write them; ``LineEnding/lf`` is there for
///   tools that want it. Every record ends with one, the last included.
/// - **Byte order mark**: ``write(_:)`` starts with a UTF-8 byte order mark by default, since Excel reads a
///   CSV file without one in the legacy code page and garbles every accented name; readers that know UTF-8,
///   this module's own ``CSVParser`` among them, skip it.
/// - **Quoting**: a field is quoted when it holds a comma, a double quote, a carriage return or line feed,
///   another control character (U+0000–U+001F but tab, U+007F–U+009F), or starts or ends with a space, or
///   starts with U+FEFF (which would read as a byte order mark at the start of a file); quotes inside are
///   doubled. Control characters are kept as they are: text stays text. A record of one
///   empty cell is written `""`, so it does not read as a blank line.
/// - **Formula injection**: a ``CSVCell/text(_:)`` cell that starts with `=`, `+`, `-`, `@`, tab or carriage
///   return would be run as a formula by a spreadsheet, so it is written with a `'` in front (the OWASP
///   recommendation), which the spreadsheet shows as text; ``neutralised(_:)`` is that text. Numbers
///   (``CSVCell/integer(_:)``, ``CSVCell/number(_:)``) are written as numbers, negative ones included: only
///   digits, `-` and `.` can be in them.
public struct CSVWriter: Sendable {
    /// What ends each record.
    public enum LineEnding: Sendable, Hashable {
        /// `\r\n`, as RFC 4180 and Excel write it; the default.
        case crlf
        /// `\n`.
        case lf
    }

    /// What ends each record, the last included.
    public var lineEnding: LineEnding
    /// Whether ``write(_:)`` starts with a UTF-8 byte order mark.
    public var byteOrderMark: Bool

    /// A writer; by default CRLF line ends and a byte order mark.
    public init(lineEnding: LineEnding = .crlf, byteOrderMark: Bool = true) {
        self.lineEnding = lineEnding
        self.byteOrderMark = byteOrderMark
    }

    /// The CSV text of `records`, one line per record.
    public func write(_ records: [[CSVCell]]) -> String {
        var out = byteOrderMark ? "\u{FEFF}" : ""
        for record in records { appendRecord(record, to: &out) }
        return out
    }

    /// The CSV text of a header line of column names, then `rows`.
    public func write(header: [String], rows: [[CSVCell]]) -> String {
        write([header.map(CSVCell.text)] + rows)
    }

    /// Appends one record and its line end to `out` (never a byte order mark).
    public func appendRecord(_ cells: [CSVCell], to out: inout String) {
        if cells.count == 1, Self.field(cells[0]).isEmpty {
            out += "\"\""
        } else {
            for (position, cell) in cells.enumerated() {
                if position > 0 { out += "," }
                out += Self.field(cell)
            }
        }
        out += lineEnding == .crlf ? "\r\n" : "\n"
    }

    /// One cell as it is written in a record: neutralised if it is text, then quoted if it needs to be.
    public static func field(_ cell: CSVCell) -> String {
        switch cell {
        case .empty: return ""
        case .integer(let value): return String(value)
        case .number(let number): return number.text
        case .text(let text):
            let safe = neutralised(text)
            guard needsQuotes(safe) else { return safe }
            // By scalar, not Character: a quote followed by a combining mark is one Character, and its quote
            // must still be doubled.
            var quoted = "\""
            for scalar in safe.unicodeScalars {
                quoted.unicodeScalars.append(scalar)
                if scalar == "\"" { quoted.unicodeScalars.append("\"") }
            }
            return quoted + "\""
        }
    }

    /// `text` as a text cell holds it: with a `'` in front when it starts with `=`, `+`, `-`, `@`, tab or
    /// carriage return, otherwise unchanged.
    public static func neutralised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, formulaStarts.contains(first) else { return text }
        return "'" + text
    }

    /// The first characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection").
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    private static func needsQuotes(_ text: String) -> Bool {
        if text.utf8.first == 0x20 || text.utf8.last == 0x20 || text.unicodeScalars.first == "\u{FEFF}" { return true }
        return text.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x22, 0x2C: true
            case 0x09: false
            case 0x00...0x1F, 0x7F...0x9F: true
            default: false
            }
        }
    }
}
