/// Maps UTF-8 offsets in a decoded string (a TOML string value) back to offsets in the file it came from.
///
/// An expression written inside a TOML string is parsed from the decoded value; this map lets its
/// errors point at the exact column in the file even when the string has escapes or spans lines.
public struct TextOffsetMap: Sendable, Hashable {
    /// A point from which decoded offsets advance in step with source offsets.
    public struct Segment: Sendable, Hashable {
        public var decoded: Int
        public var source: Int

        public init(decoded: Int, source: Int) {
            self.decoded = decoded
            self.source = source
        }
    }

    /// Source offset of decoded offset 0.
    public var base: Int
    /// Further segments, sorted by `decoded`; empty when the string is a verbatim slice of the file.
    public var segments: [Segment]

    public init(base: Int, segments: [Segment] = []) {
        self.base = base
        self.segments = segments
    }

    /// The source offset of a decoded offset.
    public func sourceOffset(_ decoded: Int) -> Int {
        guard !segments.isEmpty else { return base + decoded }
        var low = 0
        var high = segments.count - 1
        var found: Segment?
        while low <= high {
            let mid = (low + high) / 2
            if segments[mid].decoded <= decoded {
                found = segments[mid]
                low = mid + 1
            } else {
                high = mid - 1
            }
        }
        guard let segment = found else { return base + decoded }
        return segment.source + (decoded - segment.decoded)
    }

    /// The source range of a decoded range.
    public func sourceRange(_ decoded: Range<Int>) -> Range<Int> {
        let lower = sourceOffset(decoded.lowerBound)
        if decoded.isEmpty { return lower..<lower }
        let upper = sourceOffset(decoded.upperBound - 1) + 1
        return lower..<max(lower, upper)
    }
}
