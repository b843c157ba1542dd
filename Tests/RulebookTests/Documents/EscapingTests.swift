import Rulebook
import Testing

/// Escaping untrusted text for HTML, Markdown and CSV.
@Suite struct EscapingTests {
    @Test func htmlEscapesMarkupAndQuotes() {
        #expect(
            Escaping.html(#"<script>alert("x") & 'y'</script>"#) == "&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;")
        #expect(Escaping.html("&amp;") == "&amp;amp;", "already-escaped text is escaped again, so it shows literally")
        #expect(Escaping.html("Ünïcødé 👨‍👩‍👧") == "Ünïcødé 👨‍👩‍👧")
    }

    @Test func htmlDropsControlCharactersButKeepsNewlineAndTab() {
        #expect(Escaping.html("a\u{1B}[31mb\u{7F}c\u{0}") == "a[31mbc")
        #expect(Escaping.html("a\nb\tc") == "a\nb\tc")
    }

    @Test func markdownEscapesEveryCharacterThatStartsMarkup() {
        #expect(
            Escaping.markdown("*a* _b_ `c` [d](e) <f> #g |h| ~i~ !j {k} \\l &m")
                == ##"\*a\* \_b\_ \`c\` \[d\](e) \<f\> \#g \|h\| \~i\~ \!j \{k\} \\l \&m"##)
    }

    @Test func markdownEscapesLineStartMarkersAndJoinsLines() {
        #expect(Escaping.markdown("- not a list") == #"\- not a list"#)
        #expect(Escaping.markdown("+ not a list") == #"\+ not a list"#)
        #expect(Escaping.markdown("a - b") == "a - b", "a dash inside text is left alone")
        #expect(Escaping.markdown("one\ntwo\r\nthree") == "one two three")
        #expect(Escaping.markdown("a\u{1B}b") == "ab")
    }

    /// Text that starts like an ordered-list item must not become a list.
    /// (Guards against escaping only a leading `.` and not the one after leading digits.)
    @Test func markdownDoesNotTurnANumberedSentenceIntoAList() {
        #expect(Escaping.markdown("2019. A year of change") == #"2019\. A year of change"#)
    }

    @Test(arguments: [
        ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
        ("+44 20 7946 0000", "'+44 20 7946 0000"),
        ("-1", "'-1"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\t=1", "'\t=1"),
        ("plain text", "plain text"),
        ("a = b", "a = b"),
    ])
    func csvDefusesFormulas(field: String, escaped: String) {
        #expect(Escaping.csv(field) == escaped)
    }

    @Test func csvQuotesFieldsWithSeparatorsAndDoublesQuotes() {
        #expect(Escaping.csv(#"say "hi""#) == #""say ""hi""""#)
        #expect(Escaping.csv("a,b") == #""a,b""#)
        #expect(Escaping.csv("two\nlines") == "\"two\nlines\"")
        #expect(Escaping.csv("=1,2") == #""'=1,2""#)
        #expect(Escaping.csv(#"=HYPERLINK("http://x")"#) == #""'=HYPERLINK(""http://x"")""#)
    }
}
