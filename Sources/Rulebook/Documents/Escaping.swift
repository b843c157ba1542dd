/// Escaping for the formats documents land in. Untrusted text (from a selections file, a report or a menu)
/// passes through one of these at the text node where it is written.
public enum Escaping {
    /// HTML text and attribute values: `& < > " '` become entities; control characters other than
    /// newline and tab are dropped.
    public static func html(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default:
                if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" || scalar.value == 0x7F { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Markdown text: punctuation that could start markup is backslash-escaped, line breaks become spaces,
    /// so the text renders literally in any CommonMark renderer.
    /// - Parameter atLineStart: whether the text starts a line (where `-`, `+`, `1.` would start a list).
    public static func markdown(_ text: String, atLineStart startsLine: Bool = true) -> String {
        var utf8 = text
        return utf8.withUTF8 { markdownBytes($0, atLineStart: startsLine) }
            ?? markdownByCharacter(text, atLineStart: startsLine)
    }

    /// ``markdown(_:atLineStart:)`` character by character, for any text (internal so tests can hold the
    /// ASCII path to it).
    static func markdownByCharacter(_ text: String, atLineStart startsLine: Bool) -> String {
        var result = ""
        var atLineStart = startsLine
        // "2019. A year of change" at the start would read as a numbered list item.
        let leadingDigits = startsLine ? text.prefix { $0.isASCII && $0.isNumber }.count : 0
        var index = 0
        for character in text {
            defer { index += 1 }
            if index == leadingDigits, leadingDigits > 0, character == "." || character == ")" {
                result.append("\\")
                result.append(character)
                atLineStart = false
                continue
            }
            switch character {
            case "\n", "\r", "\r\n":
                result += " "
                continue
            case "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "&", "~", "!", "{", "}":
                result.append("\\")
                result.append(character)
            case "-" where atLineStart, "+" where atLineStart, "." where atLineStart:
                result.append("\\")
                result.append(character)
            default:
                if let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1,
                    scalar.value < 0x20 && scalar != "\t" || scalar.value == 0x7F
                {
                    continue
                }
                result.append(character)
            }
            atLineStart = false
        }
        return result
    }

    /// ``markdown(_:atLineStart:)`` byte by byte. Every ASCII byte is a character (CR LF aside) unless a
    /// non-ASCII scalar next to it joins it into one (a combining accent after `*`, say): so an escape is
    /// written only between ASCII bytes, and at any other escape this gives nil and the general path reads
    /// the characters. Other non-ASCII text (“quotes”, accents inside words) is copied as it is.
    static func markdownBytes(_ bytes: UnsafeBufferPointer<UInt8>, atLineStart startsLine: Bool) -> String? {
        guard !containsVaria(bytes) else { return nil }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8 + 1)
        var atLineStart = startsLine
        let leadingDigits = startsLine ? bytes.prefix { (0x30...0x39).contains($0) }.count : 0
        // Whether the byte just read (at `index - 1`) stands alone: no non-ASCII byte before or after it.
        func standsAlone(_ index: Int) -> Bool {
            (index < 2 || bytes[index - 2] < 0x80) && (index >= bytes.count || bytes[index] < 0x80)
        }
        func escape(_ byte: UInt8) {
            output.append(UInt8(ascii: "\\"))
            output.append(byte)
        }
        let special = markdownSpecial
        var index = 0
        while index < bytes.count {
            // Past the start of the line, a run of printable bytes that are not markup is copied as it is.
            if !atLineStart, leadingDigits == 0 || index > leadingDigits {
                let end = plainRunEnd(bytes, from: index)
                if end > index { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end])) }
                index = end
                guard index < bytes.count else { break }
            }
            let byte = bytes[index]
            index += 1
            if index - 1 == leadingDigits, leadingDigits > 0, byte == UInt8(ascii: ".") || byte == UInt8(ascii: ")") {
                guard standsAlone(index) else { return nil }
                escape(byte)
                atLineStart = false
                continue
            }
            switch byte {
            case UInt8(ascii: "\r") where index < bytes.count && bytes[index] == UInt8(ascii: "\n"):
                output.append(UInt8(ascii: " "))
                index += 1
                continue
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                output.append(UInt8(ascii: " "))
                continue
            case 0x80...:
                output.append(byte)
            case _ where special[Int(byte)]:
                guard standsAlone(index) else { return nil }
                escape(byte)
            case UInt8(ascii: "-") where atLineStart, UInt8(ascii: "+") where atLineStart,
                UInt8(ascii: ".") where atLineStart:
                guard standsAlone(index) else { return nil }
                escape(byte)
            case 0x7F:
                continue
            case _ where byte < 0x20 && byte != UInt8(ascii: "\t"):
                continue
            default:
                output.append(byte)
            }
            atLineStart = false
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Whether `bytes` hold U+1FEF GREEK VARIA (`E1 BF AF`), which is canonically a backtick and so equal to
    /// one as a character: the character path escapes it. (The only other non-ASCII scalars equivalent to
    /// ASCII, U+037E and U+212A, are `;` and `K`, which are never escaped.)
    private static func containsVaria(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0
        while let lead = bytes[start...].firstIndex(of: 0xE1) {
            if lead + 2 < bytes.count, bytes[lead + 1] == 0xBF, bytes[lead + 2] == 0xAF { return true }
            start = lead + 1
        }
        return false
    }

    /// Where the run of bytes from `start` that need nothing done ends: printable ASCII that is not markup,
    /// and non-ASCII.
    private static func plainRunEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let special = markdownSpecial
        var index = start
        while index < bytes.count, bytes[index] >= 0x80 || (bytes[index] &- 0x20 < 0x5F && !special[Int(bytes[index])])
        {
            index += 1
        }
        return index
    }

    /// The ASCII bytes ``markdown(_:atLineStart:)`` always escapes, by value.
    private static let markdownSpecial: [Bool] = {
        var table = [Bool](repeating: false, count: 128)
        for byte in "\\`*_[]<>#|&~!{}".utf8 { table[Int(byte)] = true }
        return table
    }()

    /// A CSV field: quoted when needed, and a leading `= + - @` (or tab/CR) prefixed with `'` so a
    /// spreadsheet never runs it as a formula.
    public static func csv(_ text: String) -> String {
        var value = text
        if let first = value.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            value = "'" + value
        }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacing("\"", with: "\"\"") + "\""
    }
}
