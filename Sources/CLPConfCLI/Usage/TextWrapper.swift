/// Word-wraps help text to a width, keeping paragraphs and indented (preformatted) lines.
enum TextWrapper {
    /// `text` wrapped to `width` columns, every line prefixed with `indent` spaces.
    ///
    /// Blank lines separate paragraphs; lines that start with a space are kept as written.
    static func wrap(_ text: String, width: Int, indent: Int = 0) -> [String] {
        let prefix = String(repeating: " ", count: indent)
        var lines: [String] = []
        var paragraph: [Substring] = []
        func flush() {
            guard !paragraph.isEmpty else { return }
            lines += wrapWords(paragraph, width: max(width - indent, 20)).map { prefix + $0 }
            paragraph = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy({ $0 == " " }) {
                flush()
                lines.append("")
            } else if line.hasPrefix(" ") {
                flush()
                lines.append(prefix + line)
            } else {
                paragraph += line.split(separator: " ")
            }
        }
        flush()
        return lines
    }

    private static func wrapWords(_ words: [Substring], width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in words {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
