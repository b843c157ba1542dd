import Diagnostics
import TOML

/// Splits rule-language text into tokens, working on UTF-8 bytes and reporting problems as diagnostics.
///
/// The lexer never stops early: a bad character or literal is reported and becomes an
/// ``RuleTokenKind/error`` token (which the parser passes over silently), and a foreign operator
/// (`=`, `&&`, `!`) is reported and read as ours. Tokens carry ranges, not text (see ``RuleToken``).
struct RuleLexer {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let source: RuleSource
    private var position: Int
    private let end: Int
    private(set) var diagnostics: [Diagnostic] = []

    /// A lexer over `range` of `bytes`, the UTF-8 of `source.text`.
    init(bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, source: RuleSource) {
        self.bytes = bytes
        self.source = source
        self.position = range.lowerBound
        self.end = range.upperBound
    }

    /// Every token up to and including ``RuleTokenKind/end``.
    mutating func tokenize() -> [RuleToken] {
        var tokens: [RuleToken] = []
        // A guess that is rarely short: a token per three bytes, and the end token (a tag such as `{{x}}` is
        // one byte and two tokens).
        tokens.reserveCapacity((end - position) / 3 + 2)
        while let token = next() {
            tokens.append(token)
        }
        tokens.append(RuleToken(kind: .end, range: end..<end))
        return tokens
    }

    private mutating func next() -> RuleToken? {
        while position < end {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                position += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                return number()
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"):
                return name()
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                return string(quote: byte)
            default:
                return punctuation(byte)
            }
        }
        return nil
    }

    // MARK: - Names and numbers

    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
            true
        default: false
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private mutating func name() -> RuleToken {
        let start = position
        while position < end, Self.isNameByte(bytes[position]) { position += 1 }
        let range = start..<position
        if range.count <= 5, let keyword = RuleTokenKind.keyword(bytes[range]) {
            return RuleToken(kind: keyword, range: range)
        }
        return RuleToken(kind: .name, range: range)
    }

    private mutating func number() -> RuleToken {
        let start = position
        if let date = date() { return date }
        while position < end, Self.isNameByte(bytes[position]) { position += 1 }
        let range = start..<position
        var value = 0
        var overflow = false
        var previous: UInt8 = 0
        var valid = true
        for byte in bytes[range] {
            if Self.isDigit(byte) {
                let (times, overflowTimes) = value.multipliedReportingOverflow(by: 10)
                let (sum, overflowSum) = times.addingReportingOverflow(Int(byte - UInt8(ascii: "0")))
                overflow = overflow || overflowTimes || overflowSum
                value = sum
            } else if byte != UInt8(ascii: "_") || previous == UInt8(ascii: "_") {
                valid = false
            }
            previous = byte
        }
        if previous == UInt8(ascii: "_") { valid = false }
        if !valid {
            report(.badNumber(String(decoding: bytes[range], as: UTF8.self)), at: range)
            return RuleToken(kind: .error, range: range)
        }
        if overflow {
            report(.tooLarge(String(decoding: bytes[range], as: UTF8.self)), at: range)
            return RuleToken(kind: .error, range: range)
        }
        return RuleToken(kind: .integer, range: range, payload: value)
    }

    /// A `YYYY-MM-DD` date at the current position, if the bytes have exactly that shape.
    private mutating func date() -> RuleToken? {
        let start = position
        guard start + 10 <= end else { return nil }
        for index in 0..<10 {
            let byte = bytes[start + index]
            let wantDash = index == 4 || index == 7
            if wantDash ? byte != UInt8(ascii: "-") : !Self.isDigit(byte) { return nil }
        }
        if start + 10 < end, Self.isNameByte(bytes[start + 10]) { return nil }
        let shape = bytes[start..<(start + 10)]
        func field(_ from: Int, _ count: Int) -> Int {
            shape[(start + from)..<(start + from + count)].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
        }
        let (year, month, day) = (field(0, 4), field(5, 2), field(8, 2))
        position = start + 10
        let range = start..<position
        guard TOMLDate.isValid(year: year, month: month, day: day) else {
            report(.invalidDate(String(decoding: shape, as: UTF8.self)), at: range)
            return RuleToken(kind: .error, range: range)
        }
        return RuleToken(kind: .date, range: range, payload: year * 10_000 + month * 100 + day)
    }

    // MARK: - Strings

    private mutating func string(quote: UInt8) -> RuleToken {
        let start = position
        if quote == UInt8(ascii: "'") { report(.singleQuotes(), at: start..<(start + 1)) }
        position += 1
        var escapes = 0
        while position < end {
            let byte = bytes[position]
            if byte == quote {
                position += 1
                return RuleToken(kind: .string, range: start..<position, payload: escapes)
            }
            if byte == UInt8(ascii: "\\"), position + 1 < end {
                escapes = 1
                let escaped = bytes[position + 1]
                if Self.unescape(escaped) == nil {
                    let escapeEnd = min(position + 1 + Self.scalarWidth(escaped), end)
                    let text = String(decoding: bytes[(position + 1)..<escapeEnd], as: UTF8.self)
                    report(.badEscape(text), at: position..<escapeEnd)
                    position = escapeEnd
                    continue
                }
                position += 2
                continue
            }
            position += 1
        }
        report(.unterminatedString(), at: start..<(start + 1))
        return RuleToken(kind: .error, range: start..<position)
    }

    /// The byte an escape `\x` stands for, or `nil` if `x` is not a known escape.
    private static func unescape(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "'"): byte
        case UInt8(ascii: "n"): UInt8(ascii: "\n")
        default: nil
        }
    }

    /// The text of a string token (quotes removed, escapes decoded; a bad escape keeps its character).
    static func stringValue(_ token: RuleToken, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        let inner = (token.range.lowerBound + 1)..<max(token.range.lowerBound + 1, token.range.upperBound - 1)
        guard token.payload != 0 else { return String(decoding: bytes[inner], as: UTF8.self) }
        var decoded: [UInt8] = []
        decoded.reserveCapacity(inner.count)
        var index = inner.lowerBound
        while index < inner.upperBound {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\"), index + 1 < inner.upperBound {
                let escaped = bytes[index + 1]
                decoded.append(unescape(escaped) ?? escaped)
                index += 2
            } else {
                decoded.append(byte)
                index += 1
            }
        }
        return String(decoding: decoded, as: UTF8.self)
    }

    // MARK: - Operators and punctuation

    private mutating func punctuation(_ byte: UInt8) -> RuleToken {
        let start = position
        let following: UInt8 = position + 1 < end ? bytes[position + 1] : 0
        func token(_ kind: RuleTokenKind, _ length: Int) -> RuleToken {
            position += length
            return RuleToken(kind: kind, range: start..<position)
        }
        switch (byte, following) {
        case (UInt8(ascii: "="), UInt8(ascii: "=")): return token(.equal, 2)
        case (UInt8(ascii: "!"), UInt8(ascii: "=")): return token(.notEqual, 2)
        case (UInt8(ascii: "<"), UInt8(ascii: "=")): return token(.lessEqual, 2)
        case (UInt8(ascii: ">"), UInt8(ascii: "=")): return token(.greaterEqual, 2)
        case (UInt8(ascii: "<"), _): return token(.less, 1)
        case (UInt8(ascii: ">"), _): return token(.greater, 1)
        case (UInt8(ascii: "+"), _): return token(.plus, 1)
        case (UInt8(ascii: "-"), _): return token(.minus, 1)
        case (UInt8(ascii: "*"), _): return token(.star, 1)
        case (UInt8(ascii: "/"), _): return token(.slash, 1)
        case (UInt8(ascii: "("), _): return token(.leftParen, 1)
        case (UInt8(ascii: ")"), _): return token(.rightParen, 1)
        case (UInt8(ascii: "["), _): return token(.leftBracket, 1)
        case (UInt8(ascii: "]"), _): return token(.rightBracket, 1)
        case (UInt8(ascii: ","), _): return token(.comma, 1)
        case (UInt8(ascii: "."), _): return token(.dot, 1)
        case (UInt8(ascii: "="), _): return foreign(.equal, "==", length: 1)
        case (UInt8(ascii: "!"), _): return foreign(.keywordNot, "not", length: 1)
        case (UInt8(ascii: "&"), _): return foreign(.keywordAnd, "and", length: following == byte ? 2 : 1)
        case (UInt8(ascii: "|"), _): return foreign(.keywordOr, "or", length: following == byte ? 2 : 1)
        default:
            // One diagnostic for a run of non-ASCII characters (a family emoji is five scalars).
            position += min(Self.scalarWidth(byte), end - start)
            while byte >= 0x80, position < end, bytes[position] >= 0x80 { position += 1 }
            let text = String(decoding: bytes[start..<position], as: UTF8.self)
            report(.unexpectedCharacter(text), at: start..<position)
            return RuleToken(kind: .error, range: start..<position)
        }
    }

    /// An operator from another language: reported with our spelling, then read as ours.
    private mutating func foreign(_ kind: RuleTokenKind, _ ours: String, length: Int) -> RuleToken {
        let range = position..<(position + length)
        position += length
        report(.unknownOperator(String(decoding: bytes[range], as: UTF8.self), suggestion: ours), at: range)
        return RuleToken(kind: kind, range: range)
    }

    /// The byte length of the UTF-8 sequence that `lead` starts (1 for a stray continuation byte).
    static func scalarWidth(_ lead: UInt8) -> Int {
        switch lead {
        case 0xF0...0xFF: 4
        case 0xE0..<0xF0: 3
        case 0xC0..<0xE0: 2
        default: 1
        }
    }

    private mutating func report(_ message: RuleMessage, at range: Range<Int>) {
        diagnostics.append(source.diagnostic(message, at: range))
    }
}
