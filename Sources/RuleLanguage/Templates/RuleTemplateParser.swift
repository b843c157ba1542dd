import Diagnostics

/// Reads template text: finds the `{{…}}` tags, drops the lines that hold only a block tag, and builds
/// the block tree, reporting unclosed, stray and mismatched blocks.
struct RuleTemplateParser {
    enum Block: String {
        case when, each
    }

    enum TagKind {
        case value
        case open(Block)
        case otherwise
        case close(Block)
        case unknown
    }

    enum Segment {
        case text(Range<Int>)
        case tag(TagKind, outer: Range<Int>, inner: Range<Int>)
    }

    /// An open block while building the tree.
    struct Frame {
        var block: Block
        var condition: RuleExpression
        var opening: Range<Int>
        var body: [RuleTemplate.Node] = []
        var otherwise: [RuleTemplate.Node] = []
        var inElse = false
    }

    // Internal so the block-building extension in the sibling file can use them.
    let source: RuleSource
    let bytes: UnsafeBufferPointer<UInt8>
    var diagnostics: [Diagnostic] = []

    /// A parser over `bytes`, the UTF-8 of `source.text` (valid only while the parse runs).
    init(source: RuleSource, bytes: UnsafeBufferPointer<UInt8>) {
        self.source = source
        self.bytes = bytes
    }

    /// The tree, or `nil` if blocks were nested too deeply.
    mutating func parse() -> [RuleTemplate.Node]? {
        var segments = scan()
        trimStandaloneLines(&segments)
        return build(segments)
    }

    // MARK: - Tags

    private static let openBrace = UInt8(ascii: "{")
    private static let closeBrace = UInt8(ascii: "}")

    private mutating func scan() -> [Segment] {
        var segments: [Segment] = []
        var textStart = 0
        var index = 0
        let count = bytes.count
        while index + 1 < count {
            // Most of a clause is text: skip eight bytes at a time while none of them is a '{'.
            while count - index >= 8, !Self.hasOpenBrace(Self.word(bytes, at: index)) { index += 8 }
            guard index + 1 < count, bytes[index] == Self.openBrace, bytes[index + 1] == Self.openBrace else {
                index += 1
                continue
            }
            guard let close = closingBraces(after: index + 2) else {
                diagnostics.append(source.diagnostic(.unclosedTag(), at: index..<(index + 2)))
                index += 2
                continue
            }
            if textStart < index { segments.append(.text(textStart..<index)) }
            let inner = (index + 2)..<close
            segments.append(.tag(classify(inner), outer: index..<(close + 2), inner: tagExpression(inner)))
            index = close + 2
            textStart = index
        }
        if textStart < count { segments.append(.text(textStart..<count)) }
        return segments
    }

    /// The eight bytes at `offset`; callers guarantee `offset + 8 <= bytes.count`.
    private static func word(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
        // In bounds by the caller's guarantee; `loadUnaligned` needs no alignment.
        UInt64(littleEndian: UnsafeRawBufferPointer(bytes).loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// Whether some byte of `word` is `{` (the classic zero-byte test on `word ^ {{{{{{{{`).
    private static func hasOpenBrace(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let probe = word ^ (ones &* UInt64(openBrace))
        return (probe &- ones) & ~probe & (ones &* 0x80) != 0
    }

    /// The offset of the `}}` closing a tag whose content starts at `start`, skipping `"…"` strings; `nil` if
    /// the text ends or another `{{` starts first.
    private func closingBraces(after start: Int) -> Int? {
        var index = start
        while index + 1 < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
                    index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
                }
                index += 1
                continue
            }
            if byte == Self.closeBrace, bytes[index + 1] == Self.closeBrace { return index }
            if byte == Self.openBrace, bytes[index + 1] == Self.openBrace { return nil }
            index += 1
        }
        return nil
    }

    private func trimmed(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, Self.isSpace(bytes[lower]) { lower += 1 }
        while upper > lower, Self.isSpace(bytes[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
            || byte == UInt8(ascii: "\r")
    }

    /// The word after `#` or `/` at the start of a tag, and where it ends.
    private func word(in range: Range<Int>) -> (String, Int) {
        var end = range.lowerBound + 1
        while end < range.upperBound, !Self.isSpace(bytes[end]) { end += 1 }
        return (String(decoding: bytes[(range.lowerBound + 1)..<end], as: UTF8.self), end)
    }

    private mutating func classify(_ inner: Range<Int>) -> TagKind {
        let content = trimmed(inner)
        guard let first = content.first.map({ bytes[$0] }) else { return .value }
        if first == UInt8(ascii: "#") || first == UInt8(ascii: "/") {
            let (name, _) = word(in: content)
            if let block = Block(rawValue: name) { return first == UInt8(ascii: "#") ? .open(block) : .close(block) }
            let tag = String(UnicodeScalar(first)) + name
            let suggestion = RuleSuggester.suggestion(for: tag, among: ["#when", "#each", "/when", "/each"])
            diagnostics.append(
                source.diagnostic(
                    .unknownBlock(tag, suggestion: suggestion), at: content.lowerBound..<word(in: content).1))
            return .unknown
        }
        if content.count == 4, String(decoding: bytes[content], as: UTF8.self) == "else" { return .otherwise }
        return .value
    }

    /// The expression part of a tag: all of it for a value, what follows `#when`/`#each` for a block.
    private func tagExpression(_ inner: Range<Int>) -> Range<Int> {
        let content = trimmed(inner)
        guard let first = content.first.map({ bytes[$0] }), first == UInt8(ascii: "#") else { return inner }
        return word(in: content).1..<content.upperBound
    }
}
