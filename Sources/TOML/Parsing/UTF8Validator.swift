/// Finds the invalid UTF-8 in a byte buffer, so it can be reported at the byte where it starts.
enum UTF8Validator {
    /// One ill-formed sequence: the offset of its first byte and how many bytes belong to it.
    struct Problem: Equatable {
        var offset: Int
        var length: Int
        /// The first byte of the sequence, for the message.
        var byte: UInt8
    }

    /// Every ill-formed sequence in `bytes`, as maximal subparts (the Unicode "U+FFFD substitution" units).
    static func problems(in bytes: [UInt8]) -> [Problem] {
        var copy = bytes
        return clean(&copy, firstPerLineOnly: false)
    }

    /// Replaces every byte of every ill-formed sequence with `?` (one byte, so offsets do not move) and
    /// returns the problems: all of them, or only the first of each line (a binary file can have millions).
    static func clean(_ bytes: inout [UInt8], firstPerLineOnly: Bool = true) -> [Problem] {
        var problems: [Problem] = []
        var lineHasProblem = false
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                if lead == UInt8(ascii: "\n") { lineHasProblem = false }
                index += 1
                continue
            }
            let valid = validSequenceLength(bytes, at: index)
            if !valid.isComplete {
                if !firstPerLineOnly || !lineHasProblem {
                    problems.append(Problem(offset: index, length: valid.length, byte: lead))
                }
                lineHasProblem = true
                for offset in index..<(index + valid.length) { bytes[offset] = UInt8(ascii: "?") }
            }
            index += valid.length
        }
        return problems
    }

    /// How many bytes starting at `index` form a well-formed sequence (`isComplete`), or else the length of
    /// the maximal ill-formed prefix (at least 1).
    private static func validSequenceLength(_ bytes: [UInt8], at index: Int) -> (length: Int, isComplete: Bool) {
        let lead = bytes[index]
        let needed: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: needed = 1
        case 0xE0:
            needed = 2
            secondRange = 0xA0...0xBF
        case 0xED:
            needed = 2
            secondRange = 0x80...0x9F
        case 0xE1...0xEF: needed = 2
        case 0xF0:
            needed = 3
            secondRange = 0x90...0xBF
        case 0xF4:
            needed = 3
            secondRange = 0x80...0x8F
        case 0xF1...0xF3: needed = 3
        default: return (1, false)
        }
        for step in 1...needed {
            let position = index + step
            guard position < bytes.count else { return (step, false) }
            let range = step == 1 ? secondRange : 0x80...0xBF
            guard range.contains(bytes[position]) else { return (step, false) }
        }
        return (needed + 1, true)
    }
}
