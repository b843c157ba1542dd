/// Renders diagnostics as compiler-style text: `path:line:col: severity: message [CODE]`, then the
/// source line with a gutter and a caret underline, then notes, fix-its, citation and explanation.
///
/// All text that came from input (messages quote it, source lines are it) passes through
/// ``TerminalText/sanitize(_:allowNewlines:)``, so escape sequences in a file are shown, not obeyed.
public struct TextDiagnosticRenderer: Sendable {
    public var sources: SourceStore
    /// Wrap severities and carets in ANSI colour; set only when writing to a terminal without `NO_COLOR`.
    public var useColor: Bool
    /// Lines of context shown before the primary line.
    public var contextLines: Int

    public init(sources: SourceStore, useColor: Bool = false, contextLines: Int = 0) {
        self.sources = sources
        self.useColor = useColor
        self.contextLines = contextLines
    }

    /// Renders every diagnostic, sorted, followed by a one-line summary when there is more than one.
    public func render(_ diagnostics: [Diagnostic], summary: Bool = true) -> String {
        var out = ""
        for diagnostic in diagnostics.sortedForOutput() {
            out += render(diagnostic)
        }
        if summary { out += Self.summary(of: diagnostics) }
        return out
    }

    /// `3 errors and 1 warning` and a newline, or the empty string when there are neither; given every
    /// diagnostic found, it counts those a ``DiagnosticCap`` left out too.
    public static func summary(of diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        guard errors + warnings > 0 else { return "" }
        return countPhrase(errors, "error") + " and " + countPhrase(warnings, "warning") + "\n"
    }

    static func countPhrase(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    /// Renders one diagnostic, ending with a newline.
    public func render(_ diagnostic: Diagnostic) -> String {
        var out = header(
            diagnostic.location, severity: diagnostic.severity.rawValue, message: diagnostic.message,
            code: diagnostic.code)
        if let location = diagnostic.location {
            out += excerpt(location, highlights: diagnostic.highlights.filter { $0.file == location.file })
        }
        for note in diagnostic.notes {
            if let location = note.location {
                out += header(location, severity: "note", message: note.message, code: nil)
                out += excerpt(location, highlights: [])
            } else {
                out += "  = " + paint("note", .bold) + ": " + paragraph(note.message, indent: 10)
            }
        }
        for fixIt in diagnostic.fixIts {
            out += "  = " + paint("fix", .green) + ": " + paragraph(fixIt.summary, indent: 9)
        }
        if let citation = diagnostic.citation {
            out += "  = " + paint("rule", .bold) + ": " + clean(citation) + "\n"
        }
        if let explanation = diagnostic.explanation {
            for line in explanation.split(separator: "\n", omittingEmptySubsequences: false) {
                out += "  " + clean(String(line)) + "\n"
            }
        }
        return out
    }

    private func header(_ span: SourceSpan?, severity: String, message: String, code: String?) -> String {
        var out = ""
        if let span {
            out += clean(span.file)
            if let location = sources.location(of: span) {
                out += ":\(location.line):\(location.column)"
            }
            out += ": "
        }
        let color: Color =
            switch severity {
            case "error": .red
            case "warning": .yellow
            default: .cyan
            }
        out += paint(severity, color) + ": " + paint(clean(message), .bold)
        if let code { out += " [\(code)]" }
        return out + "\n"
    }

    /// Characters shown before and after the error on a line too long to print whole.
    static let windowBefore = 60
    static let windowAfter = 100

    private func excerpt(_ span: SourceSpan, highlights: [SourceSpan]) -> String {
        guard let converter = sources.converter(span.file) else { return "" }
        let lineIndex = converter.lineIndex(of: span.range.lowerBound)
        let firstLine = max(0, lineIndex - contextLines)
        let width = String(lineIndex + 1).count
        let blankGutter = String(repeating: " ", count: width + 1) + "|"
        var out = blankGutter + "\n"
        let fullRange = converter.lineRange(lineIndex)
        // A very long line (minified data, binary) is shown as a window around the error.
        let start = converter.offset(span.range.lowerBound, movedBy: -Self.windowBefore, within: fullRange)
        let end = converter.offset(start, movedBy: Self.windowBefore + Self.windowAfter, within: fullRange)
        let lineRange = start..<end
        let leading = start > fullRange.lowerBound ? "…" : ""
        let trailing = end < fullRange.upperBound ? "…" : ""
        for index in firstLine...lineIndex {
            let number = String(index + 1)
            let gutter = String(repeating: " ", count: width - number.count) + number + " | "
            if index == lineIndex {
                out += gutter + leading + clean(converter.decode(lineRange)) + trailing + "\n"
            } else {
                let range = converter.lineRange(index)
                let cut = converter.offset(
                    range.lowerBound, movedBy: Self.windowBefore + Self.windowAfter, within: range)
                out +=
                    gutter + clean(converter.decode(range.lowerBound..<cut)) + (cut < range.upperBound ? "…" : "")
                    + "\n"
            }
        }
        var marks: [(Range<Int>, Bool)] = [(span.range, true)]
        for highlight in highlights where converter.lineIndex(of: highlight.range.lowerBound) == lineIndex {
            marks.append((highlight.range, false))
        }
        let caretPrefix = leading.isEmpty ? "" : " "
        out +=
            blankGutter + " " + caretPrefix
            + paint(underline(marks, lineRange: lineRange, converter: converter), .green)
        return out + "\n"
    }

    /// The caret line: `^~~~` under the primary range, `~` under highlights, placed by display column.
    private func underline(
        _ marks: [(Range<Int>, Bool)], lineRange: Range<Int>, converter: SourceLocationConverter
    ) -> String {
        let lineText = converter.decode(lineRange)
        var cells: [Character] = []
        var offset = lineRange.lowerBound
        var result: [Character] = []
        for character in lineText {
            let size = character.utf8.count
            let here = offset..<(offset + size)
            var mark: Character = " "
            for (range, primary) in marks where range.overlaps(here) || (range.isEmpty && range.lowerBound == offset) {
                mark = primary && range.lowerBound >= offset && range.lowerBound < offset + max(size, 1) ? "^" : "~"
                if mark == "^" { break }
            }
            let filler: Character = mark == "^" ? "~" : mark
            let cellCount = character == "\t" ? 1 : Self.cells(character)
            let first: Character = character == "\t" && mark == " " ? "\t" : mark
            result.append(first)
            for _ in 1..<max(cellCount, 1) { result.append(filler) }
            cells.append(mark)
            offset += size
        }
        if !marks.contains(where: { $0.1 && $0.0.lowerBound < lineRange.upperBound }) || lineText.isEmpty
            || marks.contains(where: { $0.1 && $0.0.lowerBound >= lineRange.upperBound })
        {
            if !result.contains("^") { result.append("^") }
        }
        var text = String(result)
        while text.last == " " || text.last == "\t" { text.removeLast() }
        return text
    }

    /// The terminal cells `character` takes once sanitised: one for printable ASCII, which most lines are
    /// made of (working it out through ``TerminalText`` and ``DisplayWidth`` cost most of the rendering time
    /// of a diagnostic), else the width of its sanitised text.
    private static func cells(_ character: Character) -> Int {
        if let ascii = character.asciiValue, ascii >= 0x20, ascii < 0x7F { return 1 }
        return TerminalText.sanitize(String(character)).count * DisplayWidth.of(character)
    }

    private func clean(_ text: String) -> String { TerminalText.sanitize(text) }

    /// Text that may run over several lines (a menu's fix advice): each line cleaned on its own and the
    /// later ones indented under the first, so a line break prints as one, never as an escape.
    private func paragraph(_ text: String, indent: Int) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { clean(String($0)) }
        let padding = String(repeating: " ", count: indent)
        return lines.enumerated().map { $0.offset == 0 ? $0.element : padding + $0.element }
            .joined(separator: "\n") + "\n"
    }

    private enum Color: String {
        case red = "31"
        case green = "32"
        case yellow = "33"
        case cyan = "36"
        case bold = "1"
    }

    private func paint(_ text: String, _ color: Color) -> String {
        useColor ? "\u{1B}[\(color.rawValue)m" + text + "\u{1B}[0m" : text
    }
}
