import Diagnostics
import Testing

@Suite struct TextDiagnosticRendererTests {
    private func render(_ text: String, _ diagnostics: [Diagnostic], color: Bool = false) -> String {
        let store = SourceStore([SourceFile(path: "a.toml", text: text)])
        return TextDiagnosticRenderer(sources: store, useColor: color).render(diagnostics)
    }

    private func span(_ text: String, _ needle: String) -> SourceSpan {
        let bytes = Array(text.utf8)
        let target = Array(needle.utf8)
        var start = 0
        while start + target.count <= bytes.count, Array(bytes[start..<start + target.count]) != target { start += 1 }
        return SourceSpan(file: "a.toml", range: start..<start + target.count)
    }

    @Test func headerExcerptAndCaret() {
        let text = "[clp]\nname = 42\n"
        let diagnostic = Diagnostic(
            code: "S101", severity: .error, message: "'name' must be a string, found integer",
            location: span(text, "42"), fixIts: [FixIt("write name = \"42\"")])
        #expect(
            render(text, [diagnostic]) == """
                a.toml:2:8: error: 'name' must be a string, found integer [S101]
                  |
                2 | name = 42
                  |        ^~
                  = fix: write name = "42"
                1 error and 0 warnings

                """)
    }

    /// A menu's fix advice written over several lines prints as several lines, never as a `\u{a}` escape.
    @Test func multiLineFixAndNoteKeepTheirLineBreaks() {
        let text = "[clp]\nname = 42\n"
        let diagnostic = Diagnostic(
            code: "S101", severity: .error, message: "m", location: span(text, "42"),
            notes: [Note("first\nsecond")], fixIts: [FixIt("record the vote\nor set it to false\u{1B}[2J")])
        let rendered = render(text, [diagnostic])
        #expect(!rendered.contains("\\u{a}"))
        #expect(rendered.contains("  = note: first\n          second\n"))
        #expect(rendered.contains("  = fix: record the vote\n         or set it to false\\u{1b}[2J\n"))
    }

    @Test func caretLinesUpAfterMultibyteCharacters() {
        let text = "title = \"Café 👨‍👩‍👧‍👦\" oops\n"
        let diagnostic = Diagnostic(code: "T101", severity: .error, message: "x", location: span(text, "oops"))
        let lines = render(text, [diagnostic]).split(separator: "\n").map(String.init)
        #expect(lines[0] == "a.toml:1:18: error: x [T101]")
        // 17 characters precede "oops"; the emoji among them takes two terminal cells, so 18 cells.
        #expect(lines[3] == "  | " + String(repeating: " ", count: 18) + "^~~~")
    }

    @Test func tabsInThePrefixAreRepeated() {
        let text = "\tkey = bad\n"
        let diagnostic = Diagnostic(code: "T1", severity: .error, message: "m", location: span(text, "bad"))
        let caret = render(text, [diagnostic]).split(separator: "\n")[3]
        #expect(caret == "  | \t      ^~~")
    }

    @Test func notesPointAtAnEarlierLine() {
        let text = "a = 1\nb = 2\na = 3\n"
        let first = span(text, "a = 1")
        let second = SourceSpan(file: "a.toml", range: 12..<13)
        let diagnostic = Diagnostic(
            code: "T120", severity: .error, message: "duplicate key 'a'", location: second,
            notes: [Note("'a' first defined here", at: SourceSpan(file: "a.toml", range: first.range.lowerBound..<1))])
        let output = render(text, [diagnostic])
        #expect(output.contains("a.toml:3:1: error: duplicate key 'a' [T120]"))
        #expect(output.contains("a.toml:1:1: note: 'a' first defined here\n  |\n1 | a = 1\n  | ^\n"))
    }

    @Test func severalDiagnosticsAreSortedAndCounted() {
        let text = "x\ny\nz\n"
        let diagnostics = [
            Diagnostic(code: "B", severity: .warning, message: "w", location: .point("a.toml", 4)),
            Diagnostic(code: "A", severity: .error, message: "e1", location: .point("a.toml", 0)),
            Diagnostic(code: "C", severity: .error, message: "e2", location: .point("a.toml", 2)),
        ]
        let headers = render(text, diagnostics).split(separator: "\n").filter { $0.hasPrefix("a.toml") }
        #expect(headers == ["a.toml:1:1: error: e1 [A]", "a.toml:2:1: error: e2 [C]", "a.toml:3:1: warning: w [B]"])
        #expect(render(text, diagnostics).hasSuffix("2 errors and 1 warning\n"))
    }

    @Test func escapeSequencesInInputAreShownNotObeyed() {
        let text = "name = \"\u{1B}[2Jgone\"\n"
        let diagnostic = Diagnostic(
            code: "X", severity: .error, message: "bad name '\u{1B}[2J'", location: span(text, "gone"))
        let output = render(text, [diagnostic])
        #expect(!output.contains("\u{1B}"))
        #expect(output.contains("bad name '\\u{1b}[2J'"))
    }

    @Test func colourOnlyWhenAsked() {
        let diagnostic = Diagnostic(code: "X", severity: .error, message: "m", location: .point("a.toml", 0))
        #expect(!render("a\n", [diagnostic]).contains("\u{1B}["))
        #expect(render("a\n", [diagnostic], color: true).contains("\u{1B}[31merror"))
    }

    @Test func diagnosticWithoutLocation() {
        let diagnostic = Diagnostic(
            code: "C201", severity: .error, message: "cannot read 'x.toml': no such file", location: nil)
        #expect(render("", [diagnostic]).hasPrefix("error: cannot read 'x.toml': no such file [C201]\n"))
    }

    @Test func caretLinesUpAfterControlCharactersShownEscaped() {
        // The bell and DEL are shown as `\u{7}` and `\u{7f}` (5 and 6 cells), so the caret moves with them.
        let text = "k\u{7} = \u{7F}oops\n"
        let diagnostic = Diagnostic(code: "T1", severity: .error, message: "m", location: span(text, "oops"))
        let lines = render(text, [diagnostic]).split(separator: "\n").map(String.init)
        #expect(lines[2] == "1 | k\\u{7} = \\u{7f}oops")
        #expect(lines[3] == "  | " + String(repeating: " ", count: 15) + "^~~~")
    }

    @Test func pointAtEndOfLineGetsACaret() {
        let text = "key =\n"
        let diagnostic = Diagnostic(code: "T1", severity: .error, message: "expected a value", location: .point("a.toml", 5))
        #expect(render(text, [diagnostic]).contains("1 | key =\n  |      ^\n"))
    }
}

@Suite struct LongLineTests {
    @Test func aVeryLongLineIsShownAsAWindowAroundTheError() {
        let text = "key = \"" + String(repeating: "x", count: 100_000) + "\" oops " + String(repeating: "y", count: 50_000) + "\n"
        let offset = text.utf8.count - 50_000 - 6
        let diagnostic = Diagnostic(
            code: "T1", severity: .error, message: "m", location: SourceSpan(file: "a.toml", range: offset..<offset + 4))
        let output = TextDiagnosticRenderer(sources: SourceStore([SourceFile(path: "a.toml", text: text)])).render(diagnostic)
        let lines = output.split(separator: "\n").map(String.init)
        #expect(lines[0] == "a.toml:1:100010: error: m [T1]")
        #expect(lines[2].count < 200)
        #expect(lines[2].hasPrefix("1 | …xxx"))
        #expect(lines[2].hasSuffix("yyy…"))
        // The caret sits under "oops" in the window.
        let caretColumn = lines[3].firstIndex(of: "^").map { lines[3].distance(from: lines[3].startIndex, to: $0) }
        let wordColumn = lines[2].firstRange(of: "oops").map { lines[2].distance(from: lines[2].startIndex, to: $0.lowerBound) }
        #expect(caretColumn == wordColumn)
    }
}
