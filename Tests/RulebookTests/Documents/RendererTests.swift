import Rulebook
import Testing

/// The HTML, Markdown and plain-text writers over a document tree.
@Suite struct RendererTests {
    static let hostile = "<script>alert(1)</script>"

    static let document = DocumentTree(
        title: hostile, subtitle: #"Say "hi" & <b>bye</b>"#,
        blocks: [
            .contents([("governance", "How the CLP is governed")]),
            .heading(level: 1, text: "Gov <i>", anchor: #"gov" onmouseover="alert(1)"#),
            .paragraph([.text("x < y "), .strong("**not markdown**"), .emphasis("_em_"), .code("a `b` <c>")]),
            .markdown("Advice with \(hostile) and [a link](https://example.org/a?b=1&c=2) and [bad](javascript:alert(1))."),
            .bullets([[.text("one")], [.text("<two>")]]),
            .definitions([("Allowed", [.text("1 to 12 & more")])]),
            .table(header: ["Setting", "Default"], rows: [["a|b", "<10>"]]),
            .callout(label: "Conditions", [.paragraph([.text("only <when>")])]),
            .group(className: #"option" onclick="x"#, [.paragraph([.text("inside")])]),
        ])

    @Test func htmlIsOneStandaloneDocument() {
        let html = HTMLRenderer().render(Self.document)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">"))
        #expect(html.hasSuffix("</main>\n</body>\n</html>\n"))
        #expect(html.ranges(of: "<html").count == 1)
        #expect(html.ranges(of: "</html>").count == 1)
        #expect(html.ranges(of: "<style>").count == 1, "styles are inline")
        #expect(!html.contains("<script"), "no scripts, and hostile text is escaped")
        #expect(!html.contains("src="), "no external resources")
        #expect(!html.contains("<link"))
        #expect(!html.contains("javascript:alert(1)\""), "a javascript: link is not a link")
        #expect(html.ranges(of: "href=\"http").count == 1, "only the author's web link")
        #expect(html.contains(#"<a href="https://example.org/a?b=1&amp;c=2">a link</a>"#))
        #expect(html.contains(##"<li><a href="#governance">How the CLP is governed</a></li>"##))
    }

    @Test func htmlEscapesHostileTextEverywhere() {
        let html = HTMLRenderer().render(Self.document)
        #expect(html.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>"))
        #expect(html.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>"))
        #expect(html.contains(#"<p class="subtitle">Say &quot;hi&quot; &amp; &lt;b&gt;bye&lt;/b&gt;</p>"#))
        #expect(html.contains(#"<h2 id="gov&quot; onmouseover=&quot;alert(1)">Gov &lt;i&gt;</h2>"#))
        #expect(html.contains("<p>x &lt; y <strong>**not markdown**</strong><em>_em_</em><code>a `b` &lt;c&gt;</code></p>"))
        #expect(html.contains("Advice with &lt;script&gt;alert(1)&lt;/script&gt; and "))
        #expect(html.contains(#"<section class="option&quot; onclick=&quot;x">"#))
        #expect(html.contains("<td>&lt;10&gt;</td>"))
        #expect(html.contains("<dt>Allowed</dt><dd>1 to 12 &amp; more</dd>"))
        #expect(!html.contains("onmouseover=\"alert"), "no attribute can be broken out of")
    }

    @Test func markdownEscapesLiteralText() {
        let markdown = MarkdownRenderer().render(Self.document)
        #expect(markdown.hasPrefix(#"# \<script\>alert(1)\</script\>"# + "\n\n"))
        #expect(markdown.contains(#"x \< y **\*\*not markdown\*\***_\_em\__`a 'b' <c>`"#))
        #expect(
            markdown.contains(
                #"Advice with \<script\>alert(1)\</script\> and [a link](<https://example.org/a?b=1&c=2>) and \[bad\](javascript:alert(1))."#
            ))
        #expect(markdown.contains(#"| a\|b | \<10\> |"#))
        #expect(markdown.contains("- [How the CLP is governed](#governance)\n"))
        #expect(markdown.contains("> **Conditions**\n>\n> only \\<when\\>\n"))
    }

    @Test func plainTextUnderlinesHeadingsAndWraps() {
        let document = DocumentTree(
            title: "Booklet", subtitle: nil,
            blocks: [
                .heading(level: 1, text: "Governance", anchor: nil),
                .paragraph([.text("one two three four five six seven eight nine ten")]),
                .table(header: ["Setting", "Default"], rows: [["Meetings", "10"]]),
            ])
        let text = PlainTextRenderer(width: 20).render(document)
        #expect(
            text == """
                Booklet
                =======


                Governance
                ==========

                one two three four
                five six seven eight
                nine ten

                Setting   Default
                --------  -------
                Meetings  10


                """)
    }
}

@Suite struct PreformattedTests {
    @Test func preformattedTextKeepsLinesAndIsEscapedPerFormat() {
        let document = DocumentTree(title: "T", blocks: [.preformatted("[a]\nb = \"<x>\"\n```")])
        let html = HTMLRenderer().render(document)
        #expect(html.contains("<pre>[a]\nb = &quot;&lt;x&gt;&quot;\n```</pre>"))
        let markdown = MarkdownRenderer().render(document)
        #expect(markdown.contains("````\n[a]\nb = \"<x>\"\n```\n````\n"))
        let plain = PlainTextRenderer().render(document)
        #expect(plain.contains("    [a]\n    b = \"<x>\"\n"))
    }
}
