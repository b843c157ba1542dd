extension String {
    /// `parts` written one after another, built in one go: a key such as `option:governance.delegate_gc` is
    /// made for every id an edition defines, and appending piece by piece (as `+` and interpolation do) costs
    /// several times as much as copying the bytes once.
    static func joining(_ first: String, _ second: String, _ third: String = "", _ fourth: String = "") -> String {
        var (first, second, third, fourth) = (first, second, third, fourth)
        let count = first.utf8.count + second.utf8.count + third.utf8.count + fourth.utf8.count
        return String(unsafeUninitializedCapacity: count) { buffer in
            var offset = copyUTF8(&first, into: buffer, at: 0)
            offset = copyUTF8(&second, into: buffer, at: offset)
            offset = copyUTF8(&third, into: buffer, at: offset)
            return copyUTF8(&fourth, into: buffer, at: offset)
        }
    }

    /// Copies `text`'s UTF-8 into `buffer` at `offset` and returns the offset after it; the caller sized
    /// `buffer` for every part, so the copy is in bounds.
    private static func copyUTF8(_ text: inout String, into buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int)
        -> Int
    {
        text.withUTF8 { bytes in
            _ = UnsafeMutableBufferPointer(rebasing: buffer[offset..<(offset + bytes.count)]).initialize(from: bytes)
            return offset + bytes.count
        }
    }
}
