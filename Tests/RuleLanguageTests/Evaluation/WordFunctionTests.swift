import Diagnostics
import RuleLanguage
import Testing

/// The functions that put values into words for `because` templates: `percent_text`, `plural`, `join`,
/// `join_or` and `thousands` (issue 9, item 1).
@Suite("Word functions")
struct WordFunctionTests {
    @Test(
        "give the words a secretary would write",
        arguments: [
            ("percent_text(52, 52 + 30)", "63.4%"),
            ("percent_text(2, 3)", "66.7%"),
            ("percent_text(1, 3)", "33.3%"),
            ("percent_text(1, 2)", "50.0%"),
            ("percent_text(0, 5)", "0.0%"),
            ("percent_text(5, 5)", "100.0%"),
            ("percent_text(1, 8)", "12.5%"),
            ("percent_text(1, 16)", "6.3%"),
            ("percent_text(-1, 3)", "-33.3%"),
            ("percent_text(1, -3)", "-33.3%"),
            ("percent_text(-1, 1000)", "-0.1%"),
            ("percent_text(-1, 3000)", "0.0%"),
            ("plural(1, \"woman\", \"women\")", "1 woman"),
            ("plural(3, \"woman\", \"women\")", "3 women"),
            ("plural(0, \"auditor is\", \"auditors are\")", "0 auditors are"),
            ("plural(count(officers where woman), \"woman\", \"women\")", "2 women"),
            ("join((officers where woman).name)", "A. Patel and C. Okafor"),
            ("join(officers.name)", "A. Patel, B. Jones and C. Okafor"),
            ("join_or(officers.post)", "chair, secretary or treasurer"),
            ("join((officers where post == \"chair\").name)", "A. Patel"),
            ("join((officers where post == \"auditor\").name)", ""),
            ("join([1, 2])", "1 and 2"),
            ("join([agm.date])", "14 June 2026"),
            ("thousands(25000)", "25,000"),
            ("thousands(812)", "812"),
            ("thousands(1000)", "1,000"),
            ("thousands(-1250)", "-1,250"),
            ("thousands(1234567)", "1,234,567"),
            ("thousands(0)", "0"),
        ] as [(String, String)])
    func words(text: String, expected: String) throws {
        #expect(try value(text) == .string(expected))
    }

    @Test func extremesDoNotTrap() throws {
        #expect(try value("thousands(-9223372036854775807 - 1)") == .string("-9,223,372,036,854,775,808"))
        #expect(try evaluate("percent_text(1, 0)").error?.code == "R301")
        #expect(try evaluate("percent_text(9223372036854775807, 1)").error?.code == "R302")
    }

    @Test(
        "are type-checked",
        arguments: [
            "plural(\"1\", \"a\", \"b\")", "plural(1, 2, \"b\")", "join(officers)", "join(1)", "thousands(\"x\")",
            "percent_text(1, \"2\")", "join_or(facts.branch)",
        ])
    func typeErrors(text: String) throws {
        let expression = try parsed(text)
        let problems = RuleTypeChecker(schema: Sample.schema).check(expression, source: RuleSource(text: text)).1
        #expect(problems.map(\.code) == ["R208"], "\(problems.map(\.message))")
    }

    @Test func theyGiveText() throws {
        let expression = try parsed("plural(1, \"a\", \"b\") == \"1 a\" and join([\"x\"]) == \"x\"")
        let (type, problems) = RuleTypeChecker(schema: Sample.schema).check(expression, source: RuleSource(text: ""))
        #expect(problems.isEmpty)
        #expect(type == .boolean)
    }
}
