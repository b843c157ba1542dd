/// A JSON number kept exactly as written, with conversions that report a value out of range.
///
/// JSON puts no limit on a number's size or precision, so the reader keeps the lexeme and the caller decides
/// what it needs: ``int64(at:)`` and ``double(at:)`` throw a located ``JSONValueError`` rather than trap,
/// wrap or round to infinity. The writer writes the lexeme unchanged, so a number reads back as itself.
public struct JSONNumber: Sendable, Hashable, CustomStringConvertible {
    /// A lexeme of up to 15 bytes is kept in two words (the last byte holds the length), so reading a number
    /// allocates nothing; longer ones are a `String`. Every lexeme has exactly one storage, so equality holds.
    private enum Storage: Sendable, Hashable {
        case packed(UInt64, UInt64)
        case text(String)
    }

    private let storage: Storage

    /// The number's text, valid JSON number syntax (`-12`, `0.5`, `6.02e23`).
    public var lexeme: String {
        switch storage {
        case .text(let text):
            return text
        case .packed(let low, let high):
            let count = Int(high >> 56)
            return withUnsafeBytes(of: (low.littleEndian, high.littleEndian)) { raw in
                String(decoding: raw.prefix(count), as: UTF8.self)
            }
        }
    }

    /// A number from JSON number syntax; nil if `lexeme` is not a JSON number.
    public init?(lexeme: String) {
        guard Self.isValid(lexeme.utf8) else { return nil }
        self.init(validLexeme: lexeme)
    }

    /// Trusts the caller that `lexeme` is valid JSON number syntax.
    init(validLexeme lexeme: String) {
        var bytes = Array(lexeme.utf8)
        guard bytes.count <= 15 else {
            storage = .text(lexeme)
            return
        }
        let count = bytes.count
        bytes += [UInt8](repeating: 0, count: 16 - count)
        var low: UInt64 = 0
        var high: UInt64 = 0
        for index in 0..<8 { low |= UInt64(bytes[index]) << UInt64(8 * index) }
        for index in 0..<7 { high |= UInt64(bytes[8 + index]) << UInt64(8 * index) }
        storage = .packed(low, high | UInt64(count) << 56)
    }

    /// The reader's fast path: up to 15 bytes already packed, the rest of each word zero.
    init(packed low: UInt64, _ high: UInt64, count: Int) {
        storage = .packed(low, high | UInt64(count) << 56)
    }

    /// The lexeme at `range` of a checked buffer, packed when it is short, as the reader does.
    init(validBytes bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        let cursor = ByteCursor(bytes: bytes)
        if range.count <= 15, let (low, high) = cursor.fingerprint(range) {
            self.init(packed: low, high, count: range.count)
        } else {
            self.init(validLexeme: cursor.string(range))
        }
    }

    /// An integer, written in decimal.
    public init(_ value: Int64) {
        self.init(validLexeme: String(value))
    }

    /// A finite `Double`, written as the shortest text that reads back as the same value (`0.1`, `1e+22`);
    /// nil for infinity and NaN, which JSON cannot write.
    public init?(_ value: Double) {
        guard value.isFinite else { return nil }
        self.init(validLexeme: "\(value)")
    }

    public var description: String { lexeme }

    /// Whether the number is written without a fraction or exponent.
    public var isInteger: Bool {
        !lexeme.utf8.contains { $0 == UInt8(ascii: ".") || $0 | 0x20 == UInt8(ascii: "e") }
    }

    /// The value as an `Int64`, or nil when it is not written as a whole number or does not fit.
    public var int64Value: Int64? {
        isInteger ? Int64(lexeme) : nil
    }

    /// The value as a `Double`, or nil when it is too large or too small to be one.
    public var doubleValue: Double? {
        try? double(at: 0..<0)
    }

    /// The value as an `Int64`; `range` locates the error.
    ///
    /// - Throws: ``JSONValueError`` when the number has a fraction or exponent, or lies outside `Int64`.
    public func int64(at range: Range<Int>) throws(JSONValueError) -> Int64 {
        if case .packed(let low, let high) = storage, let value = Self.packedInteger(low, high) { return value }
        guard isInteger else { throw JSONValueError(.notAWholeNumber(lexeme), range: range) }
        guard let value = Int64(lexeme) else { throw JSONValueError(.outsideInt64(lexeme), range: range) }
        return value
    }

    /// The integer a packed lexeme writes, read from its words (a report's counts and settings, read without
    /// making the lexeme's `String`); nil for a fraction or an exponent, left to the general path. Fifteen
    /// bytes hold at most fifteen digits, far inside `Int64`, so nothing here can overflow.
    private static func packedInteger(_ low: UInt64, _ high: UInt64) -> Int64? {
        let count = Int(high >> 56)
        var value: Int64 = 0
        var negative = false
        for index in 0..<count {
            let word = index < 8 ? low : high
            let byte = UInt8(truncatingIfNeeded: word >> UInt64(8 * (index & 7)))
            if index == 0 && byte == UInt8(ascii: "-") {
                negative = true
                continue
            }
            let digit = byte &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value &* 10 &+ Int64(digit)
        }
        guard count > (negative ? 1 : 0) else { return nil }
        return negative ? -value : value
    }

    /// The value as a `Double` (rounded to the nearest one); `range` locates the error.
    ///
    /// - Throws: ``JSONValueError`` when the number overflows to infinity, or is not zero but underflows to it.
    public func double(at range: Range<Int>) throws(JSONValueError) -> Double {
        guard let value = Double(lexeme), value.isFinite else {
            throw JSONValueError(.outsideDouble(lexeme), range: range)
        }
        if value == 0 && mantissaHasNonZeroDigit {
            throw JSONValueError(.outsideDouble(lexeme), range: range)
        }
        return value
    }

    private var mantissaHasNonZeroDigit: Bool {
        for byte in lexeme.utf8 {
            if byte | 0x20 == UInt8(ascii: "e") { return false }
            if byte >= UInt8(ascii: "1") && byte <= UInt8(ascii: "9") { return true }
        }
        return false
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
    static func isValid(_ text: String.UTF8View) -> Bool {
        var bytes = text.makeIterator()
        var byte = bytes.next()
        func digits(_ byte: inout UInt8?, _ bytes: inout String.UTF8View.Iterator) -> Int {
            var count = 0
            while let current = byte, current.isDigit {
                count += 1
                byte = bytes.next()
            }
            return count
        }
        if byte == UInt8(ascii: "-") { byte = bytes.next() }
        if byte == UInt8(ascii: "0") {
            byte = bytes.next()
        } else if digits(&byte, &bytes) == 0 {
            return false
        }
        if byte == UInt8(ascii: ".") {
            byte = bytes.next()
            guard digits(&byte, &bytes) > 0 else { return false }
        }
        if let current = byte, current | 0x20 == UInt8(ascii: "e") {
            byte = bytes.next()
            if byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") { byte = bytes.next() }
            guard digits(&byte, &bytes) > 0 else { return false }
        }
        return byte == nil
    }
}
