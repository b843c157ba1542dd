/// Finds the ill-formed UTF-8 sequences of a CSV file with the standard library's own decoder, and replaces
/// their bytes with `?`, so the reader goes on with valid text whose offsets still match the file.
enum UTF8Check {
    /// One ill-formed sequence: where it starts, its first byte and how many bytes it covers (the maximal
    /// subpart, as Unicode counts them and `Unicode.UTF8.ForwardParser` reports them).
    struct Problem: Equatable {
        var offset: Int
        var byte: UInt8
        var length: Int
    }

    /// Every ill-formed sequence in `bytes`, in order.
    static func problems(in bytes: UnsafeBufferPointer<UInt8>) -> [Problem] {
        var problems: [Problem] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] < 0x80 {
                index += 1
                continue
            }
            var iterator = UnsafeBufferPointer(rebasing: bytes[index...]).makeIterator()
            var parser = Unicode.UTF8.ForwardParser()
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                index += encoded.count
            case .error(let length):
                problems.append(Problem(offset: index, byte: bytes[index], length: max(1, length)))
                index += max(1, length)
            case .emptyInput:
                return problems
            }
        }
        return problems
    }

    /// `bytes` with every byte of every problem replaced by `?`.
    static func cleaned(_ bytes: [UInt8], _ problems: [Problem]) -> [UInt8] {
        guard !problems.isEmpty else { return bytes }
        var cleaned = bytes
        for problem in problems {
            cleaned.replaceSubrange(
                problem.offset..<(problem.offset + problem.length),
                with: repeatElement(UInt8(ascii: "?"), count: problem.length))
        }
        return cleaned
    }
}
