import Diagnostics

/// A parsed JSON file as one flat array of fixed-size entries, one per value and key, over the file's bytes.
///
/// What ``JSONParser/parseTape(bytes:path:limits:duplicateKeys:)`` produces. Every value has been checked (the
/// grammar, UTF-8, escapes, limits and duplicate keys) and located, but nothing is built: a string stays a
/// range of the bytes and is decoded when read (a plain one by a straight copy), a number stays its lexeme.
/// The children of each array or object sit side by side (an object's as key, value, key, value), so
/// ``Value/array`` and ``Value/object`` index them directly. Read it through ``root``; ``Value/tree()`` builds
/// the owned ``JSONNode`` tree when one is wanted.
public struct JSONTape: Sendable {
    let storage: Storage

    /// Takes over the memory of `entries`.
    init(entries: EntryBuffer, root: Int, text: SourceText) {
        storage = Storage(entries: entries.entries, root: root, text: text)
    }

    /// The one value of the document.
    public var root: Value { Value(storage: storage, index: storage.root) }

    /// An empty ``Elements``, for a reader that treats a missing array as one with no elements.
    public var noElements: Elements { (0..<0).lazy.map { [storage] in Value(storage: storage, index: $0) } }

    /// How many entries the tape holds: one per value and one per object key.
    public var entryCount: Int { storage.entries.count }

    /// The name diagnostics show for the file.
    public var path: String { storage.text.path }

    /// The file's text (with invalid bytes shown as `?`) and path, for rendering diagnostics; built on each
    /// call (a copy of the file), so keep the result.
    public var source: SourceFile { storage.text.sourceFile }

    /// The file's text up to the last line on which a span of `diagnostics` starts (``QuotedPrefix``): all a
    /// caller that keeps a rejected file only to quote its problems needs, without a copy of the rest.
    public func source(quotedBy diagnostics: [Diagnostic]) -> SourceFile {
        storage.text.sourceFile(quotedBy: diagnostics)
    }

    /// A span in this tape's file.
    public func span(_ range: Range<Int>) -> SourceSpan {
        SourceSpan(file: storage.text.path, range: range)
    }

    /// A located diagnostic for a value that is not what the caller expected.
    public func diagnostic(for error: JSONValueError) -> Diagnostic {
        error.diagnostic(in: storage.text.path)
    }

    /// The same file as a ``JSONDocument`` of ``JSONNode``s (built, so every string is decoded).
    public func document() -> JSONDocument {
        JSONDocument(root: root.tree(), text: storage.text)
    }

    /// The entries and the bytes they point into, shared by every view of one tape.
    ///
    /// `@unchecked Sendable`: the entries' memory is written only before this object is made, never after,
    /// and is freed with it.
    final class Storage: @unchecked Sendable {
        let entries: UnsafeBufferPointer<Entry>
        let root: Int
        let text: SourceText

        init(entries: UnsafeBufferPointer<Entry>, root: Int, text: SourceText) {
            self.entries = entries
            self.root = root
            self.text = text
        }

        deinit {
            entries.deallocate()
        }
    }

    /// What an entry holds.
    enum Kind: UInt32 {
        case null = 0
        case `false`, `true`, number, string, array, object
    }

    /// One value or key: its byte range, its kind and, for a container, where its children are.
    ///
    /// 16 bytes. Offsets are 32-bit, so the tape reads files of up to ``JSONTape/maxDocumentBytes``.
    struct Entry: Sendable, BitwiseCopyable {
        var start: UInt32
        var end: UInt32
        /// A container's first child on the tape; for an object key with escapes, the hash of its decoded bytes
        /// (``JSONKeyHash``), for the duplicate check.
        var payload: UInt32
        /// The kind in the low three bits, ``escapedFlag`` for a string with a backslash, and a container's
        /// number of children (elements, or members) from bit 4 up.
        var tag: UInt32

        static let escapedFlag: UInt32 = 8

        @inline(__always)
        init(_ kind: Kind, start: Int, end: Int, payload: UInt32 = 0, flags: UInt32 = 0) {
            self.start = UInt32(truncatingIfNeeded: start)
            self.end = UInt32(truncatingIfNeeded: end)
            self.payload = payload
            self.tag = kind.rawValue | flags
        }

        @inline(__always)
        var kind: Kind { Kind(rawValue: tag & 7) ?? .null }
        var range: Range<Int> { Int(start)..<Int(end) }
        /// A string's content, between its quotes.
        var content: Range<Int> { (Int(start) + 1)..<(Int(end) - 1) }
        var isEscaped: Bool { tag & Self.escapedFlag != 0 }
        /// A container's number of elements or members.
        var count: Int { Int(tag >> 4) }
    }

    /// The largest file a tape can hold (512 MiB): the largest ``JSONLimits/maxDocumentBytes`` that takes
    /// effect, so that offsets fit in 32 bits and child counts in 28.
    public static let maxDocumentBytes = 1 << 29
}

/// What reading a JSON file into a tape produced: the tape when the text could be read to its end, and the
/// diagnostics; the same diagnostics ``JSONParser/parse(bytes:path:limits:duplicateKeys:)`` gives.
public struct JSONTapeResult: Sendable {
    /// The tape; nil after a syntax error (or a file over the size limit).
    public var tape: JSONTape?
    /// Every problem found, sorted by position.
    public var diagnostics: [Diagnostic]
    let text: SourceText

    init(tape: JSONTape?, text: SourceText, diagnostics: [Diagnostic]) {
        self.tape = tape
        self.text = text
        self.diagnostics = diagnostics
    }

    /// The file's text and path, for rendering the diagnostics; built on each call, so keep the result.
    public var source: SourceFile { text.sourceFile }

    /// The file's text up to the last line on which a span of `diagnostics` starts (``QuotedPrefix``).
    public func source(quotedBy diagnostics: [Diagnostic]) -> SourceFile { text.sourceFile(quotedBy: diagnostics) }

    /// Whether the input is valid JSON: there is a tape and no error.
    public var isValid: Bool { tape != nil && !diagnostics.hasErrors }

    /// The same result with the tape built into a ``JSONDocument`` tree.
    public func treeResult() -> JSONParseResult {
        JSONParseResult(document: tape?.document(), text: text, diagnostics: diagnostics)
    }
}
