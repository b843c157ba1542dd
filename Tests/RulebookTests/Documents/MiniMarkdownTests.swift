import Rulebook
import Testing

/// The small Markdown subset menu authors write in intros and advice.
@Suite struct MiniMarkdownTests {
    @Test func paragraphsAreSeparatedByBlankLinesAndLinesJoin() {
        #expect(
            MiniMarkdown.parse("Para one\nstill one\n\nPara two\n") == [
                .paragraph([.text("Para one still one")]), .paragraph([.text("Para two")]),
            ])
    }

    @Test func bulletAndNumberedListsAndHeadings() {
        #expect(
            MiniMarkdown.parse("## Options\n- a\n* b\n  more of b\n\n1. first\n2. second\nAfter") == [
                .heading(2, [.text("Options")]),
                .bullets([[.text("a")], [.text("b more of b")]]),
                .numbered([[.text("first")], [.text("second")]]),
                .paragraph([.text("After")]),
            ])
        #expect(MiniMarkdown.parse("#Not a heading") == [.paragraph([.text("#Not a heading")])])
    }

    @Test func inlineEmphasisStrongAndCode() {
        #expect(
            MiniMarkdown.inline("**strong** and *em* and _em2_ and `a * b`") == [
                .strong("strong"), .text(" and "), .emphasis("em"), .text(" and "), .emphasis("em2"), .text(" and "),
                .code("a * b"),
            ])
        #expect(MiniMarkdown.inline("2 * 3 = 6") == [.text("2 * 3 = 6")], "a lone asterisk is text")
        #expect(MiniMarkdown.inline("**") == [.text("**")])
    }

    @Test func linksOnlyForWebAndMailAddresses() {
        #expect(MiniMarkdown.inline("[site](https://example.org/a)") == [.link(text: "site", url: "https://example.org/a")])
        #expect(MiniMarkdown.inline("[old](http://example.org)") == [.link(text: "old", url: "http://example.org")])
        #expect(MiniMarkdown.inline("[mail](mailto:sec@example.org)") == [.link(text: "mail", url: "mailto:sec@example.org")])
        #expect(MiniMarkdown.inline("[bad](javascript:alert(1))") == [.text("[bad](javascript:alert(1))")])
        #expect(MiniMarkdown.inline("[rel](/etc/passwd)") == [.text("[rel](/etc/passwd)")])
        #expect(MiniMarkdown.inline(#"[q](https://x.org/"onclick=)"#) == [.text(#"[q](https://x.org/"onclick=)"#)])
        #expect(MiniMarkdown.inline("[data](data:text/html,hi)") == [.text("[data](data:text/html,hi)")])
    }

    @Test func rawHTMLStaysText() {
        #expect(MiniMarkdown.parse("<script>alert(1)</script>") == [.paragraph([.text("<script>alert(1)</script>")])])
        #expect(MiniMarkdown.inline("<img src=x onerror=alert(1)>") == [.text("<img src=x onerror=alert(1)>")])
    }

    @Test func plainTextOfALinkShowsItsAddress() {
        #expect(MiniMarkdown.Span.link(text: "site", url: "https://x.org").plain == "site (https://x.org)")
    }
}
