/// One cell of a table the ``CSVWriter`` writes: text, which is always written so a spreadsheet keeps it as
/// text, or a number, which is written as a number.
public enum CSVCell: Sendable, Hashable {
    /// Text, quoted as RFC 4180 needs and made inert when a spreadsheet would read it as a formula.
    case text(String)
    /// A whole number, written in decimal digits with a leading `-` when negative.
    case integer(Int64)
    /// A decimal number, written as its digits.
    case number(CSVNumber)
    /// Nothing: an empty field.
    case empty
}

/// A decimal number as a spreadsheet reads it: an optional `-`, digits, and optionally a `.` and more digits.
///
/// Only text of that shape can be a `CSVNumber`, so a number cell can never carry a formula or a separator.
public struct CSVNumber: Sendable, Hashable, CustomStringConvertible {
    /// The number as written, such as `-12.50`.
    public let text: String

    /// The number written as `text`, or nil unless `text` is `-?[0-9]+(\.[0-9]+)?`.
    public init?(_ text: String) {
        var bytes = Array(text.utf8)[...]
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        let whole = bytes.prefix { $0 &- 0x30 < 10 }
        guard !whole.isEmpty else { return nil }
        let rest = bytes.dropFirst(whole.count)
        if let point = rest.first {
            let fraction = rest.dropFirst()
            guard point == UInt8(ascii: "."), !fraction.isEmpty, fraction.allSatisfy({ $0 &- 0x30 < 10 }) else {
                return nil
            }
        }
        self.text = text
    }

    /// `units` hundredths, thousandths...: `CSVNumber(1250, scale: 2)` is `12.50`, `CSVNumber(-5, scale: 2)`
    /// is `-0.05`. A `scale` below 0 counts as 0, above 18 as 18.
    public init(_ units: Int64, scale: Int) {
        let scale = min(max(scale, 0), 18)
        let digits = String(units.magnitude)
        let padded = String(repeating: "0", count: max(0, scale + 1 - digits.count)) + digits
        let sign = units < 0 ? "-" : ""
        let whole = padded.dropLast(scale)
        text = scale == 0 ? sign + padded : sign + whole + "." + padded.suffix(scale)
    }

    public var description: String { text }
}
