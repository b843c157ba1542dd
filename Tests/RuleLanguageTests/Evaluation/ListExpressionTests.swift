import Diagnostics
import RuleLanguage
import TOML
import Testing

/// `(LIST where CONDITION)`, `.field` after brackets or a call, and `distinct`, including the rules the
/// shipped menus write with them.
@Suite("Filters, fields and distinct")
struct ListExpressionTests {
    @Test(
        "they give the right values",
        arguments: [
            ("(officers where woman).name", ["A. Patel", "C. Okafor"]),
            ("(officers where post == \"auditor\")", []),
            ("(officers where post == \"auditor\").name", []),
            ("count((officers where woman))", 2),
            ("(facts.branch where members > 90).wards", [["North", "Gate"], ["South"]]),
            ("((facts.branch where members > 50) where members < 100).name", ["Southmead", "Eastfield"]),
            ("(facts.branch where \"South\" in wards).members", [95]),
            ("(votes.structure_change).for", 40),
            ("(if facts.labour_mp then officers else (officers where not woman)).post", ["secretary"]),
            ("sum((facts.affiliate where fee_paid_days >= 35).members)", 300),
            ("\"B. Jones\" in (officers where woman).name", false),
            ("distinct([1, 2, 1, 3, 2])", [1, 2, 3]),
            ("distinct([\"b\", \"a\", \"b\"])", ["b", "a"]),
            ("distinct([true, true, false])", [true, false]),
            ("distinct([2026-06-14, 2026-06-14])", [.date(TOMLDate(year: 2026, month: 6, day: 14))]),
            ("distinct(forums.options)", ["womens_forum", "bame_forum"]),
            ("distinct(facts.branch.members)", [140, 95, 60]),
            ("len(distinct((officers where woman).woman))", 1),
            ("len(distinct(officers.name)) == count(officers)", true),
        ] as [(String, RuleValue)])
    func values(text: String, expected: RuleValue) throws {
        #expect(try value(text) == expected)
    }

    @Test("empty lists stay empty")
    func emptyLists() throws {
        var bindings = Sample.bindings
        bindings["officers"] = []
        for (text, expected) in [
            ("(officers where woman)", []),
            ("(officers where woman).name", []),
            ("distinct(officers.name)", []),
            ("len(distinct((officers where woman).name))", 0),
            ("count((officers where 1 / 0 == 1))", 0),
        ] as [(String, RuleValue)] {
            let evaluation = try evaluate(text, bindings)
            #expect(evaluation.value == expected, "\(text)")
        }
    }

    @Test("values of the wrong shape in the selections are errors, never traps")
    func runtimeErrors() throws {
        var bindings = Sample.bindings
        bindings["officers"] = [Sample.record([("post", "chair"), ("woman", true)])]
        let missing = try #require(try evaluate("len((officers where woman).name) > 0", bindings).error)
        #expect(missing.code == "R307")
        #expect(missing.description == "'(officers where woman)' has no field 'name' in the selections")
        #expect(missing.range == 4..<31)

        bindings["officers"] = [1, 2]
        let notRecords = try #require(try evaluate("len((officers where woman)) > 0", bindings).error)
        #expect(notRecords.description == "'where' expects a list of records, but the values are 'integer'")
        #expect(notRecords.range == 5..<13)
    }

    @Test("explanations and reads see through filters and fields")
    func explainAndReads() throws {
        var bindings = Sample.bindings
        bindings["officers"] = [
            Sample.record([("post", "chair"), ("name", "A. Patel"), ("woman", true)]),
            Sample.record([("post", "secretary"), ("name", "A. Patel"), ("woman", true)]),
        ]
        let text = "len(distinct(officers.name)) == count(officers)"
        let evaluator = RuleEvaluator(bindings: bindings)
        let expression = try parsed(text)
        #expect(evaluator.evaluate(expression).boolean == false)
        #expect(
            evaluator.explainFailure(of: expression, source: RuleSource(text: text))
                == "len(distinct(officers.name)) (= 1) must be count(officers) (= 2)")
        let reads = try evaluate("len(distinct((facts.branch where members > quorum).name)) > 0").reads
        #expect(reads == ["facts.branch", "quorum"])
    }

    // MARK: - The shipped menus' rules

    private static let posts: Set<String> = ["chair", "vice_chair", "secretary", "treasurer", "auditor", "womens_officer"]

    private static let schema: RuleSchema = {
        let officer = RecordType([
            ("post", .choice(posts)), ("name", .string), ("woman", .boolean), ("job_share", .boolean),
            ("union_member", .boolean),
        ])
        return RuleSchema([("officers", .list(.record(officer))), ("executive.general_ec_members", .integer)])
    }()

    private static func officer(_ post: String, _ name: String, woman: Bool = false, jobShare: Bool = false) -> RuleValue {
        Sample.record([
            ("post", .string(post)), ("name", .string(name)), ("woman", .boolean(woman)), ("job_share", .boolean(jobShare)),
            ("union_member", false),
        ])
    }

    private static let menuRules = [
        "len(distinct((officers where post in [\"chair\", \"secretary\", \"treasurer\"]).name)) == count(officers where post in [\"chair\", \"secretary\", \"treasurer\"])",
        "len(distinct(officers.name)) == len(distinct((officers where post != \"auditor\").name)) + count(officers where post == \"auditor\")",
        "len(distinct((officers where post != \"auditor\").name)) + executive.general_ec_members",
    ]

    /// Parses, checks against the menus' officer schema and evaluates `text`.
    private func menuValue(_ text: String, _ officers: [RuleValue]) throws -> RuleValue? {
        let expression = try parsed(text)
        let (_, problems) = RuleTypeChecker(schema: Self.schema).check(expression, source: RuleSource(text: text))
        #expect(problems.isEmpty, "\(problems.map(\.message))")
        let bindings = RuleBindings(["officers": .list(officers), "executive.general_ec_members": 6])
        let evaluation = RuleEvaluator(bindings: bindings).evaluate(expression)
        #expect(evaluation.error == nil, "\(String(describing: evaluation.error))")
        return evaluation.value
    }

    @Test("the menus' officer rules parse, check and evaluate")
    func menuRules() throws {
        let separate = [
            Self.officer("chair", "A. Patel", woman: true), Self.officer("secretary", "B. Jones"),
            Self.officer("treasurer", "C. Okafor", woman: true), Self.officer("vice_chair", "B. Jones"),
            Self.officer("auditor", "D. Smith"), Self.officer("auditor", "E. Brown"),
        ]
        #expect(try menuValue(Self.menuRules[0], separate) == .boolean(true))
        #expect(try menuValue(Self.menuRules[1], separate) == .boolean(true))
        #expect(try menuValue(Self.menuRules[2], separate) == .integer(9))

        let doubled = [
            Self.officer("chair", "A. Patel", woman: true), Self.officer("secretary", "A. Patel", woman: true),
            Self.officer("treasurer", "C. Okafor", woman: true), Self.officer("auditor", "C. Okafor", woman: true),
        ]
        #expect(try menuValue(Self.menuRules[0], doubled) == .boolean(false))
        #expect(try menuValue(Self.menuRules[1], doubled) == .boolean(false))
        #expect(try menuValue(Self.menuRules[2], doubled) == .integer(8))

        #expect(try menuValue(Self.menuRules[0], []) == .boolean(true))
        #expect(try menuValue(Self.menuRules[1], []) == .boolean(true))
        #expect(try menuValue(Self.menuRules[2], []) == .integer(6))
    }

    @Test("a misspelt post inside a filter is caught against the post's options")
    func menuChoices() throws {
        let text = "len(distinct((officers where post != \"auditer\").name)) > 0"
        let (_, problems) = RuleTypeChecker(schema: Self.schema).check(try parsed(text), source: RuleSource(text: text))
        #expect(problems.map(\.message) == ["'auditer' is not an option of 'post'; did you mean 'auditor'?"])
        #expect(problems.first?.location?.range == 37..<46)
    }
}
