import Diagnostics
import Testing

/// What keeps output and work bounded on hostile input: the cap on diagnostics of one kind, the bound on
/// message text, "did you mean" on long names, columns on long lines, and JSON that escapes invisible
/// controls.
@Suite struct BoundsTests {
    static func diagnostic(_ code: String, file: String, at offset: Int, severity: Severity = .error) -> Diagnostic {
        Diagnostic(code: code, severity: severity, message: "m\(offset)", location: .point(file, offset))
    }

    static func omitted(_ omission: DiagnosticCap.Omission) -> Diagnostic {
        Diagnostic(
            code: "N1", severity: .note, message: "and \(omission.count) more like this (\(omission.code))",
            location: omission.location)
    }

    @Test func diagnosticsOfOneCodeAreCappedPerFile() {
        var diagnostics: [Diagnostic] = []
        // Written in reverse, so the cap must keep the first 100 by position, not by arrival.
        for offset in (0..<250).reversed() { diagnostics.append(Self.diagnostic("A1", file: "f", at: offset)) }
        for offset in 0..<5 { diagnostics.append(Self.diagnostic("B1", file: "f", at: 1000 + offset)) }
        for offset in 0..<150 { diagnostics.append(Self.diagnostic("A1", file: "g", at: offset)) }
        let shown = DiagnosticCap().apply(diagnostics, omitted: Self.omitted)
        #expect(shown.count == 100 + 1 + 5 + 100 + 1)
        let fNotes = shown.filter { $0.code == "N1" && $0.location?.file == "f" }
        #expect(fNotes.map(\.message) == ["and 150 more like this (A1)"])
        #expect(fNotes.first?.location?.range.lowerBound == 100, "placed at the first one left out")
        #expect(shown.filter { $0.code == "N1" && $0.location?.file == "g" }.map(\.message) == ["and 50 more like this (A1)"])
        let keptF = shown.filter { $0.code == "A1" && $0.location?.file == "f" }.compactMap { $0.location?.range.lowerBound }
        #expect(keptF == Array(0..<100))
        #expect(shown.filter { $0.code == "B1" }.count == 5)
    }

    @Test func fewDiagnosticsPassThroughSorted() {
        let diagnostics = [Self.diagnostic("A1", file: "f", at: 9), Self.diagnostic("A1", file: "f", at: 1)]
        let shown = DiagnosticCap().apply(diagnostics, omitted: Self.omitted)
        #expect(shown == diagnostics.sortedForOutput())
        #expect(DiagnosticCap(limit: 1).apply(diagnostics, omitted: Self.omitted).map(\.code) == ["A1", "N1"])
    }

    @Test func messagesAreBounded() {
        let descriptor = MessageDescriptor("X101", .cli, .error, summary: "s", documentation: "d")
        let huge = String(repeating: "é", count: 100_000)
        let diagnostic = descriptor.diagnostic(
            "unknown '\(huge)'", at: nil, notes: [Note(huge)], fixIts: [FixIt("remove '\(huge)'")])
        for text in [diagnostic.message, diagnostic.notes[0].message, diagnostic.fixIts[0].summary] {
            #expect(text.utf8.count <= BoundedText.defaultLimit + BoundedText.marker.utf8.count)
            #expect(text.hasSuffix(BoundedText.marker))
        }
        #expect(descriptor.diagnostic("short", at: nil).message == "short")
    }

    @Test func boundedTextCutsAtACharacterAndSaysSo() {
        var text = BoundedText(limit: 10)
        text.append("abcdefgh")
        text.append("ééé")
        #expect(text.isFull)
        #expect(text.text == "abcdefghé" + BoundedText.marker)
        text.append("more")
        #expect(text.text == "abcdefghé" + BoundedText.marker, "nothing is added once full")
        var fits = BoundedText(limit: 4)
        fits.append("abcd")
        #expect(!fits.isFull)
        #expect(fits.text == "abcd")
    }

    @Test func didYouMeanSkipsLongNames() {
        let long = String(repeating: "a", count: 65)
        #expect(NameSuggester.suggestion(for: long, among: [long + "b"]) == nil)
        #expect(NameSuggester.suggestion(for: "members", among: [long, "membres"]) == "membres")
        let limit = String(repeating: "a", count: 64)
        #expect(NameSuggester.suggestion(for: limit, among: [limit + "b"]) == nil, "the candidate is over the limit")
        #expect(NameSuggester.suggestion(for: limit, among: ["b" + limit.dropFirst()]) != nil)
    }

    @Test func didYouMeanOnAMegabyteNameIsQuick() {
        let name = String(repeating: "x", count: 1_000_000)
        let candidates = (0..<1000).map { "candidate_\($0)" }
        let started = ContinuousClock.now
        #expect(NameSuggester.suggestion(for: name, among: candidates) == nil)
        #expect(NameSuggester.suggestion(for: "candidate_x", among: Array(repeating: name, count: 100)) == nil)
        #expect(ContinuousClock.now - started < .seconds(2))
    }

    @Test func columnsOnALongLineAreQuick() {
        let line = String(repeating: "{{", count: 40_000)
        let converter = SourceLocationConverter(text: "first\n" + line + "\nlast é\n")
        let started = ContinuousClock.now
        var sum = 0
        for offset in stride(from: 6, to: 80_006, by: 8) { sum += converter.location(of: offset).column }
        #expect(ContinuousClock.now - started < .seconds(5))
        #expect(converter.location(of: 6 + 1000).column == 1001)
        #expect(sum > 0)
        let third = 6 + 80_000 + 1
        let accent = converter.location(of: third + 5)
        #expect(accent.line == 3)
        #expect(accent.column == 6)
        #expect(converter.location(of: third + 7).column == 7, "non-ASCII lines still count characters")
        #expect(converter.location(of: third + 7).utf8Column == 8)
    }

    @Test func jsonEscapesInvisibleControls() {
        let text = "a\u{202E}b\u{2066}c\u{2069}d\u{85}e\u{9F}f\u{80}g\u{2028}h\u{2029}i\u{200F}j\u{061C}k"
        let rendered = JSONValue.string(text).rendered()
        #expect(
            rendered
                == #""a\u202eb\u2066c\u2069d\u0085e\u009ff\u0080g\u2028h\u2029i\u200fj\u061ck""#)
        #expect(JSONValue.string("plain é ✓").rendered() == "\"plain é ✓\"")
    }
}
