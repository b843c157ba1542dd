import Diagnostics
import RuleLanguage
import Testing

@Suite("Type checker")
struct TypeCheckerTests {
    private func type(_ text: String) throws -> RuleType? {
        let source = RuleSource(text: text)
        let (type, problems) = RuleTypeChecker(schema: Sample.schema).check(try parsed(text), source: source)
        #expect(problems.isEmpty, "\(problems.map(\.message))")
        return type
    }

    @Test("well-typed expressions have the expected types")
    func types() throws {
        #expect(try type("facts.members + 1") == .integer)
        #expect(try type("governance.option") == .choice(Sample.governanceOptions))
        #expect(try type("facts.branch.members") == .list(.integer))
        #expect(try type("facts.branch.wards") == .list(.list(.string)))
        #expect(try type("votes.structure_change.for") == .integer)
        #expect(try type("[governance.option, \"x\"]") == .list(.string))
        #expect(try type("if facts.labour_mp then governance.option else \"none\"") == .string)
        #expect(try type("count(forums.options) + sum(facts.branch.members) + min(facts.branch.members) + max(1, 2)") == .integer)
        #expect(try type("len(clp.name) + len(governance.option) + len(officers)") == .integer)
        #expect(try type("any(officers.woman) and all(officers where woman or post == \"chair\")") == .boolean)
        #expect(try type("days_between(agm.date, 2026-07-01) > 0 and agm.date <= 2026-06-30") == .boolean)
        #expect(try type("weekday(agm.date)") == .string)
        #expect(try type("month_name(agm.date) == \"June\"") == .boolean)
        #expect(try type("nth_in_month(agm.date)") == .integer)
        #expect(try type("\"womens_forum\" in forums.options and governance.option not in [\"hybrid\"]") == .boolean)
    }

    @Test("filters, fields and distinct keep or project the list's type")
    func listTypes() throws {
        #expect(try type("(officers where woman)") == .list(.record(Sample.officer)))
        #expect(try type("((officers where woman) where post != \"chair\")") == .list(.record(Sample.officer)))
        #expect(try type("(officers where woman).name") == .list(.string))
        #expect(try type("(facts.branch where members > quorum).wards") == .list(.list(.string)))
        #expect(try type("(votes.structure_change).for") == .integer)
        #expect(try type("(if facts.labour_mp then officers else officers).woman") == .list(.boolean))
        #expect(try type("count((officers where woman)) + len((officers where woman).name)") == .integer)
        #expect(try type("distinct(forums.options)") == .list(.choice(Sample.forumOptions)))
        #expect(try type("distinct(facts.branch.members)") == .list(.integer))
        #expect(try type("distinct([agm.date, 2026-01-01])") == .list(.date))
        #expect(try type("distinct(officers.woman)") == .list(.boolean))
        #expect(try type("distinct((officers where woman).name)") == .list(.string))
        #expect(try type("len(distinct((officers where post != \"auditor\").name)) + quorum") == .integer)
        #expect(try type("\"A. Patel\" in (officers where woman).name") == .boolean)
    }

    @Test("filters, fields and distinct report misuse where it was written")
    func listErrors() {
        assertDiagnostics(
            "len((1️⃣facts.branch.members where true)) > 1",
            [Expected("1️⃣", "R214", "'where' needs a list of records, found 'list of integer'")])
        assertDiagnostics(
            "(1️⃣forums.options where true)", expecting: .list(.string),
            [Expected("1️⃣", "R214", "'where' needs a list of records, found 'list of choice'")])
        assertDiagnostics("len((officers where 1️⃣post)) > 1", [Expected("1️⃣", "R210", "'where' condition must be 'boolean', found 'string'")])
        assertDiagnostics("len((officers where 1️⃣wman)) > 1", [Expected("1️⃣", "R201", "unknown name 'wman'; did you mean 'woman'?")])
        assertDiagnostics(
            "len((officers where woman).1️⃣nmae) > 1",
            [Expected("1️⃣", "R202", "'(officers where woman)' has no field 'nmae'; did you mean 'name'?")])
        assertDiagnostics(
            "(votes.structure_change).1️⃣forr > 1",
            [Expected("1️⃣", "R202", "'votes.structure_change' has no field 'forr'; did you mean 'for'?")])
        assertDiagnostics("(facts.members).1️⃣x > 1", [Expected("1️⃣", "R202", "'facts.members' is 'integer', which has no field 'x'")])
        assertDiagnostics("count(officers).1️⃣x > 1", [Expected("1️⃣", "R202", "'count(officers)' is 'integer', which has no field 'x'")])
        assertDiagnostics(
            "len((officers where woman).name.1️⃣x) > 1",
            [Expected("1️⃣", "R202", "'(officers where woman).name' is 'list of string', which has no field 'x'")])
        assertDiagnostics(
            "len(distinct(1️⃣officers)) > 1",
            [Expected("1️⃣", "R208", "'distinct' expects a list of integers, booleans, strings, dates or choices, found 'list of record'")])
        assertDiagnostics(
            "len(distinct(1️⃣facts.branch.wards)) > 1",
            [
                Expected(
                    "1️⃣", "R208",
                    "'distinct' expects a list of integers, booleans, strings, dates or choices, found 'list of list of string'")
            ])
        assertDiagnostics(
            "len(distinct(1️⃣quorum)) > 1",
            [Expected("1️⃣", "R208", "'distinct' expects a list of integers, booleans, strings, dates or choices, found 'integer'")])
        assertDiagnostics("1️⃣distinct(1, 2) == [1]", [Expected("1️⃣", "R207", "'distinct' expects 1 argument, found 2")])
        assertDiagnostics(
            "1️⃣(officers where woman)", expecting: .boolean,
            [Expected("1️⃣", "R211", "expected a value of type 'boolean', found 'list of record'")])
        assertDiagnostics(
            "1️⃣facts.membrs > 1 and len((officers where 2️⃣wman).3️⃣nmae) > 1",
            [
                Expected("1️⃣", "R201", "unknown name 'facts.membrs'; did you mean 'facts.members'?"),
                Expected("2️⃣", "R201", "unknown name 'wman'; did you mean 'woman'?"),
                Expected("3️⃣", "R202", "'(officers where wman)' has no field 'nmae'; did you mean 'name'?"),
            ])
    }

    @Test("an unknown field after brackets gets a fix-it; 'where' in another function gets a note")
    func listFixIts() throws {
        let problems = diagnostics(RuleSource(text: "len((officers).nmae) > 1"), phase: .check)
        let fix = try #require(problems.first?.fixIts.first)
        #expect(fix.edits.map(\.replacement) == ["name"])
        #expect(fix.edits.map(\.span.range) == [15..<19])
        let filter = diagnostics(RuleSource(text: "sum(facts.branch where members > 3) > 1"), phase: .check)
        #expect(
            filter.first?.notes.map(\.message) == ["to filter the list first, give it brackets of its own: 'sum((LIST where CONDITION))'"])
    }

    @Test("unknown names and fields suggest the nearest one")
    func unknownNames() {
        assertDiagnostics("1️⃣facts.membrs > 3", [Expected("1️⃣", "R201", "unknown name 'facts.membrs'; did you mean 'facts.members'?")])
        assertDiagnostics("1️⃣qourum > 3", [Expected("1️⃣", "R201", "unknown name 'qourum'; did you mean 'quorum'?")])
        assertDiagnostics("1 + 1️⃣zzz", [Expected("1️⃣", "R201", "unknown name 'zzz'")])
        assertDiagnostics(
            "sum(1️⃣facts.branch.membrs) > 1", [Expected("1️⃣", "R202", "'facts.branch' has no field 'membrs'; did you mean 'members'?")])
        assertDiagnostics("1️⃣facts.members.x > 1", [Expected("1️⃣", "R202", "'facts.members' is 'integer', which has no field 'x'")])
        assertDiagnostics("count(officers where 1️⃣wman) > 1", [Expected("1️⃣", "R201", "unknown name 'wman'; did you mean 'woman'?")])
        assertDiagnostics(
            "1️⃣facts.membrs > 3 and governance.option == 2️⃣\"x\"",
            [
                Expected("1️⃣", "R201", "unknown name 'facts.membrs'; did you mean 'facts.members'?"),
                Expected("2️⃣", "R203", "'x' is not an option of 'governance.option'"),
            ])
    }

    @Test("an unknown name written verbatim gets a fix-it")
    func unknownNameFixIt() throws {
        let problems = diagnostics(RuleSource(text: "facts.membrs > 3"), phase: .check)
        let fix = try #require(problems.first?.fixIts.first)
        #expect(fix.summary == "replace with 'facts.members'")
        #expect(fix.edits.map(\.replacement) == ["facts.members"])
        #expect(fix.edits.map(\.span.range) == [0..<12])
    }

    @Test("a text compared with a choice must be one of its options")
    func choices() throws {
        assertDiagnostics(
            "governance.option == 1️⃣\"delegate_cg\"",
            [Expected("1️⃣", "R203", "'delegate_cg' is not an option of 'governance.option'; did you mean 'delegate_gc'?")])
        assertDiagnostics(
            "1️⃣\"hybird\" != governance.option",
            [Expected("1️⃣", "R203", "'hybird' is not an option of 'governance.option'; did you mean 'hybrid'?")])
        assertDiagnostics(
            "1️⃣\"womens_froum\" in forums.options",
            [Expected("1️⃣", "R203", "'womens_froum' is not an option of 'forums.options'; did you mean 'womens_forum'?")])
        assertDiagnostics(
            "governance.option in [\"hybrid\", 1️⃣\"hybird\"]",
            [Expected("1️⃣", "R203", "'hybird' is not an option of 'governance.option'; did you mean 'hybrid'?")])
        let problems = diagnostics(RuleSource(text: "governance.option == \"delegate_cg\""), phase: .check)
        #expect(
            problems.first?.notes.map(\.message) == [
                "'governance.option' is the option chosen in section 'governance'",
                "the options are 'all_member_meetings', 'delegate_gc' and 'hybrid'",
            ])
        #expect(problems.first?.fixIts.first?.edits.map(\.replacement) == ["\"delegate_gc\""])
    }

    @Test("operators say what they expected")
    func operators() {
        assertDiagnostics("1 1️⃣+ \"x\"", [Expected("1️⃣", "R204", "'+' expects integers, found 'integer' and 'string'")])
        assertDiagnostics("\"x\" 1️⃣* 1", [Expected("1️⃣", "R204", "'*' expects integers, found 'string' and 'integer'")])
        assertDiagnostics("1 1️⃣and true", [Expected("1️⃣", "R204", "'and' expects booleans, found 'integer' and 'boolean'")])
        assertDiagnostics("\"a\" 1️⃣< \"b\"", [Expected("1️⃣", "R204", "'<' expects integers or dates, found 'string' and 'string'")])
        assertDiagnostics("agm.date 1️⃣>= 3", [Expected("1️⃣", "R204", "'>=' expects integers or dates, found 'date' and 'integer'")])
        assertDiagnostics("not 1️⃣3", [Expected("1️⃣", "R204", "'not' expects a boolean, found 'integer'")])
        assertDiagnostics("-1️⃣\"x\" > 1", [Expected("1️⃣", "R204", "'-' expects an integer, found 'string'")])
        assertDiagnostics("1 1️⃣== \"1\"", [Expected("1️⃣", "R205", "'==' cannot compare 'integer' with 'string'")])
        assertDiagnostics(
            "facts.members 1️⃣!= governance.option", [Expected("1️⃣", "R205", "'!=' cannot compare 'integer' with 'choice'")])
        assertDiagnostics("1 in 1️⃣facts.members", [Expected("1️⃣", "R204", "'in' expects a list on its right, found 'integer'")])
        assertDiagnostics("1 1️⃣not in forums.options", [Expected("1️⃣", "R205", "'not in' cannot look for 'integer' in a 'list of choice'")])
    }

    @Test("conditions, branches and lists")
    func conditionals() {
        assertDiagnostics("if 1️⃣1 then 2 else 3", [Expected("1️⃣", "R210", "'if' condition must be 'boolean', found 'integer'")])
        assertDiagnostics(
            "if true then 1 else 1️⃣\"x\"", [Expected("1️⃣", "R209", "'then' and 'else' must have the same type, found 'integer' and 'string'")]
        )
        assertDiagnostics(
            "1 in [1, 1️⃣\"a\"]", [Expected("1️⃣", "R212", "list items must all have the same type, found 'integer' and 'string'")])
        assertDiagnostics(
            "1 in 1️⃣[]", [Expected("1️⃣", "R213", "an empty list '[]' has no item type; leave it out or list at least one item")])
    }

    @Test("functions check their names, arity and argument types")
    func functions() {
        assertDiagnostics("1️⃣cont(officers) > 1", [Expected("1️⃣", "R206", "unknown function 'cont'; did you mean 'count'?")])
        assertDiagnostics("1️⃣ceil_div(1, 2, 3) > 1", [Expected("1️⃣", "R207", "'ceil_div' expects 2 arguments, found 3")])
        assertDiagnostics("1️⃣min() > 1", [Expected("1️⃣", "R207", "'min' expects at least 1 argument, found 0")])
        assertDiagnostics("1️⃣len() > 1", [Expected("1️⃣", "R207", "'len' expects 1 argument, found 0")])
        assertDiagnostics("sum(1️⃣officers) > 1", [Expected("1️⃣", "R208", "'sum' expects a list of integers, found 'list of record'")])
        assertDiagnostics("count(1️⃣facts.members) > 1", [Expected("1️⃣", "R208", "'count' expects a list, found 'integer'")])
        assertDiagnostics("any(1️⃣officers)", [Expected("1️⃣", "R208", "'any' expects a list of booleans, found 'list of record'")])
        assertDiagnostics(
            "days_between(agm.date, 1️⃣3) > 1", [Expected("1️⃣", "R208", "'days_between' expects dates, found 'date' and 'integer'")])
        assertDiagnostics("len(1️⃣3) > 1", [Expected("1️⃣", "R208", "'len' expects a string or a list, found 'integer'")])
        assertDiagnostics(
            "max(1, 1️⃣agm.date) > 1", [Expected("1️⃣", "R208", "'max' expects integers or one list of integers, found 'integer' and 'date'")])
        assertDiagnostics("percent(1, 1️⃣true) > 1", [Expected("1️⃣", "R208", "'percent' expects integers, found 'integer' and 'boolean'")])
        assertDiagnostics(
            "1️⃣sum(facts.branch where members > 3) > 1",
            [Expected("1️⃣", "R217", "'sum' does not take a 'where' filter; only 'count', 'any' and 'all' do")])
        assertDiagnostics(
            "count(1️⃣forums.options where true) > 1", [Expected("1️⃣", "R214", "'where' needs a list of records, found 'list of choice'")])
        assertDiagnostics(
            "count(officers where 1️⃣post) > 1", [Expected("1️⃣", "R210", "'where' condition must be 'boolean', found 'string'")])
    }

    @Test("the expected type of the whole expression")
    func expecting() {
        assertDiagnostics(
            "1️⃣facts.members + 1", expecting: .boolean, [Expected("1️⃣", "R211", "expected a value of type 'boolean', found 'integer'")])
        assertDiagnostics("governance.option", expecting: .string, [])
        assertDiagnostics("forums.options", expecting: .list(.string), [])
    }

    @Test("names read are listed in order, for dependency order and cycles")
    func references() throws {
        let text = "sum(facts.branch.members) > quorum + quorum and count(officers where woman) > 1"
        let result = RuleTypeChecker(schema: Sample.schema).analyse(try parsed(text), source: RuleSource(text: text))
        #expect(result.references.map(\.name) == ["facts.branch", "quorum", "quorum", "officers"])
        #expect(result.references.first?.range == 4..<24)
        let filtered = "len(distinct((facts.branch where members > quorum).name)) > 0"
        let listed = RuleTypeChecker(schema: Sample.schema).analyse(try parsed(filtered), source: RuleSource(text: filtered))
        #expect(listed.diagnostics.isEmpty)
        #expect(listed.references.map(\.name) == ["facts.branch", "quorum"])
    }
}
