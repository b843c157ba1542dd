/// Renders a ``DocumentTree`` as wrapped plain text for the terminal: headings underlined, lists with
/// bullets, Markdown emphasis dropped. Terminal escapes are stripped by the caller (CLI) at output.
public struct PlainTextRenderer: Sendable {
    public var width: Int

    public init(width: Int = 88) {
        self.width = width
    }

    public func render(_ document: DocumentTree) -> String {
        var out = underline(document.title, "=")
        if let subtitle = document.subtitle { out += wrap(subtitle, indent: "") + "\n" }
        if let watermark = document.watermark { out += "*** " + watermark + " ***\n\n" }
        for block in document.blocks { out += render(block, indent: "") }
        return out
    }

    /// A heading wrapped to the width and underlined as long as its longest line.
    private func underline(_ text: String, _ mark: Character) -> String {
        let wrapped = wrap(text, indent: "")
        let longest = wrapped.split(separator: "\n").map(\.count).max() ?? 0
        return wrapped + String(repeating: mark, count: min(longest, width)) + "\n\n"
    }

    private func render(_ block: DocumentBlock, indent: String) -> String {
        switch block {
        case .heading(let level, let text, _):
            return level <= 2 ? "\n" + underline(text, level == 1 ? "=" : "-") : indent + text.uppercased() + "\n\n"
        case .paragraph(let inlines):
            return wrap(inlines.map(Self.marked).joined(), indent: indent) + "\n"
        case .markdown(let markdown):
            return MiniMarkdown.parse(markdown).map { render($0, indent: indent) }.joined()
        case .bullets(let items):
            return items.map { wrap($0.map(\.plain).joined(), indent: indent + "  ", first: indent + "- ") }.joined()
                + "\n"
        case .definitions(let pairs):
            return pairs.map {
                wrap($0.detail.map(\.plain).joined(), indent: indent + "    ", first: indent + $0.term + ": ")
            }
            .joined() + "\n"
        case .chart(let chart):
            return indent + chart.title + "\n"
                + table(["", chart.valueHeader], chart.bars.map { [$0.label, $0.text] }, indent: indent)
        case .table(let header, let rows):
            return table(header, rows, indent: indent)
        case .callout(let label, let blocks):
            return indent + "[\(label)]\n" + blocks.map { render($0, indent: indent + "  ") }.joined()
        case .contents(let entries):
            return entries.map { indent + "  " + $0.title + "\n" }.joined() + "\n"
        case .group(_, let blocks):
            return blocks.map { render($0, indent: indent) }.joined()
        case .provision(let provision):
            return indent + provision.number + "  " + provision.title + "\n\n"
                + provision.blocks.map { render($0, indent: indent + "    ") }.joined()
                + wrap("[Source: " + provision.source + "]", indent: indent + "    ") + "\n"
        case .preformatted(let text):
            return text.split(separator: "\n", omittingEmptySubsequences: false).map { indent + "    " + $0 + "\n" }
                .joined() + "\n"
        }
    }

    private func render(_ block: MiniMarkdown.Block, indent: String) -> String {
        switch block {
        case .paragraph(let spans): wrap(spans.map(\.plain).joined(), indent: indent) + "\n"
        case .heading(_, let spans): indent + spans.map(\.plain).joined() + "\n\n"
        case .bullets(let items), .numbered(let items):
            items.map { wrap($0.map(\.plain).joined(), indent: indent + "  ", first: indent + "- ") }.joined() + "\n"
        }
    }

    /// Plain text, with a redline's words marked wdiff-style: `{+added+}` and `[-removed-]`.
    static func marked(_ inline: DocumentInline) -> String {
        switch inline {
        case .inserted(let value): "{+" + value + "+}"
        case .deleted(let value): "[-" + value + "-]"
        default: inline.plain
        }
    }

    private func table(_ header: [String], _ rows: [[String]], indent: String) -> String {
        var widths = header.map(\.count)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.count)
            }
        }
        let total = indent.count + widths.reduce(0, +) + 2 * max(0, widths.count - 1)
        if total > width {
            // Too wide for the page: each row as its own short list of heading: value.
            return rows.map { row in
                zip(header, row).enumerated().filter { !$0.element.1.isEmpty }.map { index, pair in
                    wrap(pair.1, indent: indent + "      ", first: indent + (index == 0 ? "- " : "  ") + pair.0 + ": ")
                }.joined()
            }.joined() + "\n"
        }
        func line(_ cells: [String]) -> String {
            indent
                + cells.enumerated().map { index, cell in
                    index < widths.count - 1 ? cell + String(repeating: " ", count: widths[index] - cell.count) : cell
                }.joined(separator: "  ").trimmingSuffix(while: { $0 == " " }) + "\n"
        }
        return line(header) + line(widths.map { String(repeating: "-", count: $0) }) + rows.map(line).joined() + "\n"
    }

    /// Word-wraps `text` to the width; the first line starts with `first` (default: `indent`).
    func wrap(_ text: String, indent: String, first: String? = nil) -> String {
        var lines: [String] = []
        var current = first ?? indent
        var empty = true
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            if !empty, current.count + 1 + word.count > width {
                lines.append(current)
                current = indent
                empty = true
            }
            current += (empty ? "" : " ") + word
            empty = false
        }
        lines.append(current)
        return lines.joined(separator: "\n") + "\n"
    }
}

extension StringProtocol {
    /// The text without the trailing characters that match `predicate`.
    func trimmingSuffix(while predicate: (Character) -> Bool) -> String {
        var text = String(self)
        while let last = text.last, predicate(last) { text.removeLast() }
        return text
    }
}
