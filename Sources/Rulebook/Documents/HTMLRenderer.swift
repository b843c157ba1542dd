/// Renders a ``DocumentTree`` as one standalone, printable HTML file (inline CSS, no scripts, no external
/// resources). Every text node is escaped with ``Escaping/html(_:)``.
public struct HTMLRenderer: Sendable {
    public init() {}

    public func render(_ document: DocumentTree) -> String {
        var out = "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out +=
            "<title>" + Escaping.html(document.title) + "</title>\n<style>\n" + Self.css
            + "</style>\n</head>\n<body>\n<main>\n"
        out += "<header><h1>" + Escaping.html(document.title) + "</h1>"
        if let subtitle = document.subtitle { out += "<p class=\"subtitle\">" + Escaping.html(subtitle) + "</p>" }
        out += "</header>\n"
        if let watermark = document.watermark {
            out += "<div class=\"watermark\" aria-hidden=\"true\">" + Escaping.html(watermark) + "</div>\n"
        }
        for block in document.blocks { out += render(block) }
        out += footnotes(document.provisions)
        return out + "</main>\n</body>\n</html>\n"
    }

    private func render(_ block: DocumentBlock) -> String {
        switch block {
        case .heading(let level, let text, let anchor):
            let tag = "h\(min(level + 1, 6))"
            let id = anchor.map { " id=\"" + Escaping.html($0) + "\"" } ?? ""
            return "<\(tag)\(id)>" + Escaping.html(text) + "</\(tag)>\n"
        case .paragraph(let inlines):
            return "<p>" + inline(inlines) + "</p>\n"
        case .markdown(let markdown):
            return MiniMarkdown.parse(markdown).map(render).joined()
        case .bullets(let items):
            return "<ul>\n" + items.map { "<li>" + inline($0) + "</li>\n" }.joined() + "</ul>\n"
        case .definitions(let pairs):
            return "<dl>\n"
                + pairs.map { "<dt>" + Escaping.html($0.term) + "</dt><dd>" + inline($0.detail) + "</dd>\n" }.joined()
                + "</dl>\n"
        case .table(let header, let rows):
            let head = "<tr>" + header.map { "<th scope=\"col\">" + Escaping.html($0) + "</th>" }.joined() + "</tr>\n"
            let body = rows.map { "<tr>" + $0.map { "<td>" + Escaping.html($0) + "</td>" }.joined() + "</tr>\n" }
                .joined()
            return "<table>\n<thead>\n" + head + "</thead>\n<tbody>\n" + body + "</tbody>\n</table>\n"
        case .callout(let label, let blocks):
            return "<aside class=\"callout\"><p class=\"label\">" + Escaping.html(label) + "</p>\n"
                + blocks.map(render).joined() + "</aside>\n"
        case .contents(let entries):
            let items = entries.map {
                "<li><a href=\"#" + Escaping.html($0.anchor) + "\">" + Escaping.html($0.title) + "</a></li>\n"
            }
            return "<nav class=\"contents\"><h2>Contents</h2>\n<ol>\n" + items.joined() + "</ol>\n</nav>\n"
        case .preformatted(let text):
            return "<pre>" + Escaping.html(text) + "</pre>\n"
        case .group(let className, let blocks):
            return "<section class=\"" + Escaping.html(className) + "\">\n" + blocks.map(render).joined()
                + "</section>\n"
        case .provision(let provision):
            return render(provision, body: provision.blocks.map(render).joined())
        case .chart(let chart):
            return SVGBarChart(chart).html
        }
    }

    private func render(_ block: MiniMarkdown.Block) -> String {
        switch block {
        case .paragraph(let spans): "<p>" + spans.map(span).joined() + "</p>\n"
        case .heading(let level, let spans):
            "<h\(min(level + 2, 6))>" + spans.map(span).joined() + "</h\(min(level + 2, 6))>\n"
        case .bullets(let items):
            "<ul>\n" + items.map { "<li>" + $0.map(span).joined() + "</li>\n" }.joined() + "</ul>\n"
        case .numbered(let items):
            "<ol>\n" + items.map { "<li>" + $0.map(span).joined() + "</li>\n" }.joined() + "</ol>\n"
        }
    }

    private func span(_ span: MiniMarkdown.Span) -> String {
        switch span {
        case .text(let value): Escaping.html(value)
        case .strong(let value): "<strong>" + Escaping.html(value) + "</strong>"
        case .emphasis(let value): "<em>" + Escaping.html(value) + "</em>"
        case .code(let value): "<code>" + Escaping.html(value) + "</code>"
        case .link(let text, let url): "<a href=\"" + Escaping.html(url) + "\">" + Escaping.html(text) + "</a>"
        }
    }

    private func inline(_ inlines: [DocumentInline]) -> String {
        inlines.map { item in
            switch item {
            case .text(let value): Escaping.html(value)
            case .strong(let value): "<strong>" + Escaping.html(value) + "</strong>"
            case .emphasis(let value): "<em>" + Escaping.html(value) + "</em>"
            case .code(let value): "<code>" + Escaping.html(value) + "</code>"
            case .inserted(let value): "<ins>" + Escaping.html(value) + "</ins>"
            case .deleted(let value): "<del>" + Escaping.html(value) + "</del>"
            }
        }.joined()
    }

    static let css = """
        body { font: 16px/1.55 Georgia, "Times New Roman", serif; color: #1d1d1d; background: #fff; margin: 0; }
        main { max-width: 46rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
        header { border-bottom: 4px solid #c8102e; margin-bottom: 1.5rem; }
        h1 { font: 700 2.1rem/1.2 "Helvetica Neue", Arial, sans-serif; color: #c8102e; margin: 0 0 .4rem; }
        h2 { font: 700 1.5rem/1.25 "Helvetica Neue", Arial, sans-serif; color: #c8102e; margin: 2.5rem 0 .6rem;
             border-top: 1px solid #ddd; padding-top: 1.2rem; }
        h3 { font: 700 1.15rem/1.3 "Helvetica Neue", Arial, sans-serif; margin: 1.6rem 0 .4rem; }
        h4, h5, h6 { font: 700 1rem/1.3 "Helvetica Neue", Arial, sans-serif; margin: 1.2rem 0 .3rem; }
        .subtitle { color: #555; margin: 0 0 1rem; }
        .option, .parameter, .rule, .clause { border-left: 3px solid #e5e5e5; padding: .2rem 0 .2rem 1rem; margin: 1rem 0; }
        .option { border-left-color: #c8102e; }
        .callout { background: #fdf3f4; border: 1px solid #f0c4cb; border-radius: 4px; padding: .6rem 1rem; margin: .8rem 0; }
        .callout .label { font: 700 .8rem/1.2 "Helvetica Neue", Arial, sans-serif; text-transform: uppercase;
                          letter-spacing: .04em; color: #8a0b20; margin: 0 0 .3rem; }
        dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
        dt { font-weight: 700; } dd { margin: 0; }
        table { border-collapse: collapse; width: 100%; margin: .8rem 0; font-size: .95rem; }
        th, td { border: 1px solid #ddd; padding: .35rem .6rem; text-align: left; vertical-align: top; }
        th { background: #f6f6f6; }
        code { font: .9em/1.3 Menlo, Consolas, monospace; background: #f4f4f4; padding: 0 .2em; overflow-wrap: anywhere; }
        nav.contents ol { columns: 2; list-style: none; padding-left: 0; }
        .clause h3 .number { color: #c8102e; margin-right: .4em; }
        .clause h3 sup { font-size: .65em; margin-left: .2em; }
        .clause h3 sup a { color: #555; }
        .footnotes { margin-top: 3rem; border-top: 2px solid #ddd; font-size: .85rem; color: #333; }
        .footnotes h2 { border-top: none; font-size: 1.1rem; color: #1d1d1d; }
        .watermark { position: fixed; top: 40%; left: 0; right: 0; text-align: center; z-index: 10;
                     font: 700 9rem/1 "Helvetica Neue", Arial, sans-serif; color: rgba(200, 16, 46, .09);
                     transform: rotate(-30deg); pointer-events: none; }
        .problems li { margin: .2rem 0; }
        ins { background: #e3f4e1; color: #14501a; text-decoration: underline; }
        del { background: #fbe3e4; color: #8a0b20; text-decoration: line-through; }
        figure.chart { margin: 1rem 0 1.4rem; page-break-inside: avoid; }
        figure.chart figcaption { font: 700 .95rem/1.3 "Helvetica Neue", Arial, sans-serif; margin-bottom: .3rem; }
        .bar { fill: #c8102e; } .bar-label, .bar-value { font: 13px "Helvetica Neue", Arial, sans-serif; fill: #1d1d1d; }
        @media print {
          body { font-size: 11pt; } main { max-width: none; padding: 0; }
          h2 { page-break-before: always; border-top: none; } h2:first-of-type { page-break-before: avoid; }
          .option, .callout { page-break-inside: avoid; } a { color: inherit; text-decoration: none; }
          .clause p, .clause li { page-break-inside: avoid; orphans: 3; widows: 3; }
          h2, h3 { break-after: avoid; page-break-after: avoid; }
          .footnotes { page-break-before: always; }
        }

        """
}
