/// Elements appended into fixed-size chunks, never moved once written: a list of a million receipts grows by
/// one chunk at a time instead of doubling (which holds the old and the new buffer at once and leaves up to
/// half of the new one unused).
public struct ChunkedArray<Element: Sendable>: RandomAccessCollection, Sendable {
    /// Elements per chunk.
    public let chunkSize: Int
    private var chunks: [[Element]] = []
    public private(set) var count = 0

    /// An empty array whose chunks hold `chunkSize` elements each (at least one).
    public init(chunkSize: Int = 1 << 14) {
        self.chunkSize = Swift.max(1, chunkSize)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public subscript(position: Int) -> Element {
        get { chunks[position / chunkSize][position % chunkSize] }
        set { chunks[position / chunkSize][position % chunkSize] = newValue }
    }

    public mutating func append(_ element: Element) {
        if count % chunkSize == 0 {
            chunks.append([])
            chunks[chunks.count - 1].reserveCapacity(chunkSize)
        }
        chunks[chunks.count - 1].append(element)
        count += 1
    }
}

/// Bytes appended into fixed-size chunks and read back by their offset from the start, as if they were one
/// buffer: the text of a million file names without a heap object each and without the copies of a doubling
/// buffer. A range may cross from one chunk into the next.
public struct ChunkedBytes: Sendable {
    /// Bytes per chunk.
    public let chunkSize: Int
    private var chunks: [[UInt8]] = []
    /// How many bytes have been appended.
    public private(set) var count = 0

    /// No bytes yet, in chunks of `chunkSize` (at least one).
    public init(chunkSize: Int = 1 << 20) {
        self.chunkSize = max(1, chunkSize)
    }

    /// Appends the UTF-8 bytes of `text`.
    public mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { buffer in
            var rest = buffer[...]
            while !rest.isEmpty {
                if count % chunkSize == 0 {
                    chunks.append([])
                    chunks[chunks.count - 1].reserveCapacity(chunkSize)
                }
                let piece = rest.prefix(chunkSize - count % chunkSize)
                chunks[chunks.count - 1].append(contentsOf: piece)
                count += piece.count
                rest = rest.dropFirst(piece.count)
            }
        }
    }

    /// The bytes at `range` (offsets from the start of everything appended), decoded as UTF-8.
    public func string(_ range: Range<Int>) -> String {
        let first = range.lowerBound / chunkSize
        let offset = range.lowerBound % chunkSize
        if range.isEmpty { return "" }
        if offset + range.count <= chunkSize {
            return String(decoding: chunks[first][offset..<(offset + range.count)], as: UTF8.self)
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(range.count)
        var position = range.lowerBound
        while position < range.upperBound {
            let chunk = position / chunkSize
            let start = position % chunkSize
            let end = min(chunkSize, start + (range.upperBound - position))
            bytes.append(contentsOf: chunks[chunk][start..<end])
            position += end - start
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
