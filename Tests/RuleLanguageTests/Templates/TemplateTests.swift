import Diagnostics
import RuleLanguage
import TestSupport
import Testing

@Suite("Templates")
struct TemplateTests {
    private func render(_ text: String, _ bindings: RuleBindings = Sample.bindings) throws -> String {
        let source = RuleSource(text: text)
        let (template, problems) = RuleTemplate.parse(source)
        #expect(problems.isEmpty, "\(problems.map(\.message))")
        let parsed = try #require(template)
        let checked = RuleTypeChecker(schema: Sample.schema).check(parsed, source: source)
        #expect(checked.isEmpty, "\(checked.map(\.message))")
        return try RuleEvaluator(bindings: bindings).render(parsed).get()
    }

    @Test("values, when and else")
    func basics() throws {
        #expect(
            try render("The quorum is {{quorum}} members.{{#when facts.labour_mp}} The MP attends.{{/when}}")
                == "The quorum is 41 members.")
        #expect(try render("{{#when facts.labour_mp}}MP{{else}}no MP{{/when}}") == "no MP")
        #expect(try render("{{ quorum }}/{{#when   not facts.labour_mp }}x{{/when}}") == "41/x")
        #expect(try render("{{ \"a}}b\" }}") == "a}}b")
        #expect(try render("no tags { } at all") == "no tags { } at all")
        #expect(try render("") == "")
    }

    @Test("values are formatted for reading")
    func formatting() throws {
        #expect(try render("{{agm.date}}") == "14 June 2026")
        #expect(try render("{{facts.labour_mp}}/{{not facts.labour_mp}}") == "no/yes")
        #expect(try render("{{forums.options}}") == "womens_forum and bame_forum")
        #expect(try render("{{facts.branch.name}}") == "Northgate, Southmead and Eastfield")
        #expect(try render("{{[\"one\"]}}|{{0 - quorum}}|{{governance.option}}") == "one|-41|all_member_meetings")
        #expect(try render("{{clp.name}} <b>&amp;") == "Anytown and District <b>&amp;", "no escaping here")
    }

    @Test("each repeats per record, with the record's fields in scope, and block lines disappear")
    func each() throws {
        let template = """
            Branches:
            {{#each facts.branch}}
              - {{name}} ({{members}} members){{#when members > 100}}, large{{/when}}
            {{/each}}
            Done.
            """
        #expect(
            try render(template)
                == "Branches:\n  - Northgate (140 members), large\n  - Southmead (95 members)\n  - Eastfield (60 members)\nDone.")
        var bindings = Sample.bindings
        bindings["facts.branch"] = []
        #expect(try render("{{#each facts.branch}}{{name}}{{else}}no branches{{/each}}", bindings) == "no branches")
        #expect(
            try render("{{#each facts.branch}}{{name}}[{{#each facts.affiliate}}{{name}};{{/each}}] {{/each}}")
                == "Northgate[Unite Anytown 1/234;Co-op Party;] Southmead[Unite Anytown 1/234;Co-op Party;] Eastfield[Unite Anytown 1/234;Co-op Party;] "
        )
    }

    @Test("filters, fields and distinct work inside tags")
    func filtersInTags() throws {
        #expect(try render("{{#each (officers where woman)}}{{name}};{{/each}}") == "A. Patel;C. Okafor;")
        #expect(try render("{{(officers where not woman).name}}") == "B. Jones")
        #expect(try render("{{distinct([\"a\", \"b\", \"a\"])}}") == "a and b")
        #expect(try render("{{#each (officers where post == \"auditor\")}}{{name}}{{else}}none{{/each}}") == "none")
    }

    @Test("standalone block lines: indentation, CRLF, else lines, first and last lines")
    func standalone() throws {
        #expect(try render("{{#when true}}\nA\n{{else}}\nB\n{{/when}}\n") == "A\n")
        #expect(try render("x\r\n  {{#when false}}\r\nA\r\n  {{/when}}\r\ny") == "x\r\ny")
        #expect(try render("a {{#when true}}inline{{/when}} b\n") == "a inline b\n")
        #expect(try render("{{#when true}}{{/when}}\nnext") == "\nnext", "two tags on one line are not standalone")
        #expect(try render("  {{#when true}}  \nkept\n  {{/when}}  ") == "kept\n")
    }

    private func problems(_ marked: String, check: Bool = false) -> (MarkedText, [Diagnostic]) {
        let text = MarkedText(marked)
        let source = RuleSource(file: "t", text: text.text)
        let (template, problems) = RuleTemplate.parse(source)
        guard check, let template else { return (text, problems) }
        return (text, problems + RuleTypeChecker(schema: Sample.schema).check(template, source: source))
    }

    private func assertTemplate(
        _ marked: String, check: Bool = false, _ expected: [Expected], sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let (text, found) = problems(marked, check: check)
        #expect(
            found.map { "\($0.code) \($0.message)" } == expected.map { "\($0.code) \($0.message)" }, sourceLocation: sourceLocation)
        #expect(
            found.map { $0.location?.range.lowerBound ?? -1 } == expected.map { text[$0.marker] }, sourceLocation: sourceLocation)
    }

    @Test("block errors are located at the tag")
    func blockErrors() {
        assertTemplate("a 1️⃣{{#when facts.labour_mp}}x", [Expected("1️⃣", "R120", "'{{#when}}' is never closed; expected '{{/when}}'")])
        assertTemplate("x1️⃣{{/when}}", [Expected("1️⃣", "R121", "'{{/when}}' has no matching '{{#when}}'")])
        assertTemplate(
            "{{#each facts.branch}}x1️⃣{{/when}}", [Expected("1️⃣", "R122", "'{{/when}}' does not match the open '{{#each}}'")])
        assertTemplate("a 1️⃣{{ quorum", [Expected("1️⃣", "R123", "'{{' is never closed; expected '}}'")])
        assertTemplate("1️⃣{{ quorum {{quorum}}", [Expected("1️⃣", "R123", "'{{' is never closed; expected '}}'")])
        assertTemplate(
            "{{1️⃣#wehn x}}y2️⃣{{/when}}",
            [
                Expected("1️⃣", "R124", "unknown block '{{#wehn}}'; did you mean '{{#when}}'?"),
                Expected("2️⃣", "R121", "'{{/when}}' has no matching '{{#when}}'"),
            ])
        assertTemplate("1️⃣{{else}}", [Expected("1️⃣", "R125", "'{{else}}' must be inside a '{{#when}}' or '{{#each}}' block")])
        assertTemplate(
            "{{#when true}}a{{else}}b1️⃣{{else}}c{{/when}}", [Expected("1️⃣", "R125", "a block can have only one '{{else}}'")])
    }

    @Test("errors inside tags come from the expression parser and checker")
    func expressionErrors() {
        assertTemplate("Quorum {{quorum +1️⃣}}.", [Expected("1️⃣", "R110", "expected an expression, found the end of the expression")])
        assertTemplate(
            "{{#when 1️⃣qourum > 1}}x{{/when}}", check: true, [Expected("1️⃣", "R201", "unknown name 'qourum'; did you mean 'quorum'?")])
        assertTemplate(
            "{{1️⃣officers}}", check: true,
            [Expected("1️⃣", "R215", "a 'list of record' cannot be shown in text; show one of its fields instead")])
        assertTemplate(
            "{{#each 1️⃣forums.options}}x{{/each}}", check: true,
            [Expected("1️⃣", "R216", "'{{#each}}' needs a list of records, found 'list of choice'")])
        assertTemplate(
            "{{#when 1️⃣quorum}}x{{/when}}", check: true, [Expected("1️⃣", "R210", "'{{#when}}' condition must be 'boolean', found 'integer'")])
        assertTemplate(
            "{{#each officers}}{{1️⃣nmae}}{{/each}}{{2️⃣woman}}", check: true,
            [
                Expected("1️⃣", "R201", "unknown name 'nmae'; did you mean 'name'?"),
                Expected("2️⃣", "R201", "unknown name 'woman'"),
            ])
    }

    @Test("deeply nested blocks give one diagnostic")
    func deepBlocks() {
        let text = String(repeating: "{{#when true}}", count: 100_000)
        let (template, problems) = RuleTemplate.parse(RuleSource(text: text))
        #expect(template == nil)
        #expect(problems.map(\.code) == ["R114"])
        let fine = String(repeating: "{{#each facts.branch}}", count: 60) + "x" + String(repeating: "{{/each}}", count: 60)
        #expect(RuleTemplate.parse(RuleSource(text: fine)).1.isEmpty)
    }

    @Test("a template inside a TOML string with escapes reports file offsets")
    func embedded() throws {
        let file = MarkedText(#"text = "Say \"hi\" to {{1️⃣qourum}} people""#)
        let source = try #require(TOMLStringFixture.source(in: file.text, key: "text"))
        let (template, parseProblems) = RuleTemplate.parse(source)
        #expect(parseProblems.isEmpty)
        let problems = RuleTypeChecker(schema: Sample.schema).check(try #require(template), source: source)
        #expect(problems.map(\.location?.range) == [file["1️⃣"]..<(file["1️⃣"] + 6)])
    }

    @Test("rendering fails with a located evaluation error")
    func renderErrors() throws {
        var bindings = Sample.bindings
        bindings["quorum"] = 0
        let text = "Share: {{facts.members / quorum}}"
        let (template, _) = RuleTemplate.parse(RuleSource(text: text))
        let result = RuleEvaluator(bindings: bindings).render(try #require(template))
        guard case .failure(let error) = result else {
            Issue.record("expected a failure")
            return
        }
        #expect(error.code == "R301")
        #expect(error.range == 9..<31)
    }
}
