/// Renders a ``DocumentTree`` as CommonMark. Literal text is escaped; menu Markdown blocks are re-emitted
/// from their parsed form, so only the supported subset survives.
public struct MarkdownRenderer: Sendable {
    public init() {}

    public func render(_ document: DocumentTree) -> String {
        var out = "# " + Escaping.markdown(document.title) + "\n\n"
        if let subtitle = document.subtitle { out += "_" + Escaping.markdown(subtitle) + "_\n\n" }
        if let watermark = document.watermark { out += "> **" + Escaping.markdown(watermark) + "**\n\n" }
        for block in document.blocks { out += render(block) }
        return out
    }

    private func render(_ block: DocumentBlock) -> String {
        switch block {
        case .heading(let level, let text, _):
            return String(repeating: "#", count: min(level + 1, 6)) + " " + Escaping.markdown(text) + "\n\n"
        case .paragraph(let inlines):
            return inline(inlines) + "\n\n"
        case .markdown(let markdown):
            return MiniMarkdown.parse(markdown).map(render).joined()
        case .bullets(let items):
            return items.map { "- " + inline($0) + "\n" }.joined() + "\n"
        case .definitions(let pairs):
            return pairs.map { "- **" + Escaping.markdown($0.term) + ":** " + inline($0.detail) + "\n" }.joined() + "\n"
        case .chart(let chart):
            return "**" + Escaping.markdown(chart.title) + "**\n\n"
                + render(.table(header: ["", chart.valueHeader], rows: chart.bars.map { [$0.label, $0.text] }))
        case .table(let header, let rows):
            let divider = "|" + String(repeating: " --- |", count: header.count) + "\n"
            return tableRow(header) + divider + rows.map(tableRow).joined() + "\n"
        case .callout(let label, let blocks):
            let body = blocks.map(render).joined().split(separator: "\n", omittingEmptySubsequences: false)
            return "> **" + Escaping.markdown(label) + "**\n>\n"
                + body.map { $0.isEmpty ? ">" : "> " + $0 }.joined(separator: "\n") + "\n\n"
        case .contents(let entries):
            return entries.map { "- [" + Escaping.markdown($0.title) + "](#" + $0.anchor + ")\n" }.joined() + "\n"
        case .group(_, let blocks):
            return blocks.map(render).joined()
        case .provision(let provision):
            return "### " + Escaping.markdown(provision.number + " " + provision.title) + "\n\n"
                + provision.blocks.map(render).joined() + "_Source: " + Escaping.markdown(provision.source) + "_\n\n"
        case .preformatted(let text):
            // A fence longer than any run of backticks inside, so the text cannot close it.
            var fence = "```"
            while text.contains(fence) { fence += "`" }
            return fence + "\n" + text + (text.hasSuffix("\n") ? "" : "\n") + fence + "\n\n"
        }
    }

    private func render(_ block: MiniMarkdown.Block) -> String {
        switch block {
        case .paragraph(let spans): line(spans) + "\n\n"
        case .heading(let level, let spans):
            String(repeating: "#", count: min(level + 2, 6)) + " " + line(spans) + "\n\n"
        case .bullets(let items): items.map { "- " + line($0) + "\n" }.joined() + "\n"
        case .numbered(let items):
            items.enumerated().map { "\($0.offset + 1). " + line($0.element) + "\n" }.joined() + "\n"
        }
    }

    private func tableRow(_ cells: [String]) -> String {
        let escaped: [String] = cells.map { Escaping.markdown($0, atLineStart: false) }
        return "| " + escaped.joined(separator: " | ") + " |\n"
    }

    /// Spans of one line; only the first can start a list by accident.
    private func line(_ spans: [MiniMarkdown.Span]) -> String {
        spans.enumerated().map { span($0.element, atLineStart: $0.offset == 0) }.joined()
    }

    private func span(_ span: MiniMarkdown.Span, atLineStart: Bool) -> String {
        switch span {
        case .text(let value): Escaping.markdown(value, atLineStart: atLineStart)
        case .strong(let value): "**" + Escaping.markdown(value) + "**"
        case .emphasis(let value): "_" + Escaping.markdown(value) + "_"
        case .code(let value): "`" + value.replacing("`", with: "'") + "`"
        case .link(let text, let url): "[" + Escaping.markdown(text) + "](<" + url + ">)"
        }
    }

    private func inline(_ inlines: [DocumentInline]) -> String {
        inlines.enumerated().map { index, item in
            switch item {
            case .text(let value): Escaping.markdown(value, atLineStart: index == 0)
            case .strong(let value): "**" + Escaping.markdown(value) + "**"
            case .emphasis(let value): "_" + Escaping.markdown(value) + "_"
            case .code(let value): "`" + value.replacing("`", with: "'") + "`"
            case .inserted(let value): "<ins>" + Escaping.markdown(value, atLineStart: false) + "</ins>"
            case .deleted(let value): "~~" + Escaping.markdown(value, atLineStart: false) + "~~"
            }
        }.joined()
    }
}
