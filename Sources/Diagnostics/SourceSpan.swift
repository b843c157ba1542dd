/// A range of UTF-8 byte offsets in one named file: where a diagnostic, note or edit points.
public struct SourceSpan: Sendable, Hashable, Codable {
    /// The path of the file, matching ``SourceFile/path``.
    public var file: String
    /// Byte offsets into the file's UTF-8 text; may be empty (a point).
    public var range: Range<Int>
    /// The line and column of the start, worked out while the file's text was at hand, for a span whose file
    /// is not kept to quote (``resolved(in:)``); `nil` otherwise. Not part of equality, the hash or the JSON
    /// form: it is what the text already says.
    public var start: SourceLocation?

    public init(file: String, range: Range<Int>) {
        self.file = file
        self.range = range
    }

    /// This span with ``start`` worked out by `converter` (the converter of the span's own file).
    public func resolved(in converter: SourceLocationConverter) -> SourceSpan {
        var span = self
        span.start = converter.location(of: range.lowerBound)
        return span
    }

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.file == rhs.file && lhs.range == rhs.range }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(file)
        hasher.combine(range)
    }

    /// A zero-width span at `offset`.
    public static func point(_ file: String, _ offset: Int) -> SourceSpan {
        SourceSpan(file: file, range: offset..<offset)
    }

    private enum CodingKeys: String, CodingKey { case file, start, end }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        file = try container.decode(String.self, forKey: .file)
        let start = try container.decode(Int.self, forKey: .start)
        let end = try container.decode(Int.self, forKey: .end)
        range = start..<max(start, end)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(range.lowerBound, forKey: .start)
        try container.encode(range.upperBound, forKey: .end)
    }
}
