/// Finding the dots of a dotted name (`facts.branch.members`).
///
/// The parser's names are ASCII, where each byte is a character, so the dot is found on the bytes; other
/// text (a name built by hand) is searched character by character, as `firstIndex(of:)` would.
extension String {
    /// The index of the first `.`, if any.
    func firstDot() -> String.Index? {
        var text = self
        let offset = text.withUTF8 { bytes in bytes.allSatisfy { $0 < 0x80 } ? bytes.firstIndex(of: 0x2E) ?? -1 : nil }
        guard let offset else { return firstIndex(of: ".") }
        return offset < 0 ? nil : utf8.index(utf8.startIndex, offsetBy: offset)
    }
}

extension Substring {
    /// The index of the last `.`, if any.
    func lastDot() -> String.Index? {
        var text = self
        let offset = text.withUTF8 { bytes in bytes.allSatisfy { $0 < 0x80 } ? bytes.lastIndex(of: 0x2E) ?? -1 : nil }
        guard let offset else { return lastIndex(of: ".") }
        return offset < 0 ? nil : utf8.index(startIndex, offsetBy: offset)
    }
}
