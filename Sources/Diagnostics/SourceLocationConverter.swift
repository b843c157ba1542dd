/// Converts UTF-8 byte offsets in one text to lines and columns through a table of line starts.
///
/// Built once per file when diagnostics are rendered; lookups are a binary search. On a line that is all
/// ASCII a column is its byte count, so many diagnostics on one long line cost no more than a few.
public struct SourceLocationConverter: Sendable {
    private let bytes: [UInt8]
    /// Byte offset at which each line starts; `lineStarts[0] == 0`.
    public let lineStarts: [Int]
    /// Whether each line holds only ASCII (one character per byte).
    private let asciiLines: [Bool]

    public init(text: String) {
        let bytes = Array(text.utf8)
        var starts = [0]
        var ascii: [Bool] = []
        var lineIsASCII = true
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") {
                starts.append(index + 1)
                ascii.append(lineIsASCII)
                lineIsASCII = true
            } else if byte == UInt8(ascii: "\r") {
                if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") {
                    index += 1
                }
                starts.append(index + 1)
                ascii.append(lineIsASCII)
                lineIsASCII = true
            } else if byte >= 0x80 {
                lineIsASCII = false
            }
            index += 1
        }
        ascii.append(lineIsASCII)
        self.bytes = bytes
        self.lineStarts = starts
        self.asciiLines = ascii
    }

    /// The number of lines (a trailing newline opens an empty last line).
    public var lineCount: Int { lineStarts.count }

    /// The 0-based index of the line holding `offset` (offsets past the end clamp to the last line).
    public func lineIndex(of offset: Int) -> Int {
        let target = min(max(offset, 0), bytes.count)
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= target { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The line and columns of a byte offset.
    public func location(of offset: Int) -> SourceLocation {
        let clamped = min(max(offset, 0), bytes.count)
        let index = lineIndex(of: clamped)
        let start = lineStarts[index]
        let column = asciiLines[index] ? clamped - start : decode(start..<clamped).count
        return SourceLocation(line: index + 1, column: column + 1, utf8Column: clamped - start + 1)
    }

    /// The text of a 0-based line, without its line ending.
    public func lineText(_ index: Int) -> String {
        guard index >= 0, index < lineStarts.count else { return "" }
        return decode(lineRange(index))
    }

    /// The byte range of a 0-based line, without its line ending.
    public func lineRange(_ index: Int) -> Range<Int> {
        let start = lineStarts[index]
        var end = index + 1 < lineStarts.count ? lineStarts[index + 1] : bytes.count
        while end > start, bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r") {
            end -= 1
        }
        return start..<end
    }

    /// The offset `count` Unicode scalars before (negative) or after `offset`, staying inside `limits`.
    func offset(_ offset: Int, movedBy count: Int, within limits: Range<Int>) -> Int {
        var position = min(max(offset, limits.lowerBound), limits.upperBound)
        var remaining = abs(count)
        while remaining > 0 {
            if count < 0 {
                guard position > limits.lowerBound else { break }
                position -= 1
                while position > limits.lowerBound, bytes[position] & 0xC0 == 0x80 { position -= 1 }
            } else {
                guard position < limits.upperBound else { break }
                position += 1
                while position < limits.upperBound, bytes[position] & 0xC0 == 0x80 { position += 1 }
            }
            remaining -= 1
        }
        return position
    }

    /// Decodes a byte range, snapping a range that splits a character to the replacement character.
    func decode(_ range: Range<Int>) -> String {
        let lower = min(max(range.lowerBound, 0), bytes.count)
        let upper = min(max(range.upperBound, lower), bytes.count)
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }
}
