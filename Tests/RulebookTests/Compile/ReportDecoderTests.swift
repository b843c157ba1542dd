import Diagnostics
import Rulebook
import Testing

/// Reading one report for the compile: what is kept from a good one, and each reason a report is left out,
/// located at the member that gives it.
@Suite struct ReportDecoderTests {
    let decoder = ReportDecoder(editions: CompileFixtures.digests)

    func rejected(_ text: String) -> [Diagnostic] {
        guard case .rejected(let diagnostics, _, _) = decoder.decode(Array(text.utf8), path: "r.json") else { return [] }
        return diagnostics
    }

    /// The 1-based line and column of a diagnostic's location in `text`.
    func place(_ diagnostic: Diagnostic?, in text: String) -> String? {
        guard let offset = diagnostic?.location?.range.lowerBound else { return nil }
        let location = SourceLocationConverter(text: text).location(of: offset)
        return "\(location.line):\(location.column)"
    }

    @Test func keepsWhatTheFiguresRead() throws {
        let bytes = try CompileFixtures.report("eastbrook-2022.toml")
        guard case .accepted(let report) = decoder.decode(bytes, path: "e.json") else {
            Issue.record("the example's report was rejected")
            return
        }
        #expect(report.clp == "Eastbrook and Hollins")
        #expect(report.region == "North West")
        #expect(report.year == 2022)
        #expect(report.members == 960)
        #expect(report.option(in: "governance") == "governance.delegate_gc")
        #expect(report.integer("meetings.meetings_per_year") != nil)
        #expect(report.standing == .valid || report.standing == .warnings)
        #expect(report.feedback == nil)
    }

    @Test func truncatedFileIsTheJSONReadersError() {
        let diagnostics = rejected("{\"schema\": \"clpconf.report/1\", \"generator\": {")
        #expect(diagnostics.first?.code == "J101")
    }

    @Test func unknownSchemaIsLocatedAtTheSchema() throws {
        let text = String(decoding: try CompileFixtures.report("riverside-2023.toml"), as: UTF8.self)
            .replacing("\"clpconf.report/1\"", with: "\"clpconf.report/9\"")
        let diagnostics = rejected(text)
        #expect(diagnostics.map(\.code) == ["P101"])
        #expect(diagnostics.first?.message.contains("'clpconf.report/9'") == true)
        #expect(place(diagnostics.first, in: text) == "2:13")
    }

    @Test func wrongTypeIsLocatedAtTheValue() throws {
        let text = String(decoding: try CompileFixtures.report("riverside-2023.toml"), as: UTF8.self)
            .replacing("\"valid\": true", with: "\"valid\": \"yes\"", maxReplacements: 1)
        let diagnostics = rejected(text)
        #expect(diagnostics.map(\.code) == ["P102"])
        #expect(diagnostics.first?.message == "report member 'valid' must be true or false, found string")
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("\"valid\": \"yes\"") }
        #expect(place(diagnostics.first, in: text) == line.map { "\($0 + 1):12" })
    }

    @Test func everyDamagedMemberIsReportedInOnePass() throws {
        let text = String(decoding: try CompileFixtures.report("riverside-2023.toml"), as: UTF8.self)
            .replacing("\"valid\": true", with: "\"valid\": 1", maxReplacements: 1)
            .replacing("\"year\": 2023", with: "\"year\": 2023.5", maxReplacements: 1)
        #expect(rejected(text).map(\.code) == ["P102", "P102"])
    }

    @Test func missingNameCannotBeCounted() throws {
        let text = String(decoding: try CompileFixtures.report("riverside-2023.toml"), as: UTF8.self)
            .replacing("\"name\": \"Riverside\"", with: "\"name\": null", maxReplacements: 1)
        #expect(rejected(text).map(\.code) == ["P106"])
    }

    @Test func unknownEditionAndEditedMenu() throws {
        let text = String(decoding: try CompileFixtures.report("riverside-2023.toml"), as: UTF8.self)
        let unknown = rejected(text.replacing("\"id\": \"2019\"", with: "\"id\": \"2031\"", maxReplacements: 1))
        #expect(unknown.map(\.code) == ["P103"])
        guard let digest = CompileFixtures.digests["2019"] else {
            Issue.record("no 2019 digest")
            return
        }
        let edited = text.replacing(digest, with: String(repeating: "0", count: 64))
        let diagnostics = rejected(edited)
        #expect(diagnostics.map(\.code) == ["P104"])
        #expect(diagnostics.first?.message.contains("edited copy of edition '2019'") == true)
    }

    @Test func notAnObjectAtAll() {
        #expect(rejected("[1, 2, 3]").map(\.code) == ["P102"])
        #expect(rejected("{}").map(\.code) == ["P101"])
    }
}
