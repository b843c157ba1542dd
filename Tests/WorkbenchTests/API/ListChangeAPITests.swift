import Diagnostics
import JSON
import Testing

@testable import Workbench

/// List changes through the API: the edition's lists described, a change that breaks a rule shown at the
/// record's row, every malformed list change refused with a 4xx that says why, and the server serving on.
@Suite struct ListChangeAPITests {
    static let token = String(repeating: "cd", count: 32)

    private func client(_ file: MemoryFile) -> APIClient {
        APIClient(Workbench(environment: file.environment(), token: Self.token))
    }

    private func body(_ text: String, _ changes: String) -> String {
        "{\"text\":\(APIClient.quoted(text)),\"changes\":\(changes)}"
    }

    private static let branches =
        "[{\"name\":\"Riverside North\",\"members\":99999,\"wards\":2,\"women_officers\":2},"
        + "{\"name\":\"Docklands\",\"members\":140,\"wards\":2,\"women_officers\":2},"
        + "{\"name\":\"Old Town\",\"members\":130,\"wards\":2,\"women_officers\":3}]"

    @Test func theEditionDescribesItsListsWithTheirFields() throws {
        let answer = client(MemoryFile(nil)).call("POST", "/api/edition", "{\"edition\":\"2019\"}")
        let lists = answer.json?.object?["lists"]?.array?.compactMap(\.object) ?? []
        #expect(lists.compactMap { $0["list"]?.string } == ["facts.branch", "facts.affiliate", "officers"])
        let branch = try #require(lists.first?["fields"]?.array?.compactMap { $0.object })
        #expect(branch.map { $0["id"]?.string ?? "" } == ["name", "members", "wards", "women_officers"])
        #expect(branch[1]["max"]?.number?.int64Value == 20000)
        let officers = try #require(lists.last?["fields"]?.array?.compactMap { $0.object })
        let post = try #require(officers.first)
        #expect(post["type"]?.string == "choice")
        #expect(post["choices"]?.array?.first?.object?["title"]?.string == "Chair")
        let affiliate = try #require(lists[1]["fields"]?.array?.compactMap { $0.object })
        #expect(affiliate[1]["type"]?.string == "string", "the menu declares an affiliate's kind as a string")
    }

    @Test func aListChangeIsCheckedAndItsProblemIsAtTheRecordsRow() throws {
        let text = try Shipped.example("riverside-2023.toml")
        let api = client(MemoryFile(text))
        let answer = api.call("POST", "/api/check", body(text, "[{\"list\":\"facts.branch\",\"records\":\(Self.branches)}]"))
        #expect(answer.status == 200)
        let json = try #require(answer.json?.object)
        #expect(json["valid"]?.bool == false)
        let problems = json["problems"]?.array?.compactMap(\.object) ?? []
        let range = try #require(problems.first { $0["code"]?.string == "S103" })
        let record = try #require(range["record"]?.object)
        #expect(record["list"]?.string == "facts.branch")
        #expect(record["index"]?.number?.int64Value == 0)
        #expect(record["field"]?.string == "members")
        #expect(json["records"]?.object?["facts.branch"]?.array?.first?.object?["members"]?.number?.int64Value == 99999)
        #expect(json["redline"]?.isNull == false, "the redline shows the changed branch")

        let noChair = api.call(
            "POST", "/api/check",
            body(text, "[{\"list\":\"officers\",\"records\":[{\"post\":\"secretary\",\"name\":\"S\",\"woman\":true}]}]"))
        let missing = (noChair.json?.object?["problems"]?.array?.compactMap(\.object) ?? []).first {
            $0["code"]?.string == "EXE01"
        }
        #expect(missing?["record"]?.object?["list"]?.string == "officers")
        #expect(missing?["record"]?.object?["index"]?.isNull == true, "a post nobody holds is about the whole list")
    }

    @Test func aProblemAboutAnEmptyListBelongsToThatList() throws {
        // With every branch removed the rules find no branches; that problem is at [facts] in the file, but
        // the engine says it is about the branch list as a whole, so the page shows it under that table.
        let text = try Shipped.example("riverside-2023.toml")
        let answer = client(MemoryFile(text)).call(
            "POST", "/api/check", body(text, "[{\"list\":\"facts.branch\",\"records\":[]}]"))
        let problems = answer.json?.object?["problems"]?.array?.compactMap(\.object) ?? []
        let aboutBranches = problems.filter { $0["record"]?.object?["list"]?.string == "facts.branch" }
        #expect(!aboutBranches.isEmpty, "\(problems.map { $0["code"]?.string ?? "" })")
        #expect(aboutBranches.allSatisfy { $0["record"]?.object?["index"]?.isNull == true })
    }

    @Test func savingWritesTheListIntoTheOneFile() throws {
        let text = try Shipped.example("riverside-2023.toml")
        let file = MemoryFile(text)
        let records = "[{\"name\":\"Only\",\"members\":400,\"wards\":6,\"women_officers\":2}]"
        let answer = client(file).call("POST", "/api/save", body(text, "[{\"list\":\"facts.branch\",\"records\":\(records)}]"))
        #expect(answer.status == 200)
        let written = try #require(file.text)
        #expect(written.contains("[[facts.branch]]\nname = \"Only\"\nmembers = 400\nwards = 6\nwomen_officers = 2\n"))
        #expect(written.components(separatedBy: "[[facts.branch]]").count == 2)
        #expect(written.contains("# Riverside CLP (fictional)"))
    }

    @Test(arguments: [
        ("[{\"list\":\"offcers\",\"records\":[]}]", "there is no list 'offcers'"),
        ("[{\"list\":\"officers\",\"records\":[{\"post\":\"chair\",\"nam\":\"x\"}]}]", "does not have"),
        ("[{\"list\":\"officers\",\"records\":[{\"post\":\"chair\",\"woman\":\"yes\"}]}]", "must be true or false"),
        ("[{\"list\":\"facts.branch\",\"records\":[{\"members\":\"many\"}]}]", "must be a whole number"),
        ("[{\"list\":\"facts.branch\",\"records\":[{\"members\":1.5}]}]", "must be a whole number"),
        ("[{\"list\":\"facts.affiliate\",\"records\":[{\"fee_paid\":\"2023-02-30\"}]}]", "must be a date"),
        ("[{\"list\":\"facts.affiliate\",\"records\":[{\"fee_paid\":\"2023-02-01T10:00:00\"}]}]", "must be a date"),
        ("[{\"list\":\"officers\",\"records\":[3]}]", "must be an object"),
        ("[{\"list\":\"officers\",\"records\":{}}]", "'records' must be a list"),
        ("[{\"list\":\"officers\",\"records\":[],\"extra\":1}]", "only 'list' and 'records'"),
        ("[{\"list\":7,\"records\":[]}]", "'list' must name a list"),
        (
            "[{\"list\":\"officers\",\"records\":[" + Array(repeating: "{}", count: 501).joined(separator: ",") + "]}]",
            "at most 500 records"
        ),
        (
            "[{\"list\":\"officers\",\"records\":[{\"name\":\"" + String(repeating: "x", count: 501) + "\"}]}]",
            "at most 500 characters"
        ),
    ])
    func aMalformedListChangeIsRefusedAndTheServerGoesOnServing(changes: String, reason: String) throws {
        let text = try Shipped.example("riverside-2023.toml")
        let file = MemoryFile(text)
        let api = client(file)
        for path in ["/api/check", "/api/save"] {
            let answer = api.call("POST", path, body(text, changes))
            #expect(answer.status == 422, "\(path)")
            #expect(answer.json?.object?["error"]?.string?.contains(reason) == true, "\(answer.json?.object?["error"]?.string ?? "")")
        }
        #expect(file.writes.isEmpty)
        #expect(api.call("POST", "/api/check", body(text, "[]")).status == 200, "still serving")
    }

    @Test func anAmendmentFromTheFloorSetsValuesOnly() throws {
        let text = try Shipped.example("riverside-2023.toml")
        let answer = client(MemoryFile(text)).call(
            "POST", "/api/amendment",
            "{\"text\":\(APIClient.quoted(text)),\"changes\":[],\"amendment\":[{\"list\":\"officers\",\"records\":[]}]}")
        #expect(answer.status == 422)
        #expect(answer.json?.object?["error"]?.string?.contains("an amendment sets values only") == true)
        let noEdition = client(MemoryFile(nil)).call("POST", "/api/check", body("a = 1", "[{\"list\":\"officers\",\"records\":[]}]"))
        #expect(noEdition.status == 422)
    }

    @Test func overARealSocketABadListChangeIsA422AndTheServerServesOn() throws {
        let server = try HTTPServer(address: "127.0.0.1", port: 0, limits: HTTPLimits())
        defer { server.stop() }
        let text = try Shipped.example("riverside-2023.toml")
        let router = Workbench(environment: MemoryFile(text).environment(), token: Self.token)
            .router(address: "127.0.0.1", port: server.port)
        #expect(server.start { router.respond(to: $0) })
        func post(_ changes: String) -> Int? {
            let content = Array(body(text, changes).utf8)
            let head =
                "POST /api/check HTTP/1.1\r\nHost: 127.0.0.1:\(server.port)\r\nOrigin: http://127.0.0.1:\(server.port)\r\n"
                + "\(WorkbenchHeaders.token): \(Self.token)\r\nContent-Type: application/json\r\n"
                + "Content-Length: \(content.count)\r\n\r\n"
            return RawClient.status(RawClient.exchange(port: server.port, Array(head.utf8) + content))
        }
        #expect(post("[{\"list\":\"officers\",\"records\":[{\"rank\":1}]}]") == 422)
        #expect(post("[{\"list\":\"facts.branch\",\"records\":\(Self.branches)}]") == 200)
    }
}
