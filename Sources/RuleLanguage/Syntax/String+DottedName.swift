/// Finding the dots of a dotted name (`facts.branch.members`).
///
/// The parser's names are ASCII, where each byte is a character, so the dot is found on the bytes; other
/// text (a name built by hand) is searched character by character, as `firstIndex(of:)` would.
extension String {
    /// The index of the first `.`, if any.
    public func firstDot() -> String.Index? {
        var text = self
        let offset = text.withUTF8 { bytes in bytes.allSatisfy { $0 < 0x80 } ? bytes.firstIndex(of: 0x2E) ?? -1 : nil }
        guard let offset else { return firstIndex(of: ".") }
        return offset < 0 ? nil : utf8.index(utf8.startIndex, offsetBy: offset)
    }
}

extension Substring {
    /// The index of the last `.`, if any.
    public func lastDot() -> String.Index? {
        var text = self
        let offset = text.withUTF8 { bytes in bytes.allSatisfy { $0 < 0x80 } ? bytes.lastIndex(of: 0x2E) ?? -1 : nil }
        guard let offset else { return lastIndex(of: ".") }
        return offset < 0 ? nil : utf8.index(startIndex, offsetBy: offset)
    }
}

extension StringProtocol where SubSequence == Substring {
    /// The parts of a dotted name between its dots, empty ones left out, as `split(separator: ".")` gives
    /// them. An ASCII name (every name the parser reads) is split on its bytes; splitting character by
    /// character cost about 13,000 instructions a name. Other text keeps the search by character, where a
    /// dot followed by a combining mark is not a dot.
    public func dottedParts() -> [Substring] {
        let bytes = utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return split(separator: ".") }
        var parts: [Substring] = []
        var start = bytes.startIndex
        var index = start
        while index < bytes.endIndex {
            if bytes[index] == UInt8(ascii: ".") {
                if start < index { parts.append(self[start..<index]) }
                start = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        if start < bytes.endIndex { parts.append(self[start..<bytes.endIndex]) }
        return parts
    }
}
