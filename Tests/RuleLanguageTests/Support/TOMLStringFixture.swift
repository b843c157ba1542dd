import Diagnostics
import RuleLanguage

/// Builds a ``RuleSource`` for a string value inside a TOML file, the way the menu loader will: the
/// decoded text plus a ``TextOffsetMap`` back to the file. Handles basic strings (`"…"` with `\"`, `\\`,
/// `\n`, `\t` and `\uXXXX` escapes), literal strings (`'…'`) and multi-line literal strings (`'''…'''`).
enum TOMLStringFixture {
    /// The source for the string value of the first `key = …` in `file`.
    static func source(in file: String, key: String, path: String = "menu.toml") -> RuleSource? {
        let bytes = Array(file.utf8)
        let keyBytes = Array((key + " = ").utf8)
        guard let keyStart = firstIndex(of: keyBytes, in: bytes) else { return nil }
        var index = keyStart + keyBytes.count
        if bytes[index...].starts(with: Array("'''".utf8)) {
            index += 3
            if bytes[index] == UInt8(ascii: "\n") { index += 1 }
            guard let end = firstIndex(of: Array("'''".utf8), in: bytes, from: index) else { return nil }
            return verbatim(bytes, index..<end, path: path)
        }
        if bytes[index] == UInt8(ascii: "'") {
            guard let end = bytes[(index + 1)...].firstIndex(of: UInt8(ascii: "'")) else { return nil }
            return verbatim(bytes, (index + 1)..<end, path: path)
        }
        guard bytes[index] == UInt8(ascii: "\"") else { return nil }
        return basic(bytes, from: index + 1, path: path)
    }

    private static func verbatim(_ bytes: [UInt8], _ range: Range<Int>, path: String) -> RuleSource {
        RuleSource(
            file: path, text: String(decoding: bytes[range], as: UTF8.self), offsets: TextOffsetMap(base: range.lowerBound))
    }

    private static func basic(_ bytes: [UInt8], from start: Int, path: String) -> RuleSource? {
        var decoded: [UInt8] = []
        var segments: [TextOffsetMap.Segment] = []
        var index = start
        while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
            guard bytes[index] == UInt8(ascii: "\\") else {
                decoded.append(bytes[index])
                index += 1
                continue
            }
            segments.append(.init(decoded: decoded.count, source: index))
            let escape = bytes[index + 1]
            var width = 2
            switch escape {
            case UInt8(ascii: "n"): decoded.append(UInt8(ascii: "\n"))
            case UInt8(ascii: "t"): decoded.append(UInt8(ascii: "\t"))
            case UInt8(ascii: "u"):
                let hex = String(decoding: bytes[(index + 2)..<(index + 6)], as: UTF8.self)
                guard let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else { return nil }
                decoded.append(contentsOf: Array(String(Character(scalar)).utf8))
                width = 6
            default: decoded.append(escape)
            }
            index += width
            segments.append(.init(decoded: decoded.count, source: index))
        }
        return RuleSource(
            file: path, text: String(decoding: decoded, as: UTF8.self),
            offsets: TextOffsetMap(base: start, segments: segments))
    }

    private static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from start: Int = 0) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        var index = start
        while index + needle.count <= haystack.count {
            if haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
