/// The small Markdown subset menu authors write in intros and advice: paragraphs, `-`/`*` and `1.` lists,
/// `#` headings, `**strong**`, `*emphasis*`, `` `code` `` and `[links](https://…)`.
///
/// Parsed into blocks of ``DocumentInline`` so each renderer escapes text for its own format; anything else
/// (raw HTML, images, scripts) stays literal text.
public enum MiniMarkdown {
    /// One block of parsed Markdown.
    public enum Block: Sendable, Equatable {
        case paragraph([Span])
        case heading(Int, [Span])
        case bullets([[Span]])
        case numbered([[Span]])
    }

    /// Inline content; links carry a URL that has already been checked to be http(s) or mailto.
    public enum Span: Sendable, Equatable {
        case text(String)
        case strong(String)
        case emphasis(String)
        case code(String)
        case link(text: String, url: String)

        public var plain: String {
            switch self {
            case .text(let value), .strong(let value), .emphasis(let value), .code(let value): value
            case .link(let text, let url): "\(text) (\(url))"
            }
        }
    }

    public static func parse(_ markdown: String) -> [Block] {
        var blocks: [Block] = []
        var paragraph: [String] = []
        var items: [String] = []
        var numbered = false
        func flush() {
            if !paragraph.isEmpty { blocks.append(.paragraph(inline(paragraph.joined(separator: " ")))) }
            if !items.isEmpty { blocks.append(numbered ? .numbered(items.map(inline)) : .bullets(items.map(inline))) }
            paragraph = []
            items = []
        }
        for rawLine in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(rawLine.drop { $0 == " " || $0 == "\t" })
            if line.isEmpty {
                flush()
            } else if let level = headingLevel(line) {
                flush()
                blocks.append(.heading(level, inline(String(line.dropFirst(level + 1)))))
            } else if line.hasPrefix("- ") || line.hasPrefix("* ") {
                if !paragraph.isEmpty || (numbered && !items.isEmpty) { flush() }
                numbered = false
                items.append(String(line.dropFirst(2)))
            } else if let rest = numberedItem(line) {
                if !paragraph.isEmpty || (!numbered && !items.isEmpty) { flush() }
                numbered = true
                items.append(rest)
            } else if !items.isEmpty && rawLine.first == " " {
                items[items.count - 1] += " " + line
            } else {
                if !items.isEmpty { flush() }
                paragraph.append(line)
            }
        }
        flush()
        return blocks
    }

    private static func headingLevel(_ line: String) -> Int? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes), line.dropFirst(hashes).first == " " else { return nil }
        return hashes
    }

    private static func numberedItem(_ line: String) -> String? {
        let digits = line.prefix { $0.isNumber }
        guard !digits.isEmpty, digits.count <= 3 else { return nil }
        let rest = line.dropFirst(digits.count)
        guard rest.hasPrefix(". ") else { return nil }
        return String(rest.dropFirst(2))
    }

    /// Inline spans of one paragraph or item.
    public static func inline(_ text: String) -> [Span] {
        var spans: [Span] = []
        var plain = ""
        var rest = Substring(text)
        func emit(_ span: Span) {
            if !plain.isEmpty { spans.append(.text(plain)) }
            plain = ""
            spans.append(span)
        }
        while let first = rest.first {
            if rest.hasPrefix("**"), let end = rest.dropFirst(2).firstRange(of: "**"),
                end.lowerBound > rest.index(rest.startIndex, offsetBy: 2)
            {
                emit(.strong(String(rest[rest.index(rest.startIndex, offsetBy: 2)..<end.lowerBound])))
                rest = rest[end.upperBound...]
            } else if first == "`", let end = rest.dropFirst().firstIndex(of: "`") {
                emit(.code(String(rest[rest.index(after: rest.startIndex)..<end])))
                rest = rest[rest.index(after: end)...]
            } else if first == "*" || first == "_", let end = rest.dropFirst().firstIndex(of: first),
                end > rest.index(after: rest.startIndex)
            {
                emit(.emphasis(String(rest[rest.index(after: rest.startIndex)..<end])))
                rest = rest[rest.index(after: end)...]
            } else if first == "[", let link = parseLink(rest) {
                emit(.link(text: link.text, url: link.url))
                rest = link.rest
            } else {
                plain.append(first)
                rest = rest.dropFirst()
            }
        }
        if !plain.isEmpty { spans.append(.text(plain)) }
        return spans
    }

    private static func parseLink(_ text: Substring) -> (text: String, url: String, rest: Substring)? {
        guard let close = text.firstIndex(of: "]") else { return nil }
        let afterClose = text[text.index(after: close)...]
        guard afterClose.first == "(", let end = afterClose.firstIndex(of: ")") else { return nil }
        let url = String(afterClose[afterClose.index(after: afterClose.startIndex)..<end])
        let safe = url.hasPrefix("https://") || url.hasPrefix("http://") || url.hasPrefix("mailto:")
        guard safe, !url.contains(where: { $0 == " " || $0 == "\"" || $0 == "<" || $0 == ">" }) else { return nil }
        return (
            String(text[text.index(after: text.startIndex)..<close]), url, afterClose[afterClose.index(after: end)...]
        )
    }
}
