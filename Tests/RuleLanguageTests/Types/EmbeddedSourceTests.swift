import Diagnostics
import RuleLanguage
import TestSupport
import Testing

/// Errors in expressions written inside TOML strings point at the file, through the string's offset map.
@Suite("Expressions inside TOML strings")
struct EmbeddedSourceTests {
    private static let file = MarkedText(
        #"""
        # Ærø 👨‍👩‍👧 rules
        [[constraint]]
        when = "governance.option == 1️⃣\"delegate_cg\""
        require = "clp.name != \"Caf\u00e9 ✓\" and 2️⃣qourum > 1"
        message = 'count(officers) > 3️⃣facts.membrs'
        text = '''
        count(officers where woman) >= 3
          and 4️⃣facts.membrs > 0 and "ü" 5️⃣+ 1 > 0'''
        """#)

    private func check(_ key: String) throws -> [Diagnostic] {
        let source = try #require(TOMLStringFixture.source(in: Self.file.text, key: key))
        return diagnostics(source, phase: .check)
    }

    private func location(_ diagnostic: Diagnostic?) -> String {
        let converter = SourceLocationConverter(text: Self.file.text)
        guard let offset = diagnostic?.location?.range.lowerBound else { return "none" }
        let location = converter.location(of: offset)
        return "\(location.line):\(location.column)"
    }

    @Test("escaped quotes before the error")
    func escapes() throws {
        let problems = try check("when")
        #expect(problems.map(\.code) == ["R203"])
        #expect(problems.first?.location?.range.lowerBound == Self.file["1️⃣"])
        #expect(location(problems.first) == "3:30")
        #expect(problems.first?.fixIts == [], "no fix-it where the file spells the text differently")
    }

    @Test("a \\u escape and multi-byte characters before the error")
    func unicodeEscapes() throws {
        let problems = try check("require")
        #expect(problems.map(\.message) == ["unknown name 'qourum'; did you mean 'quorum'?"])
        #expect(problems.first?.location?.range == Self.file["2️⃣"]..<(Self.file["2️⃣"] + 6))
        #expect(location(problems.first) == "4:44")
    }

    @Test("a literal string maps one to one")
    func literal() throws {
        let problems = try check("message")
        #expect(problems.first?.location?.range.lowerBound == Self.file["3️⃣"])
        #expect(location(problems.first) == "5:30")
    }

    @Test("a multi-line string reports the right line")
    func multiline() throws {
        let problems = try check("text")
        #expect(problems.map(\.code) == ["R201", "R204"])
        #expect(problems.map(\.location?.range.lowerBound) == [Self.file["4️⃣"], Self.file["5️⃣"]])
        #expect(problems.map(location) == ["8:7", "8:32"])
    }

    @Test("the rendered diagnostic points at the column inside the string")
    func rendered() throws {
        let problems = try check("require")
        let renderer = TextDiagnosticRenderer(sources: SourceStore([SourceFile(path: "menu.toml", text: Self.file.text)]))
        let text = renderer.render(problems, summary: false)
        #expect(
            text == #"""
                menu.toml:4:44: error: unknown name 'qourum'; did you mean 'quorum'? [R201]
                  |
                4 | require = "clp.name != \"Caf\u00e9 ✓\" and qourum > 1"
                  |                                            ^~~~~~
                  = fix: replace with 'quorum'

                """#)
    }
}
