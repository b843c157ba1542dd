/// How much the JSON reader accepts before it reports a J108 or J109 instead of reading on.
///
/// The limits keep hostile input from costing stack, memory or time out of proportion to its size; no report
/// clpconf writes comes near the defaults. Tests lower them to exercise the limits cheaply.
public struct JSONLimits: Sendable, Hashable {
    /// The deepest nesting of arrays and objects accepted; deeper input gets J108.
    public var maxDepth: Int
    /// The longest string accepted, in bytes as written (escapes included); longer ones get J109.
    public var maxStringBytes: Int
    /// The longest number accepted, in characters; longer ones get J109.
    public var maxNumberLength: Int
    /// The largest file accepted, in bytes; a larger one gets one J109 and is not read.
    public var maxDocumentBytes: Int
    /// After this many errors the reader stops reporting, adding one J111 note.
    public var maxErrors: Int

    public init(
        maxDepth: Int = 512, maxStringBytes: Int = 16 << 20, maxNumberLength: Int = 1_000,
        maxDocumentBytes: Int = 256 << 20, maxErrors: Int = 100
    ) {
        self.maxDepth = maxDepth
        self.maxStringBytes = maxStringBytes
        self.maxNumberLength = maxNumberLength
        self.maxDocumentBytes = maxDocumentBytes
        self.maxErrors = maxErrors
    }

    /// The limits clpconf reads its own files with.
    public static let standard = JSONLimits()
}

/// What the reader does with an object that has two members with the same key.
public enum JSONDuplicateKeys: Sendable, Hashable {
    /// Each repeated key is a J107 error with a note at the first; the default, because readers disagree on
    /// which member wins.
    case reject
    /// Every member is kept in order, as RFC 8259 permits; for conformance testing.
    case keep
}
