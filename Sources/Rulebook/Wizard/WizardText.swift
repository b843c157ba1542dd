/// Menu Markdown as the wizard shows it on a terminal: plain paragraphs wrapped to a width, and the first
/// sentence of an intro.
enum WizardText {
    /// The width text is wrapped to, leaving room for an indent in an 80-column terminal.
    static let width = 76

    /// Each block of `markdown` as plain text (lists with `- `), wrapped to ``width`` with `indent`.
    static func paragraphs(_ markdown: String, indent: String = "  ") -> String {
        var out: [String] = []
        for block in MiniMarkdown.parse(markdown) {
            switch block {
            case .paragraph(let spans), .heading(_, let spans): out.append(wrap(plain(spans), indent: indent))
            case .bullets(let items), .numbered(let items):
                out.append(
                    items.map { wrap("- " + plain($0), indent: indent, hanging: indent + "  ") }.joined(separator: "\n")
                )
            }
        }
        return out.joined(separator: "\n\n")
    }

    /// The first sentence of `markdown`'s first paragraph, in plain text.
    static func firstSentence(_ markdown: String) -> String {
        guard case .paragraph(let spans)? = MiniMarkdown.parse(markdown).first else { return "" }
        let text = plain(spans)
        guard let end = text.firstRange(of: ". ") else { return text }
        return String(text[..<end.lowerBound]) + "."
    }

    static func plain(_ spans: [MiniMarkdown.Span]) -> String {
        spans.map(\.plain).joined()
    }

    /// `text` broken into lines of at most ``width`` characters at spaces: the first line starts with
    /// `indent` and the others with `hanging` (by default the same). Leading spaces of `text` are kept.
    static func wrap(_ text: String, indent: String = "  ", hanging: String? = nil) -> String {
        let hanging = hanging ?? indent
        var lines: [String] = []
        var current = String(text.prefix { $0 == " " })
        var lead = indent
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if !current.trimmingPrefix(" ").isEmpty, lead.count + current.count + 1 + word.count > width {
                lines.append(lead + current)
                current = ""
                lead = hanging
            }
            current += (current.trimmingPrefix(" ").isEmpty ? "" : " ") + word
        }
        if !current.isEmpty { lines.append(lead + current) }
        return lines.joined(separator: "\n")
    }
}
