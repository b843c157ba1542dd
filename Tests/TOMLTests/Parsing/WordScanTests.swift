import TestSupport
import Testing

@testable import TOML

/// The eight-byte string scan: whatever it flags, the lowest flag is a byte that really stops the scan, and a
/// word with such a byte is always flagged, so skipping a word it does not flag never skips a stop.
@Suite("WordScan")
struct WordScanTests {
    /// Bytes near every boundary the scan tests.
    static let interesting: [UInt8] = [
        0x00, 0x01, 0x08, 0x09, 0x0A, 0x0B, 0x0D, 0x1F, 0x20, 0x21, 0x22, 0x27, 0x5B, 0x5C, 0x5D, 0x7E, 0x7F, 0x80,
        0x8A, 0xA0, 0xA2, 0xDC, 0xFF, 0x61,
    ]

    static func stops(_ byte: UInt8, delimiter: UInt8, escapes: Bool) -> Bool {
        byte == delimiter || (escapes && byte == 0x5C) || byte == 0x7F || byte < 0x20
    }

    @Test(
        "the lowest flag is a true stop, and a word with a stop is flagged",
        arguments: [(0x22, true), (0x27, false), (0x0A, false)] as [(UInt8, Bool)])
    func flagsAreSound(delimiter: UInt8, escapes: Bool) {
        let scan = WordScan(delimiter: delimiter, escapes: escapes)
        var generator = SeededGenerator(seed: UInt64(delimiter) << 1 | (escapes ? 1 : 0))
        for round in 0..<20_000 {
            let bytes: [UInt8] = (0..<8).map { _ in
                round % 2 == 0
                    ? Self.interesting.randomElement(using: &generator) ?? 0
                    : UInt8.random(in: 0...255, using: &generator)
            }
            let word = bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << UInt64(8 * $1.offset) }
            let flags = scan.stops(word)
            let firstStop = bytes.firstIndex {
                Self.stops($0, delimiter: delimiter, escapes: escapes)
            }
            if let firstStop {
                #expect(flags != 0, "\(bytes)")
                #expect(flags.trailingZeroBitCount / 8 == firstStop, "\(bytes)")
            } else {
                // False flags sit only above a true stop (a borrow from it), so a word without one has none.
                #expect(flags == 0, "\(bytes)")
            }
        }
    }
}
