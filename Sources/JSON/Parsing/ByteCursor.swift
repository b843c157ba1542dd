/// A read position in a UTF-8 byte buffer, with the small scanning steps the JSON grammar needs.
///
/// Reading past the end yields 0; callers tell "end of input" from a NUL byte with ``isAtEnd``. No read can
/// go out of bounds.
struct ByteCursor {
    let bytes: UnsafeBufferPointer<UInt8>
    /// The offset of the next byte to read, `0...bytes.count`.
    var index = 0
    let end: Int

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        self.end = bytes.count
    }

    /// A cursor over `start..<end` of `bytes` (offsets stay those of the whole buffer); reads outside give 0.
    init(bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) {
        self.bytes = bytes
        self.index = start
        self.end = min(end, bytes.count)
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

    /// Skips JSON whitespace: space, tab, line feed and carriage return (not form feed or others). Spaces are
    /// skipped eight at a time, since indentation is most of the whitespace in a file.
    @inline(__always)
    mutating func skipWhitespace() {
        // Most calls find no whitespace or the one space after a colon or comma.
        guard index < end, bytes[index] <= 0x20 else { return }
        if bytes[index] == 0x20, index + 1 < end, bytes[index + 1] > 0x20 {
            index += 1
            return
        }
        while index < end {
            let byte = bytes[index]
            if byte > 0x20 { return }
            switch byte {
            case 0x20:
                if end - index >= 8 {
                    let others = loadWord(at: index) ^ (Self.ones &* 0x20)
                    index += others == 0 ? 8 : others.trailingZeroBitCount / 8
                } else {
                    index += 1
                }
            case 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    /// Skips digits `0-9`.
    @inline(__always)
    mutating func skipDigits() -> Int {
        let start = index
        while index < end, bytes[index] &- 0x30 < 10 { index += 1 }
        return index - start
    }

    /// Skips plain string content, stopping at `"`, `\`, a control character, or `stop` (at most the end).
    ///
    /// Eight bytes are tested at a time while none of them could end the run; a word that might is then read
    /// byte by byte.
    @inline(__always)
    mutating func skipStringText(stop: Int) {
        let limit = min(stop, end)
        while index < limit {
            while limit - index >= 8 {
                let found = Self.stops(loadWord(at: index))
                guard found == 0 else {
                    index += found.trailingZeroBitCount / 8
                    break
                }
                index += 8
            }
            guard index < limit else { return }
            let byte = bytes[index]
            if byte == 0x22 || byte == 0x5C || byte < 0x20 { return }
            index += 1
        }
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The high bit of each byte of `word` that may end a run of string text: below 0x20, `"` or `\`. The lowest
    /// flagged byte is always a true candidate; bytes above it may be flagged falsely.
    @inline(__always)
    private static func stops(_ word: UInt64) -> UInt64 {
        let controls = (word &- ones &* 0x20) & ~word & highs
        let quotes = word ^ (ones &* 0x22)
        let backslashes = word ^ (ones &* 0x5C)
        return controls | ((quotes &- ones) & ~quotes & highs) | ((backslashes &- ones) & ~backslashes & highs)
    }

    /// The eight bytes at `offset`, in memory order; callers guarantee `offset + 8 <= end`.
    @inline(__always)
    private func loadWord(at offset: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawBufferPointer(bytes).loadUnaligned(fromByteOffset: offset, as: UInt64.self))
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
        if count > 8 { return (low, high & (~0 >> UInt64(64 - 8 * (count - 8)))) }
        if count == 8 { return (low, 0) }
        if count == 0 { return (0, 0) }
        return (low & (~0 >> UInt64(64 - 8 * count)), 0)
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

    /// Builds a `String` from a byte range of the (already validated) buffer.
    @inline(__always)
    func string(_ range: Range<Int>) -> String {
        let lower = min(max(range.lowerBound, 0), end)
        let upper = min(max(range.upperBound, lower), end)
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self)
    }

    /// The length of the UTF-8 sequence starting at `offset` (1 for ASCII or a stray byte), within the buffer.
    func sequenceLength(at offset: Int) -> Int {
        let expected =
            switch byte(at: offset) {
            case 0xC0...0xDF: 2
            case 0xE0...0xEF: 3
            case 0xF0...0xF7: 4
            default: 1
            }
        return min(expected, max(end - offset, 1))
    }
}

extension UInt8 {
    @inline(__always)
    var isDigit: Bool { self &- 0x30 < 10 }

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
