extension Substring {
    /// The first occurrence of `needle`, which must be ASCII (a tag's `{{`, a reference's `[[clause `),
    /// found on the UTF-8 bytes. An ASCII byte is always a whole scalar, so the bounds are valid indices;
    /// text is not compared character by character, which cost thousands of instructions a search, and a
    /// combining mark after the needle does not hide it (the tags' own parsers read bytes too).
    func firstRange(ofASCII needle: StaticString) -> Range<String.Index>? {
        precondition(needle.isASCII && needle.utf8CodeUnitCount > 0, "an ASCII needle")
        let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        let bytes = utf8
        var start = bytes.startIndex
        while let found = bytes[start...].firstIndex(of: pattern[0]) {
            var index = found
            var matched = 0
            while matched < pattern.count, index < bytes.endIndex, bytes[index] == pattern[matched] {
                index = bytes.index(after: index)
                matched += 1
            }
            if matched == pattern.count { return found..<index }
            start = bytes.index(after: found)
        }
        return nil
    }
}
