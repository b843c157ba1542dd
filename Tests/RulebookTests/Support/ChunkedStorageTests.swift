import Testing

@testable import Rulebook

/// Chunked storage reads back exactly what was appended, whatever the chunk size, with texts crossing from
/// one chunk into the next.
@Suite struct ChunkedStorageTests {
    static let texts = ["north/a.json", "", "ünïcode ✓ 👩🏽‍💻", "x", String(repeating: "long ", count: 40), "e\u{301}"]

    @Test(arguments: [1, 2, 3, 7, 64, 1 << 20])
    func bytesReadBackAcrossChunks(chunkSize: Int) {
        var bytes = ChunkedBytes(chunkSize: chunkSize)
        var ranges: [Range<Int>] = []
        for text in Self.texts {
            let start = bytes.count
            bytes.append(text)
            ranges.append(start..<bytes.count)
        }
        #expect(bytes.count == Self.texts.reduce(0) { $0 + $1.utf8.count })
        #expect(ranges.map(bytes.string) == Self.texts)
        // Any range of whole texts reads as their concatenation.
        let all = 0..<bytes.count
        #expect(bytes.string(all) == Self.texts.joined())
    }

    @Test(arguments: [1, 3, 1 << 14])
    func arrayReadsBackAndSetsInPlace(chunkSize: Int) {
        var array = ChunkedArray<Int>(chunkSize: chunkSize)
        for number in 0..<100 { array.append(number * number) }
        #expect(Array(array) == (0..<100).map { $0 * $0 })
        array[57] = -1
        #expect(array[57] == -1 && array[56] == 56 * 56 && array.count == 100)
    }
}
