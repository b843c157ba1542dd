import Diagnostics
import RuleLanguage
import TOML
import Testing

@Suite("Evaluator")
struct EvaluatorTests {
    @Test(
        "operators give the right values",
        arguments: [
            ("1 + 2 * 3", 7),
            ("(1 + 2) * 3", 9),
            ("10 - 4 - 3", 3),
            ("7 / 2", 3),
            ("-7 / 2", -3),
            ("-facts.members", -812),
            ("- -5", 5),
            ("1 < 2", true), ("2 < 2", false), ("2 <= 2", true), ("3 > 2", true), ("2 > 2", false), ("2 >= 2", true),
            ("agm.date < 2026-06-15", true), ("agm.date >= 2026-06-15", false), ("agm.date == 2026-06-14", true),
            ("1 == 1", true), ("1 != 1", false), ("\"a\" == \"a\"", true), ("\"a\" != \"b\"", true),
            ("governance.option == \"all_member_meetings\"", true), ("governance.option != \"hybrid\"", true),
            ("[1, 2] == [1, 2]", true), ("[1, 2] == [2, 1]", false),
            ("true and false", false), ("true and true", true), ("false or true", true), ("false or false", false),
            ("not true", false), ("not facts.labour_mp", true),
            ("\"womens_forum\" in forums.options", true), ("\"youth_forum\" in forums.options", false),
            ("\"youth_forum\" not in forums.options", true), ("governance.option in [\"hybrid\", \"all_member_meetings\"]", true),
            ("2 in facts.branch.members", false), ("140 in facts.branch.members", true),
            ("if facts.labour_mp then 1 else 2", 2), ("if facts.members > 500 then \"big\" else \"small\"", "big"),
            ("[1, 2, 3]", [1, 2, 3]),
            ("votes.structure_change.for - votes.structure_change.against", 15),
            ("facts.branch.name", ["Northgate", "Southmead", "Eastfield"]),
            ("facts.branch.wards", [["North", "Gate"], ["South"], []]),
        ] as [(String, RuleValue)])
    func operators(text: String, expected: RuleValue) throws {
        #expect(try value(text) == expected)
    }

    @Test(
        "functions give the right values",
        arguments: [
            ("count(officers)", 3),
            ("count(officers where woman)", 2),
            ("count(officers where woman and post != \"chair\")", 1),
            ("count(facts.branch where members >= 95)", 2),
            ("any(officers where post == \"treasurer\")", true), ("any(officers where post == \"auditor\")", false),
            ("all(facts.affiliate where fee_paid_days >= 35)", false), ("all(facts.affiliate where members > 10)", true),
            ("any(officers.woman)", true), ("all(officers.woman)", false),
            ("sum(facts.branch.members)", 295), ("sum(facts.affiliate.members) + 1", 326),
            ("min(3, 1, 2)", 1), ("max(3, 1, 2)", 3), ("min(facts.branch.members)", 60), ("max(facts.branch.members)", 140),
            ("max(7)", 7),
            ("ceil_div(7, 2)", 4), ("ceil_div(8, 2)", 4), ("ceil_div(facts.members, 20)", 41), ("ceil_div(-7, 2)", -3),
            ("ceil_div(7, -2)", -3), ("ceil_div(0, 5)", 0),
            ("percent(1, 3)", 33), ("percent(2, 3)", 66), ("percent(votes.structure_change.for, 65)", 61),
            ("percent(-1, 3)", -34), ("percent(3, 3)", 100),
            ("len(clp.name)", 20), ("len(\"Café\")", 4), ("len(forums.options)", 2), ("len(governance.option)", 19),
            ("days_between(approvals.regional_director.date, agm.date)", 43),
            ("days_between(agm.date, approvals.regional_director.date)", -43),
            ("days_between(2024-02-28, 2024-03-01)", 2), ("days_between(2023-02-28, 2023-03-01)", 1),
            ("days_between(1999-12-31, 2000-01-01)", 1),
            // Clear days count neither date: a fee paid on 1 March for an AGM on 5 April leaves 34.
            ("clear_days(2022-03-01, 2022-04-05)", 34), ("clear_days(2022-03-01, 2022-03-03)", 1),
            ("clear_days(2022-03-01, 2022-03-02)", 0), ("clear_days(2022-03-05, 2022-03-01)", 0),
            ("clear_days(2024-02-28, 2024-03-01)", 1),
            // The calendar functions a timing rule is checked with ("the third Thursday of June").
            ("weekday(2026-06-18)", "Thursday"), ("month_name(2026-06-18)", "June"), ("nth_in_month(2026-06-18)", 3),
            ("weekday(1969-12-31)", "Wednesday"), ("weekday(1970-01-01)", "Thursday"),
            ("weekday(2000-02-29)", "Tuesday"), ("nth_in_month(2000-02-29)", 5), ("weekday(1900-03-01)", "Thursday"),
            ("month_name(1969-12-31)", "December"), ("nth_in_month(2026-10-31)", 5), ("nth_in_month(2026-10-07)", 1),
            ("last_in_month(2026-06-25)", true), ("last_in_month(2026-06-18)", false), ("last_in_month(2023-02-22)", true),
            ("weekday(agm.date) == \"Sunday\"", true), ("month_name(agm.date)", "June"),
        ] as [(String, RuleValue)])
    func functions(text: String, expected: RuleValue) throws {
        #expect(try value(text) == expected)
    }

    @Test("inner 'where' scopes shadow outer ones")
    func nestedScopes() throws {
        #expect(try value("count(facts.branch where any(facts.affiliate where members > 100) and members > 50)") == .integer(3))
        #expect(try value("count(facts.branch where any(facts.affiliate where members > 200) and members > 100)") == .integer(1))
        #expect(try value("count(facts.branch where members > quorum)") == .integer(3))
    }

    @Test("'and', 'or' and 'if' evaluate only what they need")
    func shortCircuit() throws {
        #expect(try value("false and 1 / 0 == 1") == .boolean(false))
        #expect(try value("true or 1 / 0 == 1") == .boolean(true))
        #expect(try value("if true then 1 else 1 / 0") == .integer(1))
        #expect(try value("any(officers where woman or 1 / 0 == 1)") == .boolean(true))
    }

    private func failure(_ text: String, _ bindings: RuleBindings = Sample.bindings) throws -> RuleEvaluationError? {
        let evaluation = try evaluate(text, bindings)
        #expect(evaluation.value == nil)
        return evaluation.error
    }

    @Test("division by zero is an error with the node's range, never a trap")
    func divisionByZero() throws {
        var bindings = Sample.bindings
        bindings["quorum"] = 0
        let text = "facts.members / quorum > 1"
        let error = try #require(try failure(text, bindings))
        #expect(error.code == "R301")
        #expect(error.description == "division by zero in '/'")
        #expect(error.range == 0..<22)
        let diagnostic = error.diagnostic(in: RuleSource(file: "m.toml", text: text, offsets: TextOffsetMap(base: 10)))
        #expect(diagnostic.location == SourceSpan(file: "m.toml", range: 10..<32))
        #expect(try failure("ceil_div(1, quorum) > 0", bindings)?.description == "division by zero in 'ceil_div'")
        #expect(try failure("percent(1, quorum) > 0", bindings)?.description == "division by zero in 'percent'")
    }

    @Test("overflow is an error, never a trap")
    func overflow() throws {
        let big = "9223372036854775807"
        for (text, operation) in [
            ("\(big) + 1", "+"), ("-\(big) - 2", "-"), ("\(big) * 2", "*"), ("-\(big) - 1 / -1 == 0", nil),
            ("(-\(big) - 1) / -1", "/"), ("-(-\(big) - 1)", "-"), ("sum([\(big), 1])", "sum"),
            ("percent(\(big), 1)", "percent"), ("ceil_div(-\(big) - 1, -1)", "ceil_div"),
        ] as [(String, String?)] {
            let evaluation = try evaluate(text)
            if let operation {
                #expect(evaluation.error?.code == "R302", "\(text)")
                #expect(evaluation.error?.description == "the result of '\(operation)' is too large for a whole number")
            } else {
                #expect(evaluation.error == nil, "\(text)")
            }
        }
    }

    @Test("a name without a value, or a value of the wrong type, is an error")
    func missingAndWrong() throws {
        var bindings = Sample.bindings
        bindings["quorum"] = nil
        let missing = try #require(try failure("facts.members > 1 and quorum > 1", bindings))
        #expect(missing.code == "R303")
        #expect(missing.description == "no value for 'quorum'")
        #expect(missing.range == 22..<28)

        bindings["quorum"] = "forty"
        let wrong = try #require(try failure("quorum + 1 > 1", bindings))
        #expect(wrong.code == "R304")
        #expect(wrong.description == "'+' expects integers, but the values are 'string'")

        bindings["officers"] = [Sample.record([("post", "chair")])]
        let field = try #require(try failure("count(officers where woman) > 1", bindings))
        #expect(field.code == "R303")
        #expect(field.description == "no value for 'woman': it is neither a field of 'officers' nor a name in the selections")

        bindings["facts.branch"] = []
        #expect(try failure("min(facts.branch.members) > 1", bindings)?.description == "'min' of an empty list has no value")
        let (invalid, _) = RuleParser.parse(RuleSource(text: "1 +"))
        let result = RuleEvaluator(bindings: bindings).evaluate(try #require(invalid))
        #expect(result.error?.code == "R306")
    }

    @Test("records in the selections missing a field the rule reads")
    func missingField() throws {
        var bindings = Sample.bindings
        bindings["votes.structure_change"] = Sample.record([("for", 3)])
        let error = try #require(try failure("votes.structure_change.against > 1", bindings))
        #expect(error.description == "'votes.structure_change' has no field 'against' in the selections")
        #expect(error.code == "R307")
    }

    @Test("the names read are listed once each, in the order first read")
    func reads() throws {
        let evaluation = try evaluate(
            "quorum > 1 and sum(facts.branch.members) > quorum and count(officers where woman and facts.members > 1) > 0")
        #expect(evaluation.reads == ["quorum", "facts.branch", "officers", "facts.members"])
        #expect(try evaluate("false and quorum > 1").reads == [])
        var bindings = Sample.bindings
        bindings["quorum"] = 0
        #expect(try evaluate("facts.members / quorum > 1", bindings).reads == ["facts.members", "quorum"])
    }

    @Test("past the names compared one by one, a set keeps them once each, still in the order first read")
    func manyReads() throws {
        let names = (0..<40).map { "n\($0)" }
        var bindings = RuleBindings()
        for name in names { bindings.bind(name, .integer(1)) }
        // Every name read twice, the second time in reverse order.
        let text = (names + names.reversed()).joined(separator: " + ")
        let (expression, problems) = RuleParser.parse(RuleSource(text: text))
        #expect(problems.isEmpty)
        let evaluation = RuleEvaluator(bindings: bindings).evaluate(try #require(expression))
        #expect(evaluation.value == .integer(80))
        #expect(evaluation.reads == names)
    }
}
