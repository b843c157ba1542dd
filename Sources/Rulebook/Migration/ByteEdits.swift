/// Changes to a file's UTF-8 bytes by source range, applied together, so that the text outside the changed
/// ranges (comments, spacing, key order) is kept byte for byte.
struct ByteEdits {
    /// One replacement of a byte range (an empty range inserts).
    struct Edit {
        var range: Range<Int>
        var replacement: String
        /// Among insertions at one offset, the order they were made in.
        var sequence: Int
    }

    let bytes: [UInt8]
    private(set) var edits: [Edit] = []

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func replace(_ range: Range<Int>, with text: String) {
        edits.append(Edit(range: range, replacement: text, sequence: edits.count))
    }

    mutating func insert(_ text: String, at offset: Int) { replace(offset..<offset, with: text) }

    /// Removes the whole lines from the one holding `start` to the one holding `end - 1`.
    mutating func deleteLines(_ start: Int, _ end: Int) {
        replace(lineStart(start)..<lineEnd(max(start, end - 1)), with: "")
    }

    /// The offset of the start of the line holding `offset`.
    func lineStart(_ offset: Int) -> Int {
        var position = min(offset, bytes.count)
        while position > 0, bytes[position - 1] != UInt8(ascii: "\n") { position -= 1 }
        return position
    }

    /// The offset just past the line break of the line holding `offset` (the end of the file on the last line).
    func lineEnd(_ offset: Int) -> Int {
        var position = max(0, offset)
        while position < bytes.count, bytes[position] != UInt8(ascii: "\n") { position += 1 }
        return min(position + 1, bytes.count)
    }

    /// The text of `range`.
    func text(_ range: Range<Int>) -> String {
        let clamped = min(range.lowerBound, bytes.count)..<min(range.upperBound, bytes.count)
        return String(decoding: bytes[clamped], as: UTF8.self)
    }

    /// The rest of the line after `offset`, without its line break (spacing and any comment).
    func restOfLine(after offset: Int) -> String {
        let end = lineEnd(offset)
        let stop = end > offset && end <= bytes.count && end > 0 && bytes[end - 1] == UInt8(ascii: "\n") ? end - 1 : end
        return text(offset..<max(offset, stop))
    }

    /// The bytes with every edit made. An edit that overlaps one already kept (further into the file) is
    /// left out; callers never make such edits.
    func applied() -> [UInt8] {
        let ordered = edits.sorted {
            ($0.range.lowerBound, $0.range.upperBound, $0.sequence) > (
                $1.range.lowerBound, $1.range.upperBound, $1.sequence
            )
        }
        var result = bytes
        var floor = Int.max
        for edit in ordered where edit.range.upperBound <= floor {
            result.replaceSubrange(edit.range, with: Array(edit.replacement.utf8))
            floor = edit.range.lowerBound
        }
        return result
    }
}
