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
        var result = ""
        var atLineStart = startsLine
        // "2019. A year of change" at the start would read as a numbered list item.
        let leadingDigits = startsLine ? text.prefix { $0.isASCII && $0.isNumber }.count : 0
        var index = 0
        for character in text {
            defer { index += 1 }
            if index == leadingDigits, leadingDigits > 0, character == "." || character == ")" {
                result += "\\" + String(character)
                atLineStart = false
                continue
            }
            switch character {
            case "\n", "\r", "\r\n":
                result += " "
                continue
            case "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "&", "~", "!", "{", "}":
                result += "\\" + String(character)
            case "-" where atLineStart, "+" where atLineStart, "." where atLineStart:
                result += "\\" + String(character)
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
