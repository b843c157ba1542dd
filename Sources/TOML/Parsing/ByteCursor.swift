/// A read position in a UTF-8 byte buffer, with the small scanning steps the TOML grammar needs.
///
/// Reading past the end yields 0. NUL is never valid in TOML, so every scanner stops there, and
/// callers tell "end of input" from "a NUL byte" with ``isAtEnd``. No read can go out of bounds.
struct ByteCursor {
    let bytes: UnsafeBufferPointer<UInt8>
    /// The offset of the next byte to read, `0...bytes.count`.
    var index: Int
    let end: Int

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        self.index = 0
        self.end = bytes.count
    }

    var isAtEnd: Bool { index >= end }

    /// The byte at the cursor, or 0 at the end.
    @inline(__always)
    func peek() -> UInt8 {
        index < end ? bytes[index] : 0
    }

    /// The byte `ahead` bytes after the cursor (`ahead >= 0`), or 0 past the end.
    @inline(__always)
    func peek(_ ahead: Int) -> UInt8 {
        let position = index + ahead
        return position < end ? bytes[position] : 0
    }

    /// The byte at an absolute offset, or 0 outside the buffer.
    @inline(__always)
    func byte(at offset: Int) -> UInt8 {
        offset >= 0 && offset < end ? bytes[offset] : 0
    }

    @inline(__always)
    mutating func advance(_ count: Int = 1) {
        index = min(index + count, end)
    }

    /// Skips spaces and tabs.
    @inline(__always)
    mutating func skipWhitespace() {
        while index < end {
            let byte = bytes[index]
            guard byte == .space || byte == .tab else { return }
            index += 1
        }
    }

    /// Skips bare-key characters (`A-Z a-z 0-9 _ -`) and returns how many there were.
    @inline(__always)
    mutating func skipBareKey() -> Int {
        let start = index
        while index < end, bytes[index].isBareKeyCharacter { index += 1 }
        return index - start
    }

    /// Skips comment text: everything up to a line ending or a forbidden control character.
    @inline(__always)
    mutating func skipCommentText() {
        skipStringText(delimiter: .newline, escapes: false, multiline: false)
    }

    /// Skips ordinary string content, stopping at `delimiter`, at a backslash when `escapes` is set, and at
    /// any control character TOML forbids (a line feed is allowed when `multiline` is set; CR always stops).
    ///
    /// Eight bytes are tested at a time while none of them could stop the scan (prose is most of a menu file);
    /// a word that might hold a stop is then read byte by byte.
    @inline(__always)
    mutating func skipStringText(delimiter: UInt8, escapes: Bool, multiline: Bool) {
        let stops = WordScan(delimiter: delimiter, escapes: escapes)
        while index < end {
            while end - index >= 8 {
                let found = stops.stops(loadWord(at: index))
                guard found == 0 else {
                    // The lowest flagged byte is a real candidate (the test's false flags sit above a true
                    // one), so the bytes before it are plain text.
                    index += found.trailingZeroBitCount / 8
                    break
                }
                index += 8
            }
            guard index < end else { return }
            let byte = bytes[index]
            if byte == delimiter || (escapes && byte == .backslash) { return }
            if byte.isForbiddenControl && !(multiline && byte == .newline) { return }
            index += 1
        }
    }

    /// The bytes of `range` (at most 16) packed into two words, the rest zero; nil when the 16 bytes from its
    /// start run past the end of the buffer.
    @inline(__always)
    func fingerprint(_ range: Range<Int>) -> (UInt64, UInt64)? {
        guard range.lowerBound >= 0, end - range.lowerBound >= 16, range.count <= 16 else { return nil }
        let low = loadWord(at: range.lowerBound)
        let high = loadWord(at: range.lowerBound + 8)
        let count = range.count
        if count >= 16 { return (low, high) }
        if count >= 8 { return (low, count == 8 ? 0 : high & (~0 >> UInt64(64 - 8 * (count - 8)))) }
        return (low & (~0 >> UInt64(64 - 8 * count)), 0)
    }

    /// The eight bytes at `offset`, in memory order (the first byte is the lowest), for ``WordScan``.
    /// Callers guarantee `offset >= 0` and `offset + 8 <= end`.
    @inline(__always)
    private func loadWord(at offset: Int) -> UInt64 {
        // In bounds by the caller's guarantee; `loadUnaligned` needs no alignment.
        UInt64(littleEndian: UnsafeRawBufferPointer(bytes).loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// Whether the next bytes are exactly `text` (ASCII).
    func matches(_ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard index + count <= end else { return false }
        return text.withUTF8Buffer { expected in
            for offset in 0..<count where bytes[index + offset] != expected[offset] { return false }
            return true
        }
    }

    /// The offset of the next `\n` at or after `offset`, or the end of the buffer.
    func lineEnd(from offset: Int) -> Int {
        var position = max(offset, 0)
        while position < end, bytes[position] != .newline { position += 1 }
        return position
    }

    /// The offset at which the line holding `offset` starts.
    func lineStart(of offset: Int) -> Int {
        var position = min(max(offset, 0), end)
        while position > 0, bytes[position - 1] != .newline { position -= 1 }
        return position
    }

    /// Moves past the next `\n` (or to the end).
    mutating func skipLine() {
        index = lineEnd(from: index)
        advance()
    }

    /// Builds a `String` from a byte range of the (already validated) buffer.
    func string(_ range: Range<Int>) -> String {
        let lower = min(max(range.lowerBound, 0), end)
        let upper = min(max(range.upperBound, lower), end)
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self)
    }

    /// The length of the UTF-8 sequence starting at `offset` (1 for ASCII or a stray byte).
    func sequenceLength(at offset: Int) -> Int {
        let lead = byte(at: offset)
        let expected =
            switch lead {
            case 0xC0...0xDF: 2
            case 0xE0...0xEF: 3
            case 0xF0...0xF7: 4
            default: 1
            }
        return min(expected, max(end - offset, 1))
    }
}

extension UInt8 {
    static let tab = UInt8(ascii: "\t")
    static let newline = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let space = UInt8(ascii: " ")
    static let quote = UInt8(ascii: "\"")
    static let apostrophe = UInt8(ascii: "'")
    static let backslash = UInt8(ascii: "\\")
    static let hash = UInt8(ascii: "#")
    static let equals = UInt8(ascii: "=")
    static let dot = UInt8(ascii: ".")
    static let comma = UInt8(ascii: ",")
    static let openBracket = UInt8(ascii: "[")
    static let closeBracket = UInt8(ascii: "]")
    static let openBrace = UInt8(ascii: "{")
    static let closeBrace = UInt8(ascii: "}")
    static let plus = UInt8(ascii: "+")
    static let minus = UInt8(ascii: "-")
    static let underscore = UInt8(ascii: "_")
    static let colon = UInt8(ascii: ":")
    static let delete: UInt8 = 0x7F

    @inline(__always)
    var isDigit: Bool { self &- 0x30 < 10 }

    @inline(__always)
    var isLetter: Bool { (self | 0x20) &- 0x61 < 26 }

    @inline(__always)
    var isBareKeyCharacter: Bool { isLetter || isDigit || self == .underscore || self == .minus }

    /// A control character TOML forbids in strings and comments (all of C0 except tab, and DEL).
    @inline(__always)
    var isForbiddenControl: Bool { (self < 0x20 && self != .tab) || self == .delete }

    /// The value of a hexadecimal digit, or nil.
    @inline(__always)
    var hexValue: UInt32? {
        switch self {
        case 0x30...0x39: UInt32(self &- 0x30)
        case 0x41...0x46: UInt32(self &- 0x41 &+ 10)
        case 0x61...0x66: UInt32(self &- 0x61 &+ 10)
        default: nil
        }
    }
}

/// Tests eight bytes at once for any byte that could end a run of string text: the delimiter, a backslash
/// (when escapes count), a control character or DEL. It may flag a byte that the byte test then passes (a
/// tab, or a line feed in a multi-line string), but never misses one.
struct WordScan {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080
    private let delimiters: UInt64
    private let backslashes: UInt64

    init(delimiter: UInt8, escapes: Bool) {
        delimiters = Self.ones &* UInt64(delimiter)
        // Without escapes, the backslash test repeats the delimiter test.
        backslashes = Self.ones &* UInt64(escapes ? .backslash : delimiter)
    }

    /// Whether some byte of `word` is zero: the classic test, exact in saying whether there is one.
    @inline(__always)
    private static func hasZero(_ word: UInt64) -> UInt64 { (word &- ones) & ~word & highs }

    /// The high bit of each byte of `word` (in memory order, lowest first) that may stop the scan: a byte below
    /// 0x20, DEL, the delimiter or a backslash; zero if none can. The lowest flagged byte is always a true
    /// candidate; bytes above it may be flagged falsely (a borrow), which only makes the scan look at them.
    @inline(__always)
    func stops(_ word: UInt64) -> UInt64 {
        let controls = (word &- Self.ones &* 0x20) & ~word & Self.highs
        return controls | Self.hasZero(word ^ (Self.ones &* 0x7F)) | Self.hasZero(word ^ delimiters)
            | Self.hasZero(word ^ backslashes)
    }
}
