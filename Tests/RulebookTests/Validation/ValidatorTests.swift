import Diagnostics
import Rulebook
import TOML
import TestSupport
import Testing

/// Checking selections against an edition: constraints, option conditions, approvals and parameters.
@Suite struct ValidatorTests {
    /// A constraint reading a fact in `when` and two governance keys in `require`.
    static let bigCLPRule = """
        [[constraint]]
        id = "big_needs_delegates"
        code = "GOV03"
        when = "facts.members > 500"
        require = 'governance.option == "delegate_gc" or governance.meetings_per_year >= 12'
        message = "a CLP of {{facts.members}} members must use delegates or meet monthly"
        cite = "Rule Book T, Chapter 7, Clause IX"
        fix = "choose delegate_gc"
        pass = ["[governance]\\noption = \\"delegate_gc\\"\\n"]
        fail = ["[governance]\\noption = \\"all_member_meetings\\"\\n"]

        """

    static func edition(governance extra: String = "", sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Edition {
        var fixture = MiniEdition.fixture
        fixture.sections[MiniEdition.governanceIndex] += extra
        return try fixture.loaded(sourceLocation: sourceLocation)
    }

    /// Loads `text` (which must load cleanly) and validates it.
    static func validate(
        _ text: String, edition: Edition, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws -> (diagnostics: [Diagnostic], lines: [String], file: SourceFile) {
        let loaded = try selections(text, edition: edition, sourceLocation: sourceLocation)
        let diagnostics = Validator(edition: edition).validate(loaded).diagnostics
        let files = edition.files + [loaded.document.source]
        return (diagnostics, diagnosticLines(diagnostics, files: files), loaded.document.source)
    }

    static func edit(
        _ old: String, _ new: String, in text: String = MiniEdition.selections, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) -> String {
        SelectionsLoaderTests.edit(old, new, in: text, sourceLocation: sourceLocation)
    }

    @Test func validSelectionsHaveNoDiagnosticsAndBindEveryName() throws {
        let edition = try Self.edition()
        let loaded = try selections(MiniEdition.selections, edition: edition)
        let result = Validator(edition: edition).validate(loaded)
        #expect(result.diagnostics == [])
        #expect(result.isValid)
        #expect(result.bindings["governance.option"] == "delegate_gc")
        #expect(result.bindings["governance.delegate_ratio"] == 15, "a parameter left out is bound to its default")
        #expect(result.bindings["standing_orders.quorum_percent"] == 10)
        #expect(result.bindings["quorum"] == 82, "derived: max(5, ceil_div(812 * 10, 100))")
        #expect(result.bindings["facts.wards"] == 4)
        #expect(result.bindings["votes.structure_change.recorded"] == false)
        #expect(result.bindings["votes.structure_change.for"] == 0)
        #expect(result.bindings["approvals.structure_change.nec"] == false)
        #expect(result.bindings["forums.options"] == ["womens_forum"])
    }

    @Test func violatedConstraintIsReportedAtTheKeyWithLiveValues() throws {
        let edition = try Self.edition()
        let text = MarkedText(Self.edit("meetings_per_year = 10", "meetings_per_year = 1️⃣6"))
        let result = try Self.validate(text.text, edition: edition)
        #expect(result.lines == ["ours.toml:20:21: error: members must be offered at least 8 general meetings a year, not 6 [GOV02]"])
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.location?.range == text.offset("1️⃣")..<(text.offset("1️⃣") + 1))
        #expect(diagnostic.citation == "Rule Book T, Chapter 7, Clause VIII.3")
        #expect(diagnostic.fixIts.map(\.summary) == ["set governance.meetings_per_year to 8 or more"])
        #expect(diagnostic.explanation == "because 6 general meetings a year are planned, and the rule needs at least 8")
        #expect(diagnostic.rule == "governance.meetings_per_year >= 8")
        #expect(diagnostic.notes == [])
    }

    @Test func everyContributingKeyIsANote() throws {
        let edition = try Self.edition(governance: Self.bigCLPRule)
        let text = MarkedText(
            Self.edit(
                "members = 812", "members = 1️⃣812",
                in: Self.edit(#"option = "delegate_gc""#, #"option = 2️⃣"all_member_meetings""#)))
        let result = try Self.validate(text.text, edition: edition)
        // What the requirement reads comes first (the choice that is wrong); the condition's fact is a note.
        #expect(result.lines == ["ours.toml:19:10: error: a CLP of 812 members must use delegates or meet monthly [GOV03]"])
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.location?.range.lowerBound == text.offset("2️⃣"))
        #expect(diagnostic.notes.map(\.message) == ["'governance.meetings_per_year' is 10 here", "'facts.members' is 812 here"])
        #expect(diagnostic.notes.map { position($0.location, in: [result.file]) } == ["ours.toml:20:21", "ours.toml:11:11"])
        #expect(diagnostic.notes.last?.location?.range.lowerBound == text.offset("1️⃣"))
        // The rule has no `because`: the generic explanation names what it reads by title, with the values.
        #expect(
            diagnostic.explanation
                == "because the rule is not met with these values: the choice of How the CLP is governed, All-member meetings; General meetings a year, 10"
        )
        #expect(diagnostic.citation == "Rule Book T, Chapter 7, Clause IX")
    }

    @Test func aDefaultThatContributesIsANoteWithoutALocation() throws {
        let edition = try Self.edition(governance: Self.bigCLPRule)
        let text = Self.edit("meetings_per_year = 10\n", "", in: Self.edit(#"option = "delegate_gc""#, #"option = "all_member_meetings""#))
        let result = try Self.validate(text, edition: edition)
        let diagnostic = try #require(result.diagnostics.first { $0.code == "GOV03" })
        #expect(
            diagnostic.notes.map(\.message).last
                == "General meetings a year is 10 meetings, the menu's default: this file does not set 'governance.meetings_per_year'")
        #expect(diagnostic.notes.last?.location == nil)
    }

    @Test func constraintWhoseWhenIsFalseDoesNotFire() throws {
        let edition = try Self.edition(governance: Self.bigCLPRule)
        let text = Self.edit(
            "members = 812", "members = 400", in: Self.edit(#"option = "delegate_gc""#, #"option = "all_member_meetings""#))
        #expect(try Self.validate(text, edition: edition).lines == [])
    }

    @Test func warningConstraintKeepsItsSeverityAndTheFileStaysValid() throws {
        let edition = try Self.edition()
        let text = Self.edit(#"post = "chair""#, #"post = "secretary""#)
        let loaded = try selections(text, edition: edition)
        let result = Validator(edition: edition).validate(loaded)
        #expect(
            result.diagnostics.map { "\($0.code) \($0.severity.rawValue) \($0.message)" } == ["GEN01 warning the CLP should elect a chair"])
        #expect(result.isValid)
    }

    @Test func optionWhoseRequirementDoesNotHold() throws {
        let edition = try Self.edition()
        let text = MarkedText(
            Self.edit("members = 812", "members = 2500", in: Self.edit(#"option = "delegate_gc""#, #"option = 1️⃣"all_member_meetings""#)))
        let result = try Self.validate(text.text, edition: edition)
        #expect(
            result.lines == [
                "ours.toml:19:10: error: option 'governance.all_member_meetings' needs other choices or facts than this file has [S201]"
            ])
        #expect(result.diagnostics.first?.location?.range.lowerBound == text.offset("1️⃣"))
        #expect(
            result.diagnostics.first?.explanation == "because the rule is not met with these values: Individual members, 2500")
        #expect(result.diagnostics.first?.rule == "facts.members <= 2000")
    }

    @Test func optionThatIsExcluded() throws {
        let edition = try Self.edition()
        let text = Self.edit("members = 812", "members = 50", in: Self.edit(#"options = ["womens_forum"]"#, #"options = ["youth_forum"]"#))
        let result = try Self.validate(text + Self.youthForumApproval, edition: edition)
        #expect(
            result.lines == [
                "ours.toml:23:12: error: option 'forums.youth_forum' cannot be chosen with the other choices [S202]"
            ])
        #expect(result.diagnostics.first?.rule == "facts.members < 100")
    }

    @Test func optionNeedingAnApprovalThatIsNotRecorded() throws {
        let edition = try Self.edition()
        let text = Self.edit(#"options = ["womens_forum"]"#, #"options = ["womens_forum", "youth_forum"]"#)
        let result = try Self.validate(text, edition: edition)
        #expect(
            result.lines == [
                "ours.toml:23:28: warning: option 'forums.youth_forum' is pending: it takes effect only once approved by the National Executive Committee, and no approval is recorded [S203]"
            ])
        #expect(
            result.diagnostics.first?.fixIts.map(\.summary) == [
                #"once approved, record it: [[approvals]] approves = "forums.youth_forum", by = "nec", date = YYYY-MM-DD, reference = "...""#
            ])
        #expect(try Self.validate(text + Self.youthForumApproval, edition: edition).lines == [])
    }

    /// The NEC's approval of the youth forum, dated within the mini edition's year.
    static let youthForumApproval = """
        [[approvals]]
        approves = "forums.youth_forum"
        by = "nec"
        date = 2026-01-05

        """

    @Test func parameterThatDoesNotApply() throws {
        let edition = try Self.edition()
        let text = Self.edit(#"option = "delegate_gc""#, "option = \"all_member_meetings\"\ndelegate_ratio = 20")
        let result = try Self.validate(text, edition: edition)
        #expect(
            result.lines == [
                "ours.toml:20:18: warning: 'governance.delegate_ratio' has no effect with these choices: it depends on the choice of How the CLP is governed (now All-member meetings) [S204]"
            ])
        #expect(result.diagnostics.first?.rule == #"governance.option == "delegate_gc""#)
        #expect(result.diagnostics.first?.fixIts.map(\.summary) == ["remove 'delegate_ratio' or change the choice it depends on"])
        let applies = Self.edit(#"option = "delegate_gc""#, "option = \"delegate_gc\"\ndelegate_ratio = 20")
        #expect(try Self.validate(applies, edition: edition).lines == [])
    }

    @Test func divisionByZeroInADerivedValueIsALocatedDiagnostic() throws {
        let edition = try Self.edition(
            governance: """
                [[derived]]
                id = "per_extra_ward"
                type = "integer"
                value = "facts.members / (facts.wards - 4)"

                [[constraint]]
                id = "small_wards"
                code = "GOV04"
                require = "per_extra_ward < 500"
                message = "m"

                """)
        let result = try Self.validate(MiniEdition.selections, edition: edition)
        #expect(result.diagnostics.map(\.code) == ["R301"], "\(result.lines)")
        let location = try #require(result.diagnostics.first?.location)
        #expect(location.file == "sections/01.toml")
        #expect(slice(try #require(edition.files.first { $0.path == location.file }).text, location.range).contains("/"))
        #expect(position(location, in: edition.files).hasPrefix("sections/01.toml:57:"))
        let fine = try Self.validate(Self.edit("labour_mp = false", "labour_mp = false\nwards = 5"), edition: edition)
        #expect(fine.lines == ["ours.toml:11:11: error: m [GOV04]"], "with a non-zero divisor the rule is checked")
    }

    @Test func divisionByZeroInARequireIsALocatedDiagnostic() throws {
        let edition = try Self.edition(
            governance: """
                [[constraint]]
                id = "ratio"
                code = "GOV04"
                require = "facts.members / (facts.wards - 4) < 500"
                message = "m"

                """)
        let result = try Self.validate(MiniEdition.selections, edition: edition)
        #expect(result.diagnostics.map(\.code) == ["R301"])
        #expect(result.diagnostics.first.map { position($0.location, in: edition.files) }?.hasPrefix("sections/01.toml:57:") == true)
    }

    /// A derived value read only inside a `where` condition must still be worked out before the value that
    /// reads it, or the rule built on them could never fire.
    @Test func derivedValueReadInsideAWhereConditionIsComputedFirst() throws {
        let edition = try Self.edition(
            governance: """
                [[derived]]
                id = "big_branches"
                type = "integer"
                value = "count(facts.branch where members >= big_branch_size)"

                [[derived]]
                id = "big_branch_size"
                type = "integer"
                value = "governance.meetings_per_year * 10"

                [[constraint]]
                id = "no_big_branches"
                code = "GOV06"
                require = "big_branches == 0"
                message = "{{big_branches}} branches have {{big_branch_size}} members or more"

                """)
        let loaded = try selections(MiniEdition.selections, edition: edition)
        let result = Validator(edition: edition).validate(loaded)
        #expect(result.bindings["big_branch_size"] == 100)
        #expect(result.bindings["big_branches"] == 1, "the North branch has 140 members")
        #expect(result.diagnostics.map { "\($0.code) \($0.message)" } == ["GOV06 1 branches have 100 members or more"])
    }

    @Test func renderedDiagnosticShowsTheExcerptNotesFixAndRule() throws {
        let edition = try Self.edition()
        let text = Self.edit("meetings_per_year = 10", "meetings_per_year = 6")
        let result = try Self.validate(text, edition: edition)
        let rendered = TextDiagnosticRenderer(sources: SourceStore([result.file])).render(result.diagnostics, summary: false)
        #expect(
            rendered == """
                ours.toml:20:21: error: members must be offered at least 8 general meetings a year, not 6 [GOV02]
                   |
                20 | meetings_per_year = 6
                   |                     ^
                  = fix: set governance.meetings_per_year to 8 or more
                  = rule: Rule Book T, Chapter 7, Clause VIII.3
                  because 6 general meetings a year are planned, and the rule needs at least 8

                """)
    }
}
