/// Fields: unquoted, quoted, and the recovery from a quote in the wrong place.
extension CSVParser {
    /// Reads one field, stopping at the comma or line end after it (not consumed).
    mutating func parseField() -> CSVField {
        index < bytes.count && bytes[index] == Byte.quote ? parseQuotedField() : parseUnquotedField()
    }

    /// Reads a field that does not start with a quote; a quote inside it is a D101 and kept as text.
    private mutating func parseUnquotedField() -> CSVField {
        let start = index
        var reported = false
        while index < bytes.count {
            let byte = bytes[index]
            if Byte.endsField(byte) { break }
            if byte == Byte.quote, !reported {
                report(.csvQuoteInUnquotedField(at: span(index, 1)))
                reported = true
            }
            index += 1
        }
        checkLength(start..<index)
        return CSVField(
            text: text(UnsafeBufferPointer(rebasing: bytes[start..<index])), range: start..<index, isQuoted: false)
    }

    /// Reads a field in double quotes: `""` is one quote, commas and line ends inside are text. Text after the
    /// closing quote is a D102 and kept; a field that is never closed is a D103 (see ``unterminatedField(openedAt:)``).
    private mutating func parseQuotedField() -> CSVField {
        let open = index
        index += 1
        scratch.removeAll(keepingCapacity: true)
        while true {
            let segment = index
            while index < bytes.count, bytes[index] != Byte.quote { index += 1 }
            guard index < bytes.count else { return unterminatedField(openedAt: open) }
            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segment..<index]))
            index += 1
            guard index < bytes.count, bytes[index] == Byte.quote else { break }
            scratch.append(Byte.quote)
            index += 1
        }
        if index < bytes.count, !Byte.endsField(bytes[index]) {
            report(.csvTextAfterClosingQuote(at: span(index, 1)))
            let rest = index
            while index < bytes.count, !Byte.endsField(bytes[index]) { index += 1 }
            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[rest..<index]))
        }
        checkLength(open..<index)
        return CSVField(text: scratch.withUnsafeBufferPointer(text), range: open..<index, isQuoted: true)
    }

    /// A D103 at the opening quote; the field is the rest of its line up to a comma, so the next fields and
    /// lines are read as written rather than swallowed.
    private mutating func unterminatedField(openedAt open: Int) -> CSVField {
        report(.csvUnterminatedQuote(at: span(open, 1)))
        index = open + 1
        while index < bytes.count, !Byte.endsField(bytes[index]) { index += 1 }
        checkLength((open + 1)..<index)
        return CSVField(
            text: text(UnsafeBufferPointer(rebasing: bytes[(open + 1)..<index])), range: open..<index, isQuoted: true)
    }

    /// A D105 over the field when `range`, as written, is longer than ``CSVLimits/maxFieldBytes``.
    private mutating func checkLength(_ range: Range<Int>) {
        guard range.count > limits.maxFieldBytes else { return }
        report(
            .csvTooLarge(
                "this field (\(range.count) bytes)", limit: "\(limits.maxFieldBytes) bytes",
                at: span(range.lowerBound, range.count)))
    }

    /// The decoded field `bytes` as text: all of it, or at most ``CSVLimits/maxFieldBytes`` bytes, cut where
    /// a character starts.
    private func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var count = min(bytes.count, limits.maxFieldBytes)
        if count < bytes.count {
            while count > 0, bytes[count] & 0xC0 == 0x80 { count -= 1 }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<count]), as: UTF8.self)
    }
}
