/// Makes untrusted text safe to print on a terminal: control characters (escape sequences,
/// carriage returns, bells) are shown as visible escapes instead of being obeyed.
public enum TerminalText {
    /// `text` with every C0/C1 control character except tab replaced by a `\u{..}` escape.
    /// Newlines are escaped too unless `allowNewlines` is set.
    public static func sanitize(_ text: String, allowNewlines: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { isUnsafe($0, allowNewlines: allowNewlines) }) else {
            return text
        }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar, allowNewlines: allowNewlines) {
                result += "\\u{" + String(scalar.value, radix: 16) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func isUnsafe(_ scalar: Unicode.Scalar, allowNewlines: Bool) -> Bool {
        let value = scalar.value
        if value == 0x09 { return false }
        if value == 0x0A { return !allowNewlines }
        return value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value)
            || value == 0x2028 || value == 0x2029 || (0x202A...0x202E).contains(value)
            || (0x2066...0x2069).contains(value)
    }
}
