import Foundation
import JSON
import Testing

/// `clpconf serve` as a process on a temporary copy of an example, on port 0: it prints its address,
/// answers hostile requests with 4xx and keeps serving, writes nothing but FILE and FILE.previous, and
/// stops cleanly on SIGTERM.
@Suite struct ServeProcessTests {
    /// The `clpconf` executable built beside this test bundle, if it is there.
    static let executable: String? = {
        let bundle = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        let path = bundle.appendingPathComponent("clpconf").path
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }()

    private func post(_ port: UInt16, _ path: String, token: String, _ body: String) -> String {
        let host = "127.0.0.1:\(port)"
        return RawClient.exchange(
            port: port,
            "POST \(path) HTTP/1.1\r\nHost: \(host)\r\nOrigin: http://\(host)\r\nX-CLPConf-Token: \(token)\r\n"
                + "Content-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\n\r\n\(body)")
    }

    /// Starts `clpconf serve FILE --port 0` in `folder` and reads the port from the address it prints.
    static func serve(_ file: URL, in folder: URL) throws -> (Process, UInt16) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.executable))
        process.arguments = ["serve", file.path, "--port", "0", "--menus", Shipped.root + "/menus"]
        process.currentDirectoryURL = folder
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")), let byte = try output.fileHandleForReading.read(upToCount: 1),
            !byte.isEmpty
        {
            line += byte
        }
        let printed = String(decoding: line, as: UTF8.self)
        let portText = try #require(printed.firstMatch(of: /127\.0\.0\.1:(\d+)\//)?.1)
        return (process, try #require(UInt16(portText)))
    }

    /// The session token from the page.
    static func token(_ port: UInt16) throws -> String {
        let page = RawClient.exchange(port: port, "GET / HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\r\n")
        return String(try #require(page.firstMatch(of: /content="([0-9a-f]{64})"/)?.1))
    }

    @Test(.enabled(if: executable != nil)) func aLinkInPlaceOfThePreviousVersionIsNotFollowed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("r.toml")
        let original = try Shipped.example("riverside-2023.toml")
        try original.write(to: file, atomically: false, encoding: .utf8)
        let target = folder.appendingPathComponent("elsewhere.txt")
        try "keep me".write(to: target, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("r.toml.previous").path, withDestinationPath: target.path)
        let (process, port) = try Self.serve(file, in: folder)
        defer { if process.isRunning { process.terminate() } }
        let saved = post(
            port, "/api/save", token: try Self.token(port), "{\"text\":\(APIClient.quoted(original + "\n"))}")
        #expect(RawClient.status(saved) == 409)
        #expect(try String(contentsOf: target, encoding: .utf8) == "keep me")
        #expect(try String(contentsOf: file, encoding: .utf8) == original)
    }

    @Test(.enabled(if: executable != nil)) func nothingButTheFileAndItsPreviousVersionIsWritten() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("riverside.toml")
        let original = try Shipped.example("riverside-2023.toml")
        try original.write(to: file, atomically: false, encoding: .utf8)

        let (process, port) = try Self.serve(file, in: folder)
        defer { if process.isRunning { process.terminate() } }

        let page = RawClient.exchange(port: port, "GET / HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\r\n")
        let token = String(try #require(page.firstMatch(of: /content="([0-9a-f]{64})"/)?.1))
        #expect(try Self.token(port) == token, "one token per session")
        let quoted = APIClient.quoted(original)
        // Hostile writes: another origin, no token, a path outside the file, traversal.
        let refused = [
            RawClient.exchange(
                port: port,
                "POST /api/save HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nOrigin: http://evil.example\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"),
            post(port, "/api/save", token: String(repeating: "0", count: 64), "{\"text\":\(quoted)}"),
            post(port, "/api/../../tmp/x", token: token, "{}"),
            post(port, "/api/save%2f..%2f..%2fx", token: token, "{}"),
        ]
        for response in refused { #expect((400..<500).contains(RawClient.status(response))) }
        let saved = post(
            port, "/api/save", token: token,
            "{\"text\":\(quoted),\"file\":\"/tmp/elsewhere.toml\",\"changes\":[{\"field\":\"meetings.meetings_per_year\","
                + "\"value\":9}]}")
        #expect(RawClient.status(saved) == 200)
        let adopted = post(
            port, "/api/adopt", token: token,
            "{\"text\":\(APIClient.quoted(try String(contentsOf: file, encoding: .utf8))),\"amendment\":[{\"field\":"
                + "\"meetings.meetings_per_year\",\"value\":11}],\"movedBy\":\"B. Jones\",\"votesFor\":30,"
                + "\"votesAgainst\":2,\"abstaining\":0}")
        #expect(RawClient.status(adopted) == 200)
        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)

        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == ["riverside.toml", "riverside.toml.previous"])
        let written = try String(contentsOf: file, encoding: .utf8)
        let previous = try String(contentsOf: folder.appendingPathComponent("riverside.toml.previous"), encoding: .utf8)
        #expect(written.contains("\nmeetings_per_year = 11\n") && written.contains("moved_by = \"B. Jones\""))
        #expect(previous.contains("\nmeetings_per_year = 9\n") && !previous.contains("[[adoption]]"))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/elsewhere.toml"))
    }
}
