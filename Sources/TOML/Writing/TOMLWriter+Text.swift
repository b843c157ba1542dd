/// Strings, keys and comments: the text side of ``TOMLWriter``.
extension TOMLWriter {
    /// `text` as a TOML basic string, in double quotes.
    ///
    /// Quotes and backslashes are escaped; so is every character that TOML forbids raw in a string (U+0000
    /// to U+001F, U+007F) and every character that would hide or reorder the text around it in an editor
    /// (C1 controls, line and paragraph separators, bidirectional controls, the byte-order mark). Reading the
    /// result back gives `text` exactly.
    public static func string(_ text: String) -> String {
        var out = ""
        appendString(text, to: &out)
        return out
    }

    /// Appends `text` as ``string(_:)`` writes it to `out`.
    static func appendString(_ text: String, to out: inout String) {
        if isPlain(text) {
            // Printable ASCII with no quote or backslash (most of what clpconf writes) needs no escape, so it
            // is copied whole: appending scalar by scalar was most of the cost of writing a selections file.
            out += "\""
            out += text
            out += "\""
            return
        }
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\u{08}": out += "\\b"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\u{0C}": out += "\\f"
            case "\r": out += "\\r"
            default:
                if mustEscape(scalar) { out += unicodeEscape(scalar) } else { out.unicodeScalars.append(scalar) }
            }
        }
        out += "\""
    }

    /// Whether `text` is printable ASCII with no quote or backslash, so no character of it needs an escape.
    private static func isPlain(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            !bytes.contains { $0 < 0x20 || $0 > 0x7E || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }
        }
    }

    /// `key` as a TOML key: bare when it is made only of `A-Z a-z 0-9 _ -` (and is not empty), otherwise a
    /// quoted basic string. Reading it back gives `key` exactly.
    public static func key(_ key: String) -> String {
        isBareKey(key) ? key : string(key)
    }

    /// Appends `key` as ``key(_:)`` writes it to `out`.
    static func appendKey(_ key: String, to out: inout String) {
        if isBareKey(key) { out += key } else { appendString(key, to: &out) }
    }

    /// Keys joined by dots, each written by ``key(_:)``: `facts.branch`, `a."b c"`.
    public static func dottedKey(_ path: [String]) -> String {
        path.map(key).joined(separator: ".")
    }

    /// A `[table]` header line (without its newline).
    public static func tableHeader(_ path: [String]) -> String {
        "[" + dottedKey(path) + "]"
    }

    /// An `[[array of tables]]` header line (without its newline).
    public static func arrayOfTablesHeader(_ path: [String]) -> String {
        "[[" + dottedKey(path) + "]]"
    }

    /// A comment, `# text`, that stays one comment whatever `text` holds.
    ///
    /// See ``commentText(_:)`` for what is replaced.
    public static func comment(_ text: String) -> String {
        "# " + commentText(text)
    }

    /// `text` made safe to follow a `#`: every control character (tab, newline and carriage return
    /// included), every C1 control and every character that hides or reorders text is replaced by its
    /// escape written out as plain text (`\u000A`), so the comment can never end early, start a table, or
    /// hide what follows it. Other text, backslashes included, is kept as it is.
    public static func commentText(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "\t" || mustEscape($0) }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar == "\t" || mustEscape(scalar) {
                out += unicodeEscape(scalar)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Whether `key` can be written without quotes.
    static func isBareKey(_ key: String) -> Bool {
        var key = key
        return key.withUTF8 { bytes in
            !bytes.isEmpty
                && bytes.allSatisfy { byte in
                    switch byte {
                    case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"):
                        true
                    default: false
                    }
                }
        }
    }

    /// Characters never written raw: those TOML forbids in strings and comments (other than tab), and those
    /// that make an editor show something other than what the file holds.
    static func mustEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09: false
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x061C, 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069, 0xFEFF: true
        default: false
        }
    }

    /// `\uXXXX` (or `\UXXXXXXXX` above U+FFFF), with capital hex digits.
    static func unicodeEscape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let width = scalar.value > 0xFFFF ? 8 : 4
        return (width == 8 ? "\\U" : "\\u") + String(repeating: "0", count: max(0, width - hex.count)) + hex
    }
}
