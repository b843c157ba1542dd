import Diagnostics
import Testing

@Suite struct JSONDiagnosticRendererTests {
    @Test func documentCarriesLinesColumnsNotesAndFixIts() {
        let text = "é = 1\né = 2\n"
        let store = SourceStore([SourceFile(path: "f.toml", text: text)])
        let diagnostic = Diagnostic(
            code: "T120", severity: .error, message: "duplicate key 'é'",
            location: SourceSpan(file: "f.toml", range: 7..<9),
            notes: [Note("first defined here", at: SourceSpan(file: "f.toml", range: 0..<2))],
            fixIts: [FixIt("remove the second 'é'", edits: [TextEdit(span: SourceSpan(file: "f.toml", range: 7..<13), replacement: "")])],
            citation: "TOML 1.0, Keys")
        let json = JSONDiagnosticRenderer(sources: store).render([diagnostic], pretty: false)
        #expect(json.hasPrefix(#"{"schema":"clpconf.diagnostics/1","errors":1,"warnings":0,"diagnostics":[{"code":"T120""#))
        #expect(json.contains(#""location":{"file":"f.toml","line":2,"column":1,"endLine":2,"endColumn":2,"offset":7,"length":2}"#))
        #expect(json.contains(#""notes":[{"message":"first defined here","location":{"file":"f.toml","line":1,"column":1"#))
        #expect(json.contains(#""fixIts":[{"summary":"remove the second 'é'","edits":[{"location""#))
        #expect(json.contains(#""citation":"TOML 1.0, Keys","explanation":null}"#), "no rule, no 'rule' field")
    }

    @Test func theRuleAsWrittenHasItsOwnField() {
        let diagnostic = Diagnostic(
            code: "MTG01", severity: .error, message: "m", location: nil,
            explanation: "because 6 meetings are planned", rule: "meetings.meetings_per_year >= 8")
        let json = JSONDiagnosticRenderer(sources: SourceStore([])).render([diagnostic], pretty: false)
        #expect(
            json.contains(
                #""explanation":"because 6 meetings are planned","rule":"meetings.meetings_per_year >= 8"}"#))
    }

    @Test func stringsAreEscaped() {
        let value = JSONValue.object([("k\"", .string("a\\b\n\u{01}\u{2028}é"))])
        #expect(value.rendered() == #"{"k\"":"a\\b\n\u0001\u2028é"}"#)
    }

    @Test func prettyPrinting() {
        let value = JSONValue.object([("a", .array([.int(1), .bool(true)])), ("b", .object([])), ("c", .null)])
        #expect(value.rendered(pretty: true) == "{\n  \"a\": [\n    1,\n    true\n  ],\n  \"b\": {},\n  \"c\": null\n}")
    }
}
