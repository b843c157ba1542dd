import Diagnostics

/// An expression or template as decoded from a menu file, plus how to map its offsets back to that file.
///
/// Every node and token stores a UTF-8 byte range into ``text``; diagnostics convert it with ``span(_:)``,
/// which goes through ``offsets`` so that an error inside a TOML string (with escapes, or spread over
/// several lines) points at the exact column of the file.
public struct RuleSource: Sendable, Hashable {
    /// The path of the file the text came from, as diagnostics print it.
    public var file: String
    /// The decoded text (the TOML string's value).
    public var text: String
    /// Maps offsets in ``text`` to offsets in ``file``.
    public var offsets: TextOffsetMap

    /// A source embedded in a file through `offsets`.
    public init(file: String, text: String, offsets: TextOffsetMap) {
        self.file = file
        self.text = text
        self.offsets = offsets
    }

    /// A source that is the whole file (offsets map one to one): tests, the command line's `--set`.
    public init(file: String = "<expression>", text: String) {
        self.init(file: file, text: text, offsets: TextOffsetMap(base: 0))
    }

    /// The file span of a range of ``text``.
    public func span(_ range: Range<Int>) -> SourceSpan {
        SourceSpan(file: file, range: offsets.sourceRange(range))
    }

    /// Whether `range` was written in the file exactly as decoded (no escapes inside it), so a fix-it may
    /// replace it with new text.
    func isVerbatim(_ range: Range<Int>) -> Bool {
        offsets.sourceRange(range).count == range.count
    }

    /// The text of `range`, clamped to ``text``.
    func slice(_ range: Range<Int>) -> String {
        let utf8 = text.utf8
        let lower = min(max(range.lowerBound, 0), utf8.count)
        let upper = min(max(range.upperBound, lower), utf8.count)
        let start = utf8.index(utf8.startIndex, offsetBy: lower)
        let end = utf8.index(start, offsetBy: upper - lower)
        return String(decoding: utf8[start..<end], as: UTF8.self)
    }

    /// A diagnostic for `message` located at `range`.
    func diagnostic(
        _ message: RuleMessage, at range: Range<Int>, highlights: [Range<Int>] = [], notes: [Note] = [],
        fixIts: [FixIt] = []
    ) -> Diagnostic {
        message.descriptor.diagnostic(
            message.text, at: span(range), highlights: highlights.map(span), notes: notes, fixIts: fixIts)
    }

    /// A fix-it that replaces `range` with `replacement`, offered only when the range is verbatim in the file.
    func replacement(_ range: Range<Int>, with replacement: String, summary: String) -> [FixIt] {
        guard isVerbatim(range) else { return [] }
        return [FixIt(summary, edits: [TextEdit(span: span(range), replacement: replacement)])]
    }
}
