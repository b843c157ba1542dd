import Foundation
import JSON
import Testing
import Workbench

/// `clpconf serve FILE --last LAST.toml`: the redline is against last year's choices, which are read once and
/// never written; without `--last` it stays against the file on disk.
@Suite struct LastYearRedlineTests {
    static let token = String(repeating: "c", count: 64)

    private func body(_ text: String) -> String { "{\"text\":\(APIClient.quoted(text)),\"changes\":[]}" }

    @Test func withLastYearTheRedlineShowsWhatChangedSinceThen() throws {
        let this = try Shipped.example("riverside-2023.toml")
        let last = try Shipped.bytes("examples/riverside-2022.toml")
        let file = MemoryFile(this)
        var environment = file.environment(path: "riverside-2023.toml")
        environment.lastYear = LastYearFile(path: "riverside-2022.toml", bytes: last)
        let api = APIClient(Workbench(environment: environment, token: Self.token))
        let answer = api.call("POST", "/api/check", body(this))
        #expect(answer.status == 200)
        let json = try #require(answer.json?.object)
        #expect(json["redlineAgainst"]?.string == "last year's file, riverside-2022.toml")
        // Riverside's 2023 year differs from its 2022 one, so the redline is not empty, though the file on
        // disk is the same as the text checked.
        let redline = try #require(json["redline"]?.string)
        #expect(redline.contains("<ins>") || redline.contains("<del>"))
        #expect(file.writes.isEmpty, "checking writes nothing")
    }

    @Test func withoutLastYearTheRedlineIsAgainstTheFileOnDisk() throws {
        let this = try Shipped.example("riverside-2023.toml")
        let api = APIClient(Workbench(environment: MemoryFile(this).environment(), token: Self.token))
        let json = try #require(api.call("POST", "/api/check", body(this)).json?.object)
        #expect(json["redlineAgainst"]?.string == "the file on disk")
        #expect(json["redline"]?.isNull == true)
    }
}
