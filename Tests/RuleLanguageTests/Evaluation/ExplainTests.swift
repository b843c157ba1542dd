import RuleLanguage
import Testing

@Suite("Failure explanations")
struct ExplainTests {
    private func explain(_ text: String) throws -> String {
        let expression = try parsed(text)
        let evaluator = RuleEvaluator(bindings: Sample.bindings)
        #expect(evaluator.evaluate(expression).boolean == false, "the example must fail")
        return evaluator.explainFailure(of: expression, source: RuleSource(text: text))
    }

    @Test(
        "comparisons name both sides with their live values",
        arguments: [
            ("governance.meetings_per_year >= 8", "governance.meetings_per_year (= 6) must be at least 8"),
            ("count(officers where woman) >= 3", "count(officers where woman) (= 2) must be at least 3"),
            ("quorum > facts.members", "quorum (= 41) must be more than facts.members (= 812)"),
            ("facts.members <= 500", "facts.members (= 812) must be at most 500"),
            ("facts.members < 500", "facts.members (= 812) must be less than 500"),
            ("governance.option == \"hybrid\"", "governance.option (= \"all_member_meetings\") must be \"hybrid\""),
            (
                "governance.option != \"all_member_meetings\"",
                "governance.option (= \"all_member_meetings\") must not be \"all_member_meetings\""
            ),
            ("\"youth_forum\" in forums.options", "forums.options (= [\"womens_forum\", \"bame_forum\"]) must include \"youth_forum\""),
            (
                "\"bame_forum\" not in forums.options",
                "forums.options (= [\"womens_forum\", \"bame_forum\"]) must not include \"bame_forum\""
            ),
            (
                "governance.option in [\"hybrid\", \"delegate_gc\"]",
                "governance.option (= \"all_member_meetings\") must be one of [\"hybrid\", \"delegate_gc\"]"
            ),
            ("agm.date <= 2026-05-31", "agm.date (= 14 June 2026) must be on or before 2026-05-31"),
            ("agm.date > 2026-07-01", "agm.date (= 14 June 2026) must be after 2026-07-01"),
            ("facts.labour_mp", "facts.labour_mp must be yes"),
            ("not any(officers.woman)", "the expression is false"),
            ("any(officers where post == \"auditor\")", "the expression is false"),
        ])
    func comparisons(text: String, explanation: String) throws {
        #expect(try explain(text) == explanation)
    }

    @Test("'and' names its failing part; 'or' names every part")
    func logic() throws {
        #expect(
            try explain("facts.members > 100 and governance.meetings_per_year >= 8 and quorum > 1")
                == "governance.meetings_per_year (= 6) must be at least 8")
        #expect(
            try explain("facts.members > 1 and any(officers where post == \"auditor\")")
                == "'any(officers where post == \"auditor\")' is false")
        #expect(
            try explain("facts.members < 100 or governance.meetings_per_year >= 8 or facts.labour_mp")
                == "one of these must hold: facts.members (= 812) must be less than 100; or governance.meetings_per_year (= 6) must be at least 8; or facts.labour_mp must be yes"
        )
    }
}
