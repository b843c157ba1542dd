import Diagnostics
import RuleLanguage
import Rulebook
import Testing

/// The engine's one evaluation of a CLP's year: values, derived values, problems, fixes and amendments.
@Suite struct YearEvaluatorTests {
    @Test func validYearHasItsDerivedValuesAndNoErrors() throws {
        let year = try ShippedYear.example("eastbrook-2022.toml")
        #expect(year.isValid)
        #expect(year.selections?.clpName?.value == "Eastbrook and Hollins")
        #expect(year.derived("quorum")?.value == .integer(20))
        #expect(year.bindings["quorum"] == .integer(20))
        #expect(year.derived("quorum")?.because == "the fixed number the CLP chose")
        // 960 members: one delegate for the first 749, one more per further 250 or part.
        #expect(year.derived("conference_delegates_base")?.value == .integer(2))
        #expect(year.editionDigest.count == 64)
        #expect(year.fixes == nil)
    }

    @Test func percentageQuorumIsExplainedWithItsLiveValues() throws {
        let year = try ShippedYear.example(
            "eastbrook-2022.toml",
            replacing: [("quorum_type = \"fixed_number\"", "quorum_type = \"percent\""), ("quorum_value = 20", "quorum_value = 10")])
        let voting = try #require(year.derived("voting_body_size")?.value)
        guard case .integer(let people) = voting else { Issue.record("voting body is not a number"); return }
        let expected = max(1, (people * 10 + 99) / 100)
        #expect(year.derived("quorum")?.value == .integer(expected))
        #expect(year.derived("quorum")?.because == "10% of the \(people) people entitled to vote, rounded up (at least 1)")
    }

    @Test func invalidYearKeepsLoadAndRuleProblemsApartAndSearchesFixes() throws {
        let text = try ShippedYear.text("invalid-2022.toml")
        let year = try ShippedYear.evaluate(text, path: "examples/invalid-2022.toml", searchesFixes: true)
        #expect(!year.isValid)
        #expect(year.loadDiagnostics.contains { $0.code == "S105" })
        #expect(year.ruleDiagnostics.contains { $0.code == "MTG01" })
        #expect(year.diagnostics.count == year.loadDiagnostics.count + year.ruleDiagnostics.count)
        let fixes = try #require(year.fixes)
        #expect(fixes.partial.contains { $0.code == "MTG01" })
    }

    @Test func unreadableTextIsReportedWithoutSelections() throws {
        let year = try ShippedYear.evaluate("edition = \"2019\"\nyear = = 3\n")
        #expect(year.selections == nil)
        #expect(year.loadDiagnostics.contains { $0.code.hasPrefix("T") })
        #expect(!year.isValid)
    }

    @Test func amendmentSaysWhatItChanges() throws {
        let text = try ShippedYear.text("eastbrook-2022.toml")
        let edition = try #require(ShippedYear.editions["2019"])
        let amendment = try SelectionsAmendment.parse("meetings.meetings_per_year=6").get()
        let year = try YearEvaluator(edition: edition, searchesFixes: false)
            .evaluate(SelectionsText(bytes: Array(text.utf8), path: "e.toml"), amendments: [amendment])
        let effect = try #require(year.amendment)
        #expect(effect.validBefore)
        #expect(!effect.validAfter)
        #expect(effect.newProblems.contains("MTG01"))
        #expect(effect.verdict == "the selections become INVALID")
        #expect(year.bindings["meetings.meetings_per_year"] == .integer(6))
        #expect(effect.changes.map(\.name) == ["meetings.meetings_per_year"])
        #expect(effect.changes.first?.after == "6 meetings")
        #expect(effect.changedClauses.count == 1)
        #expect(effect.changedClauses.first?.hasSuffix("Calendar of meetings") == true)
    }

    /// 10,000 `--set` options took 46 s in a release build when each re-parsed and re-spliced the whole text.
    @Test func tenThousandAmendmentsAreAppliedInOnePass() throws {
        let text = try ShippedYear.text("eastbrook-2022.toml")
        let edition = try #require(ShippedYear.editions["2019"])
        let amendments = try (0..<10_000).map { try SelectionsAmendment.parse("meetings.k\($0)=\($0)").get() }
        let clock = ContinuousClock()
        let started = clock.now
        let year = try YearEvaluator(edition: edition, searchesFixes: false)
            .evaluate(SelectionsText(bytes: Array(text.utf8), path: "e.toml"), amendments: amendments)
        let elapsed = clock.now - started
        // The first 100 unknown keys are reported one by one, the other 9,900 counted in one S113 note.
        let unknown = year.loadDiagnostics.filter { $0.code == "S102" }
        #expect(unknown.count == 100)
        #expect(unknown.allSatisfy { $0.location?.file == "--set" && $0.message.hasPrefix("in --set meetings.k") })
        #expect(year.loadDiagnostics.contains { $0.code == "S113" && $0.message.contains("9900") })
        #expect(elapsed < .seconds(60), "\(elapsed)")
    }

    @Test func oneEditionEvaluatesManyYearsIndependently() throws {
        let edition = try #require(ShippedYear.editions["2019"])
        let evaluator = YearEvaluator(edition: edition, searchesFixes: false)
        let text = try ShippedYear.text("eastbrook-2022.toml")
        var quorums: [RuleValue?] = []
        for quorum in [12, 20, 31] {
            let changed = text.replacing("quorum_value = 20", with: "quorum_value = \(quorum)")
            let year = try evaluator.evaluate(SelectionsText(bytes: Array(changed.utf8), path: "y\(quorum).toml"))
            quorums.append(year.derived("quorum")?.value)
        }
        #expect(quorums == [.integer(12), .integer(20), .integer(31)])
    }
}
