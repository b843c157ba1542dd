/// Finds the ill-formed UTF-8 sequences in a buffer, and replaces each of their bytes with `?` so the reader
/// can go on with a valid buffer in which every later offset still lines up with the file.
///
/// ASCII is skipped sixteen bytes at a time, so checking a mostly-ASCII file costs about a cycle per word.
enum UTF8Problems {
    /// One ill-formed sequence: where it starts, its first byte and how many bytes it covers (the maximal
    /// subpart, as Unicode counts them).
    struct Problem: Equatable {
        var offset: Int
        var byte: UInt8
        var length: Int
    }

    /// Every ill-formed sequence in `bytes`, in order.
    static func find(in bytes: UnsafeBufferPointer<UInt8>) -> [Problem] {
        var problems: [Problem] = []
        var index = 0
        let count = bytes.count
        let raw = UnsafeRawBufferPointer(bytes)
        let highs: UInt64 = 0x8080_8080_8080_8080
        while index < count {
            while count - index >= 16 {
                let first = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let second = raw.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self)
                guard (first | second) & highs == 0 else { break }
                index += 16
            }
            while count - index >= 8, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & highs == 0 {
                index += 8
            }
            guard index < count else { break }
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let valid = validLength(bytes, at: index)
            if valid > 0 {
                index += valid
                continue
            }
            let length = max(1, maximalSubpart(bytes, at: index))
            problems.append(Problem(offset: index, byte: lead, length: length))
            index += length
        }
        return problems
    }

    /// `bytes` with every byte of every problem replaced by `?`.
    static func clean(_ bytes: [UInt8], _ problems: [Problem]) -> [UInt8] {
        var cleaned = bytes
        for problem in problems {
            for offset in problem.offset..<(problem.offset + problem.length) { cleaned[offset] = UInt8(ascii: "?") }
        }
        return cleaned
    }

    /// The allowed range of the second byte after `lead`, and the sequence length; nil for a bad lead byte.
    private static func shape(of lead: UInt8) -> (second: ClosedRange<UInt8>, length: Int)? {
        switch lead {
        case 0xC2...0xDF: (0x80...0xBF, 2)
        case 0xE0: (0xA0...0xBF, 3)
        case 0xE1...0xEC, 0xEE...0xEF: (0x80...0xBF, 3)
        case 0xED: (0x80...0x9F, 3)
        case 0xF0: (0x90...0xBF, 4)
        case 0xF1...0xF3: (0x80...0xBF, 4)
        case 0xF4: (0x80...0x8F, 4)
        default: nil
        }
    }

    /// The length of the well-formed sequence at `index`, or 0.
    private static func validLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        guard let (second, length) = shape(of: bytes[index]), index + length <= bytes.count,
            second.contains(bytes[index + 1])
        else { return 0 }
        for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return 0 }
        return length
    }

    /// How many bytes at `index` start a sequence that is cut short (at least the lead byte).
    private static func maximalSubpart(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        guard let (second, length) = shape(of: bytes[index]) else { return 1 }
        var taken = 1
        if index + 1 < bytes.count, second.contains(bytes[index + 1]) {
            taken = 2
            while taken < length, index + taken < bytes.count, bytes[index + taken] & 0xC0 == 0x80 { taken += 1 }
        }
        return taken
    }
}
