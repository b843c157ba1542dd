import JSON
import Testing

@testable import Rulebook

/// The compile over reports made by the engine: duplicates kept by AGM date whatever the order, a replaced
/// report taken back out exactly, bad files listed and left out, the figures from known inputs.
@Suite struct ReportCompilerTests {
    /// The groups as JSON text: everything the figures say, without the receipts.
    func figures(_ result: CompileResult) throws -> String {
        guard case .object(let object) = result.json().kind, let groups = object["groups"] else { return "" }
        return try JSONWriter(layout: .indented).write(groups)
    }

    @Test func laterAGMIsKeptWhateverTheOrder() throws {
        let early = try CompileFixtures.report("riverside-2023.toml")
        let later = try CompileFixtures.report(
            "riverside-2023.toml",
            replacing: [("date = 2023-09-16", "date = 2023-09-30"), ("meetings_per_year = 10", "meetings_per_year = 11")])
        let forward = CompileFixtures.compile([("a.json", early), ("b.json", later)])
        let backward = CompileFixtures.compile([("b.json", later), ("a.json", early)])
        let alone = CompileFixtures.compile([("b.json", later)])
        // Replacing a report takes it back out of every figure: the same as never having read it.
        #expect(try figures(forward) == figures(alone))
        #expect(try figures(backward) == figures(alone))
        #expect(forward.receipts.map(\.status) == [.superseded, .counted])
        #expect(backward.receipts.map(\.status) == [.counted, .superseded])
        #expect(forward.receipts[0].reason.contains("its AGM (2023-09-30) is the later one"))
        #expect(forward.problems.flatMap(\.diagnostics).map(\.code) == ["P105"])
        let meetings = forward.groups.first?.settings.first { $0.name == "meetings.meetings_per_year" }
        #expect(meetings?.median == 11)
    }

    @Test func theWrittenJSONIsTheWholeTreeWithReceiptsStreamed() throws {
        let report = try CompileFixtures.report("riverside-2023.toml")
        let result = CompileFixtures.compile([("a.json", report), ("b.json", report), ("bad.json", Array("{".utf8))])
        #expect(result.receipts.count == 3)
        #expect(result.jsonText() == (try JSONWriter(layout: .indented).write(result.json())) + "\n")
        #expect(result.jsonText().contains(#""file": "bad.json""#))
    }

    @Test func theDecoderIsAskedForEveryFileAndEachIsFoldedAsItArrives() throws {
        let report = try CompileFixtures.report("riverside-2023.toml")
        let files = (0..<5).map { (path: "r\($0).json", bytes: report) }
        var events: [String] = []
        let compiler = ReportCompiler(editions: CompileFixtures.editions, digests: CompileFixtures.digests)
        let result = compiler.compile(
            InMemoryReports(files),
            decoding: { count, decode, fold in
                events.append("count \(count)")
                for index in 0..<count {
                    events.append("decode \(index)")
                    fold(decode(index))
                }
            },
            progress: { done, total in events.append("folded \(done) of \(total)") })
        #expect(events.first == "count 5")
        #expect(events.dropFirst() == ArraySlice((0..<5).flatMap { ["decode \($0)", "folded \($0 + 1) of 5"] }))
        #expect(result.receipts.map(\.status) == compiler.compile(InMemoryReports(files)).receipts.map(\.status))
    }

    @Test func filesDecodedOutOfOrderGiveTheSameResult() throws {
        let renamed = { (number: Int) in [(#"name = "Riverside""#, #"name = "Riverside \#(number)""#)] }
        var files: [(path: String, bytes: [UInt8])] = try (0...128).map {
            ("r\($0).json", try CompileFixtures.report("riverside-2023.toml", replacing: renamed($0)))
        }
        // A later AGM for the second file's CLP, last: the second file, long since folded in, is read again and
        // taken back out of every figure.
        files.append(
            (
                "later.json",
                try CompileFixtures.report(
                    "riverside-2023.toml", replacing: renamed(1) + [("date = 2023-09-16", "date = 2023-09-30")])
            ))
        let compiler = ReportCompiler(editions: CompileFixtures.editions, digests: CompileFixtures.digests)
        let inPlace = compiler.compile(InMemoryReports(files))
        // Every file decoded first, last file first, as two threads may finish them, and handed over in order.
        let backwards = compiler.compile(InMemoryReports(files)) { count, decode, fold in
            let decoded = Array((0..<count).reversed().map(decode).reversed())
            decoded.forEach(fold)
        }
        #expect(backwards.jsonText() == inPlace.jsonText())
        #expect(inPlace.receipts[1].status == .superseded)
        #expect(inPlace.receipts.last?.status == .counted)
        #expect(inPlace.groups.map(\.reports) == [129])
        #expect(try figures(inPlace) == figures(compiler.compile(InMemoryReports(files.filter { $0.path != "r1.json" }))))
    }

    @Test func sameAGMLaterGenerationWins() throws {
        let first = try CompileFixtures.report("riverside-2023.toml", generatedAt: "2024-01-01T10:00:00Z")
        let second = try CompileFixtures.report("riverside-2023.toml", generatedAt: "2024-01-02T10:00:00Z")
        let result = CompileFixtures.compile([("second.json", second), ("first.json", first)])
        #expect(result.receipts.map(\.status) == [.counted, .superseded])
        #expect(result.receipts[1].reason.contains("written later"))
    }

    @Test func badFilesAreListedAndLeftOut() throws {
        let good = try CompileFixtures.report("eastbrook-2022.toml")
        let result = CompileFixtures.compile([
            ("good.json", good), ("truncated.json", Array(good.prefix(200))), ("binary.json", [0xFF, 0xFE, 0x00, 0x01]),
        ])
        #expect(result.receipts.map(\.status) == [.counted, .rejected, .rejected])
        #expect(result.receipts[1].codes == ["J101"] || result.receipts[1].codes == ["J102"])
        #expect(result.receipts[2].codes.contains("J100"))
        #expect(result.groups.map(\.reports) == [1])
    }

    @Test func countsSharesAndSpreads() throws {
        let result = CompileFixtures.compile([
            ("e.json", try CompileFixtures.report("eastbrook-2022.toml")),
            ("w.json", try CompileFixtures.report("invalid-2022.toml")),
        ])
        let group = try #require(result.groups.first)
        #expect(group.year == 2022)
        #expect(group.reports == 2)
        #expect(group.invalid == 1)
        #expect(group.options.first { $0.option == "governance.delegate_gc" }?.count == 2)
        #expect(group.options.first { $0.option == "governance.all_member_meetings" }?.count == 0)
        #expect(group.regions.map(\.label) == ["North West"])
        #expect(group.bands.map(\.id) == ["500-999"])
        let csv = result.csvText()
        #expect(csv.contains("adoption,2019,2022,all,governance.delegate_gc,share,1.0000"))
    }

    @Test func transitionsFollowEachCLPYearToYear() throws {
        let result = CompileFixtures.compile([
            ("2022.json", try CompileFixtures.report("riverside-2022.toml")),
            ("2023.json", try CompileFixtures.report("riverside-2023.toml")),
            ("2021.json", try CompileFixtures.report("eastbrook-2021.toml")),
        ])
        #expect(
            result.transitions.map { "\($0.fromYear) \($0.from) \($0.to) \($0.clps)" } == [
                "2022 governance.all_member_meetings governance.all_member_meetings 1"
            ])
    }

    @Test func rosterGivesMissingReturnsAndWarnsOfStrangers() throws {
        let roster = Roster(entries: [
            Roster.Entry(name: "riverside", region: "London"), Roster.Entry(name: "Greyford, Upper and Lower", region: nil),
        ])
        let result = CompileFixtures.compile(
            [("r.json", try CompileFixtures.report("riverside-2023.toml")), ("e.json", try CompileFixtures.report("eastbrook-2022.toml"))],
            roster: roster)
        #expect(
            result.missing.map { "\($0.year): " + $0.clps.map(\.name).joined(separator: ", ") } == [
                "2022: riverside, Greyford, Upper and Lower", "2023: Greyford, Upper and Lower",
            ])
        #expect(result.problems.flatMap(\.diagnostics).map(\.code) == ["P109"])
    }
}

/// What the compile keeps while it reads stays small: rejected files' text within a budget, years at the
/// edge of their range without a trap.
@Suite struct CompileMemoryTests {
    /// A rejected report (an unknown schema, on its second line) padded to about 2 KB.
    static let rejected = Array(
        ("{\n  \"schema\": \"clpconf.other/9\",\n  \"pad\": \"" + String(repeating: "x", count: 2_000) + "\"\n}\n").utf8)

    @Test func rejectedFilesKeepOnlyTheLinesQuotedAndNoMoreThanTheBudget() throws {
        var compiler = ReportCompiler(editions: CompileFixtures.editions, digests: CompileFixtures.digests)
        compiler.quotedTextBudget = 70
        let files = (0..<6).map { (path: "bad-\($0).json", bytes: Self.rejected) }
        let result = compiler.compile(InMemoryReports(files))
        #expect(result.count(.rejected) == 6)
        // One list of problems per file, then one note saying how many files lost their lines.
        #expect(result.problems.count == 7)
        let note = try #require(result.problems.last?.diagnostics.first)
        #expect(note.code == "P111" && note.message.hasPrefix("the problems of 4 rejected files are shown with"))
        #expect(note.message.contains("(the first is 'bad-2.json')"))
        let kept = result.problems.compactMap(\.source)
        // Each keeps its first two lines (the schema is on the second), 33 bytes: two fit in 70, not three.
        #expect(kept.count == 2)
        #expect(kept.allSatisfy { $0.text == "{\n  \"schema\": \"clpconf.other/9\",\n" })
        // Files past the budget still have every diagnostic, each with its line and column, only without the
        // text of the line; those within it work theirs out from the text.
        #expect(result.problems.allSatisfy { !$0.diagnostics.isEmpty })
        let located = result.problems.dropLast().map { $0.diagnostics.first { $0.code == "P101" }?.location }
        #expect(located.count == 6 && located.allSatisfy { $0 != nil })
        let past = located.dropFirst(2).compactMap { $0?.start }
        #expect(past.count == 4 && past.allSatisfy { $0.line == 2 && $0.column == 13 })
        #expect(located.prefix(2).allSatisfy { $0?.start == nil })
    }

    @Test func yearsAtTheEdgeOfTheirRangeCompileWithoutATrap() throws {
        let report = try CompileFixtures.report("riverside-2023.toml")
        let text = String(decoding: report, as: UTF8.self)
        #expect(text.contains("\"year\": 2023"))
        let last = Array(text.replacing("\"year\": 2023", with: "\"year\": 9223372036854775807").utf8)
        let before = Array(text.replacing("\"year\": 2023", with: "\"year\": 9223372036854775806").utf8)
        let result = CompileFixtures.compile([("a.json", before), ("b.json", last)])
        #expect(result.count(.counted) == 2)
        #expect(result.transitions.map(\.fromYear) == [9_223_372_036_854_775_806])
    }
}

/// Figures the compile adds up are counts within bounds, so no set of reports, however forged, overflows a
/// sum (1,100 reports giving an attendance of 9 × 10¹⁵ for one member used to stop the compile).
@Suite struct CompileFigureBoundsTests {
    /// `text` with the first `"value": N` after `marker` given `value`.
    static func replacingValue(after marker: String, in text: String, with value: String) -> String? {
        guard let at = text.firstRange(of: marker),
            let valueKey = text[at.upperBound...].firstRange(of: "\"value\": "),
            let end = text[valueKey.upperBound...].firstIndex(where: { ",}\n".contains($0) })
        else { return nil }
        return String(text[..<valueKey.upperBound]) + value + String(text[end...])
    }

    /// Feedback with an answer to each question the figures read, and one rating.
    static let feedback = """
        "feedback": {"answers": [
          {"id": "general_meetings_held", "question": "q", "value": 9},
          {"id": "average_attendance", "question": "q", "value": 40}],
          "ratings": [{"option": "governance.general_committee", "rating": 4}], "figures": {"membersAtYearEnd": 500}}
        """

    @Test(arguments: [
        ("\"id\": \"average_attendance\"", "9000000000000000"), ("\"id\": \"general_meetings_held\"", "-1"),
        ("\"name\": \"meetings.meetings_per_year\"", "1000000001"),
    ])
    func aFigureOutOfRangeIsLocatedAndTheReportLeftOut(marker: String, value: String) throws {
        let plain = String(decoding: try CompileFixtures.report("riverside-2023.toml"), as: UTF8.self)
        #expect(plain.contains("\"feedback\": null"))
        let text = plain.replacing("\"feedback\": null", with: Self.feedback)
        #expect(CompileFixtures.compile([("honest.json", Array(text.utf8))]).count(.counted) == 1)
        let forged = try #require(Self.replacingValue(after: marker, in: text, with: value))
        #expect(forged != text)
        let result = CompileFixtures.compile([("forged.json", Array(forged.utf8))])
        #expect(result.count(.rejected) == 1)
        let problem = result.problems.flatMap(\.diagnostics).first { $0.message.contains("not \(value)") }
        #expect(problem?.message.contains("from 0 to 1,000,000,000, not \(value)") == true)
        // Located at the value itself.
        let start = try #require(problem?.location?.range.lowerBound)
        #expect(forged.utf8.dropFirst(start).starts(with: value.utf8))
    }

    @Test func aRatingOutOfRangeIsLeftOutToo() throws {
        let plain = String(decoding: try CompileFixtures.report("riverside-2023.toml"), as: UTF8.self)
        let forged = plain.replacing(
            "\"feedback\": null", with: Self.feedback.replacing("\"rating\": 4", with: "\"rating\": 9223372036854775807"))
        let result = CompileFixtures.compile([("forged.json", Array(forged.utf8))])
        #expect(result.count(.rejected) == 1)
        #expect(result.problems.flatMap(\.diagnostics).contains { $0.message.contains("not 9223372036854775807") })
    }

    @Test func anAttendanceOverAThousandTimesTheMembershipIsALocatedProblem() throws {
        let plain = String(decoding: try CompileFixtures.report("riverside-2023.toml"), as: UTF8.self)
        let feedback = Self.feedback.replacing("\"value\": 40}", with: "\"value\": 600000000}")
        let forged = plain.replacing("\"feedback\": null", with: feedback)
        let result = CompileFixtures.compile([("forged.json", Array(forged.utf8))])
        #expect(result.count(.rejected) == 1)
        let problem = try #require(result.problems.first?.diagnostics.first { $0.code == "P102" })
        #expect(problem.message.contains("average attendance of 600,000,000, more than a thousand times the"))
        let location = try #require(problem.location)
        #expect(forged.utf8.dropFirst(location.range.lowerBound).starts(with: "600000000".utf8))
    }

    @Test func anAttendanceOverAThousandTimesTheMembershipIsNotCounted() {
        #expect(YearTally.attendanceTenths(1_000, members: 1) == 1_000_000)
        #expect(YearTally.attendanceTenths(1_001, members: 1) == nil)
        #expect(YearTally.attendanceTenths(38, members: 960) == 39)
    }
}
