import Diagnostics
import RuleLanguage
import Rulebook
import TOML
import Testing

/// The dialogue of `init --interactive`, driven without a terminal: answers are chosen by the question asked,
/// so a script does not depend on how many settings a section has.
@Suite struct SelectionsWizardTests {
    /// What a scripted run showed, and how it ended.
    struct Run {
        var wizard: SelectionsWizard
        var output: String
        /// The targets of the questions asked, in order (a question asked again appears again).
        var asked: [WizardQuestion.Target]
    }

    static func edition(_ id: String = "2019") throws -> Edition {
        try #require(ShippedYear.editions[id], "edition \(id) did not load")
    }

    /// Runs a wizard, answering each question with `answer` (nil: the input ends there); an answer that is
    /// not an answer (re-asked) is given to `answer` again with the same question.
    static func drive(
        _ wizard: SelectionsWizard, limit: Int = 2_000, answer: (WizardQuestion) -> String?
    ) -> Run {
        var wizard = wizard
        var output = WizardOutput.render(wizard.start())
        var asked: [WizardQuestion.Target] = []
        var steps = 0
        while wizard.state == .asking, let question = wizard.question, steps < limit {
            steps += 1
            asked.append(question.target)
            guard let line = answer(question) else {
                output += WizardOutput.render(wizard.endOfInput())
                break
            }
            output += line + "\n" + WizardOutput.render(wizard.receive(line))
        }
        return Run(wizard: wizard, output: output, asked: asked)
    }

    /// A new wizard on the 2019 edition, with the fix search ended by its budget rather than the clock.
    static func wizard(last: Selections? = nil, year: Int = 2023) throws -> SelectionsWizard {
        SelectionsWizard(edition: try edition(), year: year, last: last, fixSearchTimeLimit: .seconds(60))
    }

    /// The text the wizard finished with, read back and evaluated by the engine.
    static func evaluate(_ run: Run, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> YearEvaluation {
        guard case .finished(let text) = run.wizard.state else {
            Issue.record("the wizard did not finish: \(run.wizard.state)\n\(run.output.suffix(2_000))", sourceLocation: sourceLocation)
            throw ShippedYear.Missing(what: "a finished file")
        }
        return try ShippedYear.evaluate(text, path: "wizard.toml")
    }
}

extension SelectionsWizardTests {
    @Test func scriptedRunWritesAFileThatChecksValid() throws {
        var script = WizardScript()
        let run = Self.drive(try Self.wizard()) { script.answer($0) }
        let year = try Self.evaluate(run)
        #expect(year.loadDiagnostics.isEmpty, "\(year.loadDiagnostics.map { $0.message })")
        #expect(year.isValid, "\(year.diagnostics.map { $0.code + " " + $0.message })\n\(run.output.suffix(3_000))")
        let selections = try #require(year.selections)
        #expect(selections.clpName?.value == "Saltmarsh Vale")
        #expect(selections.agmDate?.value == TOMLDate(year: 2023, month: 6, day: 14))
        #expect(selections.year?.value == 2023)
        #expect(selections.officers.count == 9)
        #expect(selections.facts["members"]?.value == .integer(612))
        guard case .list(let branches)? = selections.facts["branch"]?.value else {
            Issue.record("no branches in the file")
            return
        }
        #expect(branches.count == 2)
        // Every section was asked in booklet order, each choice before its settings.
        let chosen = run.asked.compactMap { target -> String? in
            if case .choice(let section) = target { section } else { nil }
        }
        let choosing = try Self.edition().sections.filter { $0.choose != .none }.map { $0.id }
        #expect(chosen == choosing)
        #expect(run.output.contains("Section 1 of 9: How the CLP governs itself"))
        #expect(run.output.contains("Summary"))
    }

    @Test func wrongAnswersAreAskedAgainWithAPlainMessage() throws {
        var script = WizardScript()
        script.overrides = [
            (.fact("members"), "lots"), (.fact("members"), "20001"), (.fact("labour_mp"), "maybe"),
            (.agmDate, "2023-02-30"), (.agmDate, "14/06/2023"), (.choice(section: "governance"), "7"),
            (.choice(section: "governance"), "?2"),
        ]
        let run = Self.drive(try Self.wizard()) { script.answer($0) }
        #expect(run.output.contains("'lots' is not a whole number from 0 to 20000."))
        #expect(run.output.contains("20001 is out of range: type a whole number from 0 to 20000."))
        #expect(run.output.contains("'maybe' is not a yes or no: type y or n."))
        #expect(run.output.contains("There is no 2023-02-30 in the calendar"))
        #expect(run.output.contains("'14/06/2023' is not a date"))
        #expect(run.output.contains("There is no number 7 here: type a number from 1 to 3."))
        #expect(run.output.contains("?2\n  All-member meetings:\n    Works well when the CLP is small"))
        #expect(run.asked.filter { $0 == .fact("members") }.count == 3)
        #expect(run.asked.filter { $0 == .agmDate }.count == 3)
        // The answers finally given are the ones kept.
        let year = try Self.evaluate(run)
        #expect(year.selections?.facts["members"]?.value == .integer(612))
        #expect(year.isValid)
    }

    @Test func fixTheSearchFoundIsAppliedWhenAccepted() throws {
        let last = try #require(try ShippedYear.example("eastbrook-2022.toml").selections)
        var fixOffered = ""
        let run = Self.drive(try Self.wizard(last: last)) { question in
            switch question.target {
            case .parameter(section: "meetings", id: "meetings_per_year"): return "6"
            case .applyFix: return "y"
            default: return ""
            }
        }
        if let start = run.output.firstRange(of: "A change that settles every error"),
            let end = run.output[start.upperBound...].firstRange(of: "Apply this fix?")
        {
            // Words only: the offer is wrapped to the terminal's width.
            fixOffered = run.output[start.lowerBound..<end.lowerBound].split(whereSeparator: \.isWhitespace).joined(
                separator: " ")
        }
        #expect(run.output.contains("Members must be offered at least 8 General Meetings a year, not 6 [MTG01]"))
        #expect(fixOffered.contains("Set 'General Meetings offered to members each year"), "\(fixOffered)")
        #expect(fixOffered.contains("to 8 meetings."), "\(fixOffered)")
        #expect(run.output.contains("  Done: set 'General Meetings offered to members each year"))
        let year = try Self.evaluate(run)
        #expect(year.selections?.choices["meetings"]?.parameters["meetings_per_year"]?.value == .integer(8))
        #expect(year.isValid, "\(year.diagnostics.map { $0.message })")
    }

    @Test func fixRefusedLeavesTheAnswer() throws {
        let last = try #require(try ShippedYear.example("eastbrook-2022.toml").selections)
        let run = Self.drive(try Self.wizard(last: last)) { question in
            switch question.target {
            case .parameter(section: "meetings", id: "meetings_per_year"): return "6"
            default: return ""
            }
        }
        #expect(run.asked.contains { if case .applyFix = $0 { true } else { false } })
        let year = try Self.evaluate(run)
        #expect(year.selections?.choices["meetings"]?.parameters["meetings_per_year"]?.value == .integer(6))
        #expect(year.diagnostics.map { $0.code }.contains("MTG01"))
        #expect(run.output.contains("1 error remains: the file is written"))
    }

    @Test(arguments: [WizardQuestion.Target.region, .fact("wards"), .officerPost, .choice(section: "branches")])
    func endOfInputStopsWithNothingToWrite(at target: WizardQuestion.Target) throws {
        var script = WizardScript()
        script.overrides = [(target, nil)]
        let run = Self.drive(try Self.wizard()) { script.answer($0) }
        #expect(run.wizard.state == .stopped)
        #expect(run.wizard.question == nil)
        #expect(run.asked.last == target)
        #expect(run.output.hasSuffix("Stopped before the end: no file was written.\n"))
    }

    @Test func hostileNameIsWrittenInertAndEchoedWithEscapesShown() throws {
        let hostile = "Evil\"\n[approvals]\nby = \"nec\" \u{1B}[2J\u{1B}]0;owned\u{07}"
        var script = WizardScript()
        script.overrides = [(.clpName, hostile), (.recordField(fact: "branch", field: "name"), "\u{1B}[31mRed")]
        let run = Self.drive(try Self.wizard()) { script.answer($0) }
        guard case .finished(let text) = run.wizard.state else {
            Issue.record("did not finish")
            return
        }
        let parsed = TOMLParser.parse(text, path: "wizard.toml")
        #expect(parsed.diagnostics.isEmpty)
        #expect(parsed.document.root["approvals"] == nil, "the name added a table")
        #expect(parsed.document.root["clp"]?.table?["name"]?.string == hostile)
        let year = try Self.evaluate(run)
        #expect(year.selections?.clpName?.value == hostile)
        // What the wizard says has no escape character or bell of its own: they are shown as text.
        let rendered = run.output.replacing(hostile, with: "").replacing("\u{1B}[31mRed", with: "")
        #expect(!rendered.contains("\u{1B}") && !rendered.contains("\u{07}"))
        #expect(rendered.contains("\\u{1b}[2J"))
        #expect(rendered.contains("Added: \\u{1b}[31mRed."))
    }

    @Test func fromLastYearEveryDefaultIsLastYearsAnswer() throws {
        let last = try #require(try ShippedYear.example("eastbrook-2022.toml").selections)
        var defaults: [WizardQuestion.Target: RuleValue] = [:]
        let run = Self.drive(try Self.wizard(last: last)) { question in
            defaults[question.target] = question.defaultValue
            return ""
        }
        #expect(defaults[.clpName] == .string("Eastbrook and Hollins"))
        #expect(defaults[.agmDate] == .date(TOMLDate(year: 2023, month: 10, day: 8)))
        #expect(defaults[.fact("members")] == .integer(960))
        #expect(defaults[.keepList("branch")] == .boolean(true))
        #expect(
            defaults[.choice(section: "executive")]
                == .list(["tulo", "youth_officer", "comms_officer", "bame_officer"].map(RuleValue.string)))
        #expect(defaults[.parameter(section: "meetings", id: "start_time")] == .string("7.30pm"))
        let year = try Self.evaluate(run)
        #expect(year.isValid, "\(year.diagnostics.map { $0.message })")
        #expect(year.selections?.officers.count == last.officers.count)
        #expect(year.selections?.year?.value == 2023)
    }
}

extension SelectionsWizardTests {
    @Test func anApprovalGivenIsRecordedForTheOptionItApproves() throws {
        let last = try #require(try ShippedYear.example("eastbrook-2022.toml").selections)
        let asked = WizardQuestion.Target.approvalDate(option: "policy.local_policy_forum", body: "regional_director")
        let run = Self.drive(try Self.wizard(last: last)) { question in
            switch question.target {
            case asked: return "2023-05-03"
            case .approvalReference: return "NW/2023/114"
            default: return ""
            }
        }
        #expect(run.asked.filter { $0 == asked }.count == 1, "asked once")
        #expect(run.output.contains("'Local policy forum' needs the approval of the Regional Director"))
        let year = try Self.evaluate(run)
        let approval = try #require(year.selections?.approvals.first)
        #expect(approval.approves.value == "policy.local_policy_forum")
        #expect(approval.by.value == "regional_director")
        #expect(approval.date.value == TOMLDate(year: 2023, month: 5, day: 3))
        #expect(approval.reference == "NW/2023/114")
        #expect(year.diagnostics.isEmpty, "\(year.diagnostics.map { $0.code + " " + $0.message })")
    }

    @Test func anApprovalNotYetGivenLeavesTheOptionPending() throws {
        let last = try #require(try ShippedYear.example("eastbrook-2022.toml").selections)
        let run = Self.drive(try Self.wizard(last: last)) { _ in "" }
        let year = try Self.evaluate(run)
        #expect(year.selections?.approvals.isEmpty == true)
        #expect(year.diagnostics.map { $0.code } == ["S203"])
    }
}

extension SelectionsWizardTests {
    @Test func factsThatContradictEachOtherAreShownBeforeTheSectionsAndCanBeChanged() throws {
        var script = WizardScript()
        script.overrides = [(.fact("young_members"), "12000"), (.revisitFacts, "y")]
        let run = Self.drive(try Self.wizard()) { script.answer($0) }
        let before = try #require(run.output.firstRange(of: "Section 1 of 9"))
        let opening = run.output[..<before.lowerBound]
        #expect(opening.contains("Check this before going on:"))
        #expect(opening.contains("[EDN02]"))
        #expect(run.asked.filter { $0 == .fact("young_members") }.count == 2)
        #expect(run.asked.contains(.keepGivenOfficers))
        let year = try Self.evaluate(run)
        #expect(year.selections?.facts["young_members"]?.value == .integer(40))
        #expect(year.selections?.officers.count == 9, "the officers given were kept")
        #expect(year.isValid, "\(year.diagnostics.map { $0.code + " " + $0.message })")
    }
}

extension SelectionsWizardTests {
    @Test func theAGMMonthOfferedIsTheMonthOfTheAGMDate() throws {
        // The script's AGM is on 14 June 2023; the menu's default month is October, its suggestion June.
        var offered: RuleValue?
        var script = WizardScript()
        let run = Self.drive(try Self.wizard()) { question in
            if question.target == .parameter(section: "meetings", id: "agm_month") { offered = question.defaultValue }
            return script.answer(question)
        }
        #expect(offered == .string("June"))
        let year = try Self.evaluate(run)
        #expect(year.selections?.choices["meetings"]?.parameters["agm_month"]?.value == .string("June"))
        #expect(!year.diagnostics.contains { $0.code == "MTG09" }, "the month and the date agree")
        let agmMonth = try #require(Self.edition().section("meetings")?.parameters.first { $0.id == "agm_month" })
        #expect(agmMonth.defaultValue == .string("October"), "a file that leaves it out still gets the default")
    }
}

extension SelectionsWizardTests {
    @Test func lastYearsLocalAdditionsAreCarriedOverAsWritten() throws {
        // Wrenfield adds two clauses of its own; one is given text that tries to close its string and start a table.
        let hostile = "Branches report within 14 days.\"\"\"\n[approvals]\nby = \"x\""
        let last = try #require(
            try ShippedYear.example(
                "wrenfield-2023.toml",
                replacing: [
                    (
                        "text = \"Each branch sends the CLP secretary the date of its AGM and the names of its officers within 14 days of the meeting.\"",
                        "text = '''\(hostile)'''"
                    )
                ]
            ).selections)
        #expect(last.localAdditions.count == 2)
        let run = Self.drive(try Self.wizard(last: last)) { _ in "" }
        let year = try Self.evaluate(run)
        let carried = try #require(year.selections?.localAdditions)
        #expect(carried.map(\.topic.value) == ["procedure", "branches"])
        #expect(carried.map(\.text.value) == last.localAdditions.map(\.text.value))
        #expect(carried.last?.text.value == hostile, "written through the TOML writer, read back as the same text")
        #expect(year.selections?.approvals.isEmpty == true, "the text added no table")
    }
}
