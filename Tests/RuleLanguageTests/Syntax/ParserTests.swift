import Diagnostics
import RuleLanguage
import Testing

@Suite("Parser")
struct ParserTests {
    @Test(
        "precedence and associativity follow the operator table",
        arguments: [
            ("1 + 2 * 3", "(+ 1 (* 2 3))"),
            ("1 - 2 - 3", "(- (- 1 2) 3)"),
            ("8 / 4 / 2", "(/ (/ 8 4) 2)"),
            ("(1 + 2) * 3", "(* (+ 1 2) 3)"),
            ("-a * b", "(* (neg a) b)"),
            ("- -a", "(neg (neg a))"),
            ("not a and b", "(and (not a) b)"),
            ("not a == b", "(not (== a b))"),
            ("not not a", "(not (not a))"),
            ("a or b and c", "(or a (and b c))"),
            ("a and b or c and d", "(or (and a b) (and c d))"),
            ("a == 1 or b != 2 and c < 3", "(or (== a 1) (and (!= b 2) (< c 3)))"),
            ("a + 1 >= b * 2", "(>= (+ a 1) (* b 2))"),
            ("x in [1, 2,]", "(in x [1 2])"),
            ("x not in [1]", "(not in x [1])"),
            ("not x in y", "(not (in x y))"),
            ("if a then 1 else 2 + 3", "(if a 1 (+ 2 3))"),
            ("1 + (if a then 1 else 2)", "(+ 1 (if a 1 2))"),
            ("if a then if b then 1 else 2 else 3", "(if a (if b 1 2) 3)"),
            ("count(officers where woman) >= 3", "(>= (count officers where woman) 3)"),
            ("all(facts.affiliate where fee_paid_days >= 35)", "(all facts.affiliate where (>= fee_paid_days 35))"),
            ("min(1, 2, 3,)", "(min 1 2 3)"),
            ("f()", "(f)"),
            ("ceil_div(facts.members, 10) + 1", "(+ (ceil_div facts.members 10) 1)"),
            ("[[1], []]", "[[1] []]"),
            ("\"a\" != \"b\"", "(!= \"a\" \"b\")"),
            ("(officers where woman)", "(officers where woman)"),
            ("(officers where post == \"chair\" or woman)", "(officers where (or (== post \"chair\") woman))"),
            ("(a or b where c and d)", "((or a b) where (and c d))"),
            ("((officers where woman) where post != \"chair\")", "((officers where woman) where (!= post \"chair\"))"),
            ("(officers where woman).name", "(. (officers where woman) name)"),
            ("(officers).name", "(. officers name)"),
            ("(votes.structure_change).for.in", "(. (. votes.structure_change for) in)"),
            ("f(x).y", "(. (f x) y)"),
            ("[a, b].c", "(. [a b] c)"),
            ("len((officers where woman).name)", "(len (. (officers where woman) name))"),
            ("len((a where p).f) > 1", "(> (len (. (a where p) f)) 1)"),
            ("(a where p).f == (b where q).g", "(== (. (a where p) f) (. (b where q) g))"),
            ("(a).f + (b).g * 2", "(+ (. a f) (* (. b g) 2))"),
            ("-(a).f", "(neg (. a f))"),
            ("not (a).f and b", "(and (not (. a f)) b)"),
            ("(a).f in (b).g", "(in (. a f) (. b g))"),
            ("if c then (a).f else (b).g", "(if c (. a f) (. b g))"),
            ("count((officers where woman))", "(count (officers where woman))"),
            (
                "count(officers where (facts.branch where members > 1).name == [name])",
                "(count officers where (== (. (facts.branch where (> members 1)) name) [name]))"
            ),
            (
                "len(distinct((officers where post in [\"chair\", \"secretary\"]).name)) == count(officers where post in [\"chair\"])",
                "(== (len (distinct (. (officers where (in post [\"chair\" \"secretary\"])) name))) (count officers where (in post [\"chair\"])))"
            ),
        ])
    func precedence(source: String, shape: String) throws {
        #expect(sexpr(try parsed(source)) == shape)
    }

    @Test("node ranges cover what was written, brackets included")
    func ranges() throws {
        let expression = try parsed("(a + b) * 2")
        #expect(expression.range == 0..<11)
        guard case .binary(.multiply, let left, _, let operatorRange) = expression.kind else {
            Issue.record("not a product")
            return
        }
        #expect(left.range == 0..<7)
        #expect(operatorRange == 8..<9)
        let notIn = try parsed("x not in y")
        if case .binary(.notIn, _, _, let range) = notIn.kind { #expect(range == 2..<8) }
    }

    @Test("missing parts and brackets")
    func missing() {
        assertDiagnostics("1 + 1️⃣", phase: .parse, [Expected("1️⃣", "R110", "expected an expression, found the end of the expression")])
        assertDiagnostics("a == 1️⃣== b", phase: .parse, [Expected("1️⃣", "R110", "expected an expression, found '=='")])
        assertDiagnostics("a == 1️⃣== * / + and", phase: .parse, [Expected("1️⃣", "R110", "expected an expression, found '=='")])
        assertDiagnostics("1️⃣", phase: .parse, [Expected("1️⃣", "R110", "expected an expression, found the end of the expression")])
        assertDiagnostics("(1 + 2 1️⃣", phase: .parse, [Expected("1️⃣", "R111", "expected ')' to close '(', found the end of the expression")])
        assertDiagnostics("[1, 2 1️⃣3]", phase: .parse, [Expected("1️⃣", "R111", "expected ']' to close '[', found '3'")])
        assertDiagnostics("count(a 1️⃣b)", phase: .parse, [Expected("1️⃣", "R111", "expected ')' to close the call to 'count', found 'b'")])
        assertDiagnostics(
            "if a 1️⃣1 else 2", phase: .parse, [Expected("1️⃣", "R111", "expected 'then' after the condition of 'if', found '1'")])
        assertDiagnostics(
            "if a then 1 1️⃣", phase: .parse,
            [Expected("1️⃣", "R111", "expected 'else' after the 'then' branch, found the end of the expression")])
        assertDiagnostics("facts.1️⃣", phase: .parse, [Expected("1️⃣", "R116", "expected a name after '.', found the end of the expression")])
        assertDiagnostics("facts.1️⃣1 > 2", phase: .parse, [Expected("1️⃣", "R116", "expected a name after '.', found '1'")])
    }

    @Test("filters and fields: missing parts")
    func filterAndFieldErrors() {
        assertDiagnostics("(officers where 1️⃣)", phase: .parse, [Expected("1️⃣", "R110", "expected an expression, found ')'")])
        assertDiagnostics(
            "(officers where woman 1️⃣", phase: .parse,
            [Expected("1️⃣", "R111", "expected ')' to close '(', found the end of the expression")])
        assertDiagnostics(
            "(officers where woman 1️⃣where post) > 1", phase: .parse, [Expected("1️⃣", "R111", "expected ')' to close '(', found 'where'")])
        assertDiagnostics(
            "(officers).1️⃣", phase: .parse, [Expected("1️⃣", "R116", "expected a name after '.', found the end of the expression")])
        assertDiagnostics("(officers).1️⃣1 > 2", phase: .parse, [Expected("1️⃣", "R116", "expected a name after '.', found '1'")])
        assertDiagnostics("1️⃣.name", phase: .parse, [Expected("1️⃣", "R110", "expected an expression, found '.'")])
    }

    @Test("filter and field nodes cover what was written")
    func filterRanges() throws {
        let text = "len((officers where woman).name) > 1"
        guard case .binary(.greater, let left, _, _) = try parsed(text).kind, case .call(_, let arguments) = left.kind,
            let field = arguments.first, case .binary(.field, let base, let name, let dot) = field.kind
        else {
            Issue.record("unexpected shape")
            return
        }
        #expect(field.range == 4..<31)
        #expect(base.range == 4..<26)
        #expect(dot == 26..<27)
        #expect(name.range == 27..<31)
        #expect(name.kind == .string("name"))
    }

    @Test("the note on a missing bracket points at the opening one")
    func bracketNote() throws {
        let (_, problems) = RuleParser.parse(RuleSource(text: "x * (1 + 2"))
        let problem = try #require(problems.first)
        #expect(problem.notes == [Note("'(' opened here", at: SourceSpan(file: "<expression>", range: 4..<5))])
    }

    private static let whereMessage =
        "'where' must follow a list alone in brackets: '(LIST where CONDITION)' or 'count(LIST where CONDITION)'"

    @Test("left-over text, chained comparisons, misplaced 'where'")
    func leftovers() {
        assertDiagnostics("a 1️⃣b", phase: .parse, [Expected("1️⃣", "R112", "unexpected 'b' after the end of the expression")])
        assertDiagnostics("(a) 1️⃣)", phase: .parse, [Expected("1️⃣", "R112", "unexpected ')' after the end of the expression")])
        assertDiagnostics("1 < a 1️⃣< 3", phase: .parse, [Expected("1️⃣", "R113", "comparisons cannot be chained; join them with 'and'")])
        assertDiagnostics("a == b 1️⃣!= c", phase: .parse, [Expected("1️⃣", "R113", "comparisons cannot be chained; join them with 'and'")])
        assertDiagnostics(
            "officers 1️⃣where woman", phase: .parse, [Expected("1️⃣", "R115", Self.whereMessage)])
        assertDiagnostics("count(a, b 1️⃣where c)", phase: .parse, [Expected("1️⃣", "R115", Self.whereMessage)])
        assertDiagnostics("1 + (a) 1️⃣where b", phase: .parse, [Expected("1️⃣", "R115", Self.whereMessage)])
        assertDiagnostics("[a 1️⃣where b]", phase: .parse, [Expected("1️⃣", "R111", "expected ']' to close '[', found 'where'")])
    }

    @Test("after an error the parser reads on and reports the next one")
    func recovery() throws {
        let (expression, problems) = RuleParser.parse(RuleSource(text: "(1 + ) * [2, , 3] + f(4 5"))
        #expect(problems.map(\.code) == ["R110", "R110", "R111"])
        #expect(expression != nil)
        let (_, lexed) = RuleParser.parse(RuleSource(text: "1 + 99999999999999999999 + \"x"))
        #expect(lexed.map(\.code) == ["R104", "R102"])
    }

    @Test("100,000 open brackets give one diagnostic, not a stack overflow")
    func deepBrackets() {
        let text = String(repeating: "(", count: 100_000) + "1" + String(repeating: ")", count: 100_000)
        let (expression, problems) = RuleParser.parse(RuleSource(text: text))
        #expect(expression == nil)
        #expect(problems.map(\.message) == ["expression is nested too deeply; the limit is 64 levels"])
        #expect(problems.first?.location?.range == 64..<65)
    }

    @Test("deep prefixes, lists and calls are limited too")
    func deepPrefixes() {
        for text in [
            String(repeating: "not ", count: 10_000) + "a",
            String(repeating: "-", count: 10_000) + "1",
            String(repeating: "[", count: 10_000),
            String(repeating: "f(", count: 10_000),
            String(repeating: "if a then ", count: 10_000),
            String(repeating: "(a where ", count: 10_000),
            String(repeating: "((a where b).c where ", count: 10_000),
        ] {
            let (expression, problems) = RuleParser.parse(RuleSource(text: text))
            #expect(expression == nil)
            #expect(problems.map(\.code) == ["R114"])
        }
    }

    @Test("long chains are fine up to the height limit, and then reported")
    func longChains() throws {
        let fine = Array(repeating: "1", count: 200).joined(separator: " + ")
        #expect(try value(fine) == .integer(200))
        let conditions = Array(repeating: "facts.members > 1", count: 120).joined(separator: " and ")
        #expect(try value(conditions) == .boolean(true))
        let nested = String(repeating: "(", count: 60) + "1" + String(repeating: ")", count: 60)
        #expect(try value(nested) == .integer(1))
        let tooLong = Array(repeating: "1", count: 100_000).joined(separator: " * ")
        let (expression, problems) = RuleParser.parse(RuleSource(text: tooLong))
        #expect(expression == nil)
        #expect(problems.map(\.code) == ["R114"])
        let fields = "(votes.structure_change)" + String(repeating: ".for", count: 100_000)
        let (fieldChain, fieldProblems) = RuleParser.parse(RuleSource(text: fields))
        #expect(fieldChain == nil)
        #expect(fieldProblems.map(\.code) == ["R114"])
        let fineFields = "(votes.structure_change)" + String(repeating: ".for", count: 200)
        #expect(RuleParser.parse(RuleSource(text: fineFields)).1.isEmpty)
    }

    @Test("printing a tree gives text that parses to the same tree")
    func printing() throws {
        for text in [
            "not (a and b) or -(1 + 2) * 3 >= 4", "(if a then 1 else 2) + 3", "x not in [\"a\\\"\", \"b\\n\"]",
            "count(officers where not woman and post != \"chair\") == 0", "a - (b - c)", "(not a) == b", "-(-1)",
            "(officers where woman).name", "(officers).name", "(facts.branch.members).x", "(-1).x", "(a + b).c.d",
            "f(x).in", "-(a).b", "(if a then b else c).d", "((a where b) where c)", "(a where (b where c).d == 1)",
            "len(distinct((officers where post != \"auditor\").name)) + executive.general_ec_members",
        ] {
            let first = try parsed(text)
            let second = try parsed(first.description)
            #expect(sexpr(first) == sexpr(second), "\(text) → \(first.description)")
        }
        #expect(try parsed("(a + b) * c").description == "(a + b) * c")
        #expect(try parsed("a + (b * c)").description == "a + b * c")
        #expect(try parsed("((officers where woman)).name").description == "(officers where woman).name")
        #expect(try parsed("(officers).name").description == "(officers).name")
        #expect(try parsed("(f(x)).name").description == "f(x).name")
        #expect(try parsed("(-(a).b)").description == "-(a).b")
    }
}
