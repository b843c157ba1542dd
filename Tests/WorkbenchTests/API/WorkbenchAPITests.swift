import Diagnostics
import JSON
import Rulebook
import Testing

@testable import Workbench

/// The API over the engine, on the shipped examples: problems at their fields with fixes that work, the
/// preview and redline, amendments, adoption, and that nothing is written but the one file.
@Suite struct WorkbenchAPITests {
    static let token = String(repeating: "ab", count: 32)

    private func client(_ file: MemoryFile, path: String? = "riverside.toml") -> APIClient {
        APIClient(Workbench(environment: file.environment(path: path), token: Self.token))
    }

    private func checkBody(_ text: String, _ changes: String = "[]") -> String {
        "{\"text\":\(APIClient.quoted(text)),\"changes\":\(changes)}"
    }

    private func problems(_ json: JSONNode?) -> [JSONObject] {
        json?.object?["problems"]?.array?.compactMap(\.object) ?? []
    }

    @Test func theSessionNamesTheFileAndItsEdition() throws {
        let text = try Shipped.example("riverside-2023.toml")
        let answer = client(MemoryFile(text)).call("GET", "/api/session")
        #expect(answer.status == 200)
        #expect(answer.json?.object?["file"]?.string == "riverside.toml")
        #expect(answer.json?.object?["edition"]?.string == "2019")
        #expect(answer.json?.object?["text"]?.string == text)
        #expect(answer.json?.object?["editions"]?.array?.compactMap(\.string) == ["2012", "2019"])
    }

    @Test func theEditionIsDescribedWithItsSettings() throws {
        let answer = client(MemoryFile(nil)).call("POST", "/api/edition", "{\"edition\":\"2019\"}")
        #expect(answer.status == 200)
        let sections = answer.json?.object?["sections"]?.array?.compactMap(\.object) ?? []
        let meetings = try #require(sections.first { $0["id"]?.string == "meetings" })
        let settings = meetings["settings"]?.array?.compactMap(\.object) ?? []
        let perYear = try #require(settings.first { $0["field"]?.string == "meetings.meetings_per_year" })
        #expect(perYear["min"]?.number?.int64Value == 1)
        #expect(perYear["max"]?.number?.int64Value == 12)
        #expect(perYear["unit"]?.string == "meetings")
        #expect(meetings["options"]?.array?.isEmpty == false)
        #expect(client(MemoryFile(nil)).call("POST", "/api/edition", "{\"edition\":\"../menus/2019\"}").status == 422)
    }

    @Test(arguments: ["riverside-2023.toml", "eastbrook-2022.toml", "aldermoor-2015.toml"])
    func aValidExampleChecksValidWithItsStandingOrders(name: String) throws {
        let text = try Shipped.example(name)
        let answer = client(MemoryFile(text)).call("POST", "/api/check", checkBody(text))
        let json = try #require(answer.json?.object)
        #expect(answer.status == 200)
        #expect(json["valid"]?.bool == true)
        #expect(problems(answer.json).allSatisfy { $0["severity"]?.string != "error" })
        #expect(json["preview"]?.string?.contains("Standing Orders") == true)
        #expect(json["redline"]?.isNull == true, "no change from the file on disk")
    }

    @Test func aChangeThatBreaksARuleShowsItsProblemAtItsFieldWithAFixThatWorks() throws {
        let text = try Shipped.example("riverside-2023.toml")
        let api = client(MemoryFile(text))
        let broken = api.call(
            "POST", "/api/check", checkBody(text, "[{\"field\":\"meetings.meetings_per_year\",\"value\":4}]"))
        #expect(broken.json?.object?["valid"]?.bool == false)
        let problem = try #require(problems(broken.json).first { $0["code"]?.string == "MTG01" })
        #expect(problem["field"]?.string == "meetings.meetings_per_year")
        #expect(problem["message"]?.string?.contains("not 4") == true)
        #expect(problem["citation"]?.string?.contains("Rule Book 2019") == true)
        #expect(broken.json?.object?["redline"]?.string?.contains("<del>10</del>") == true)
        let fix = try #require(problem["fixes"]?.array?.first?.object)
        let changes = try #require(fix["changes"])
        #expect(changes.array?.first?.object?["field"]?.string == "meetings.meetings_per_year")
        let changesText = try JSONWriter().write(changes)
        let fixed = api.call("POST", "/api/check", checkBody(text, changesText))
        #expect(fixed.json?.object?["valid"]?.bool == true, "the fix makes the year valid")
        #expect(fixed.json?.object?["values"]?.object?["meetings.meetings_per_year"]?.number?.int64Value == 8)
    }

    @Test func theInvalidExamplesProblemsAreAtTheirFields() throws {
        let text = try Shipped.example("invalid-2022.toml")
        let answer = client(MemoryFile(text)).call("POST", "/api/check", checkBody(text))
        let fields = Dictionary(
            problems(answer.json).map { ($0["code"]?.string ?? "", $0["field"]?.string ?? "none") },
            uniquingKeysWith: { first, _ in first })
        #expect(fields["S105"] == "facts.women_members")
        #expect(fields["S103"] == "governance.branch_delegate_ratio")
        #expect(fields["MTG01"] == "meetings.meetings_per_year")
        #expect(answer.json?.object?["valid"]?.bool == false)
        let missing = text.replacing("[facts]\nmembers = 960\n", with: "[facts]\n")
        #expect(missing != text)
        let noMembers = client(MemoryFile(missing)).call("POST", "/api/check", checkBody(missing))
        let fact = problems(noMembers.json).first { $0["code"]?.string == "S104" }
        #expect(fact?["field"]?.string == "facts.members", "a missing fact is shown at its field")
    }

    @Test func changesKeepTheFileAsWrittenAndAddMissingKeys() throws {
        let text = try Shipped.example("riverside-2023.toml")
        let arguments = ["meetings.meetings_per_year=8", "governance.branch_delegate_ratio=20", "newsection.key=\"x\""]
        let amendments = arguments.compactMap { try? SelectionsAmendment.parse($0).get() }
        #expect(amendments.count == 3)
        let edited = try SelectionsEditor.apply(amendments, to: text)
        #expect(edited.contains("# Riverside CLP (fictional)"))
        #expect(edited.contains("\nmeetings_per_year = 8\n"))
        #expect(edited.contains("amm_eligible_weeks = 8\nbranch_delegate_ratio = 20\n"))
        #expect(edited.hasSuffix("\n[newsection]\nkey = \"x\"\n"))
        let added = edited.split(separator: "\n").count - text.split(separator: "\n").count
        #expect(added == 3, "one key added to [governance], a new section with one key")
        #expect(try SelectionsEditor.apply([], to: "a = [") == "a = [", "no change, no edit")
        #expect(throws: HTTPError.self) { try SelectionsEditor.apply(amendments, to: "a = [") }
    }

    @Test func anAmendmentSaysWhetherItStaysValidAndWhatItChanges() throws {
        let text = try Shipped.example("riverside-2023.toml")
        let amendment = "[{\"field\":\"meetings.meetings_per_year\",\"value\":6}]"
        let answer = client(MemoryFile(text)).call(
            "POST", "/api/amendment", "{\"text\":\(APIClient.quoted(text)),\"changes\":[],\"amendment\":\(amendment)}")
        let json = try #require(answer.json?.object)
        #expect(json["validBefore"]?.bool == true)
        #expect(json["validAfter"]?.bool == false)
        #expect(json["verdict"]?.string == "the selections become INVALID")
        #expect(json["newlyBroken"]?.array?.isEmpty == false)
        #expect(json["redline"]?.string?.contains("<ins>6</ins>") == true)
    }

    @Test func adoptingWritesTheAmendmentAndItsRecordToTheOneFile() throws {
        let text = try Shipped.example("riverside-2023.toml")
        let file = MemoryFile(text)
        let body =
            "{\"text\":\(APIClient.quoted(text)),\"changes\":[],\"amendment\":[{\"field\":\"meetings.meetings_per_year\","
            + "\"value\":12}],\"movedBy\":\"A. \\\"Ali\\\" Patel\",\"votesFor\":40,\"votesAgainst\":25,\"abstaining\":2}"
        let answer = client(file).call("POST", "/api/adopt", body)
        #expect(answer.status == 200)
        #expect(file.writes.count == 1)
        let written = try #require(file.text)
        #expect(written.contains("\nmeetings_per_year = 12\n"))
        #expect(
            written.hasSuffix(
                "\n[[adoption]]\nchanges = [\"meetings.meetings_per_year=12\"]\nmoved_by = \"A. \\\"Ali\\\" Patel\"\n"
                    + "votes_for = 40\nvotes_against = 25\nabstaining = 2\nadopted_at = 2026-06-14T19:32:05Z\n"))
        let edition = try #require(Shipped.editions["2019"])
        let (selections, diagnostics) = SelectionsLoader.load(
            SelectionsText(bytes: Array(written.utf8), path: "r.toml").document, edition: edition)
        #expect(!diagnostics.hasErrors)
        #expect(selections?.adoptions.first?.movedBy == "A. \"Ali\" Patel")
        #expect(selections?.adoptions.first?.votesAgainst == 25)
        let year = try YearEvaluator(edition: edition).evaluate(SelectionsText(bytes: Array(written.utf8), path: "r.toml"))
        let report = YearReport(year, generator: .init(version: "test", generatedAt: "2026-06-15T00:00:00Z"))
        let reportJSON = try JSONWriter().write(report.json())
        #expect(
            reportJSON.contains(
                "\"adoptions\":[{\"changes\":[\"meetings.meetings_per_year=12\"],\"movedBy\":\"A. \\\"Ali\\\" Patel\","
                    + "\"votesFor\":40,\"votesAgainst\":25,\"abstaining\":2,\"adoptedAt\":\"2026-06-14T19:32:05Z\"}]"))
        #expect(MarkdownRenderer().render(report.document()).contains("Amendments adopted at the AGM"))
    }

    @Test func aRefusedRequestWritesNothing() throws {
        let text = try Shipped.example("riverside-2023.toml")
        let file = MemoryFile(text)
        let api = client(file)
        let noMover =
            "{\"text\":\(APIClient.quoted(text)),\"amendment\":[{\"field\":\"a.b\",\"value\":1}],\"movedBy\":\"\","
            + "\"votesFor\":1,\"votesAgainst\":0,\"abstaining\":0}"
        #expect(api.call("POST", "/api/adopt", noMover).status == 422)
        let negative = noMover.replacing("\"movedBy\":\"\"", with: "\"movedBy\":\"X\"").replacing("1,", with: "-1,")
        #expect(api.call("POST", "/api/adopt", negative).status == 422)
        let badValue = "{\"text\":\(APIClient.quoted(text)),\"changes\":[{\"field\":\"facts.members\",\"value\":\"x\"}]}"
        #expect(api.call("POST", "/api/check", badValue).status == 200)
        #expect(api.call("POST", "/api/save", "{\"text\":\(APIClient.quoted("a = [")),\"changes\":[]}").status == 422)
        #expect(api.call("POST", "/api/save", "not json").status == 422)
        #expect(api.call("POST", "/api/check", "{\"changes\":[]}").status == 422)
        #expect(file.writes.isEmpty)
        let noFile = client(MemoryFile(nil), path: nil)
        #expect(noFile.call("POST", "/api/save", checkBody(text)).status == 409)
    }

    @Test func thePageCarriesTheTokenAndOnlyItsOwnAssets() {
        let api = client(MemoryFile(nil))
        let page = api.router.respond(
            to: HTTPRequest(method: "GET", target: "/", headers: [("host", APIClient.host)]))
        let html = String(decoding: page.body, as: UTF8.self)
        #expect(html.contains("content=\"\(Self.token)\""))
        #expect(!html.contains("<script>"), "no inline script")
        #expect(html.contains("<script src=\"/workbench.js\" defer></script>"))
        let script = api.router.respond(
            to: HTTPRequest(method: "GET", target: "/workbench.js", headers: [("host", APIClient.host)]))
        #expect(script.contentType.hasPrefix("text/javascript"))
        #expect(!String(decoding: script.body, as: UTF8.self).contains("innerHTML = problem"))
    }
}
