import Testing

@testable import Workbench

/// The server over a real socket at 127.0.0.1 port 0: hostile requests each get a 4xx, and the server goes
/// on serving after every one.
@Suite struct HTTPServerTests {
    static func server(timeout: Duration = .seconds(5)) throws -> HTTPServer {
        var limits = HTTPLimits()
        limits.readTimeout = timeout
        let server = try HTTPServer(address: "127.0.0.1", port: 0, limits: limits)
        let router = RouterTests.router(port: server.port)
        #expect(server.start { router.respond(to: $0) })
        return server
    }

    private func get(_ port: UInt16, _ path: String = "/", host: String? = nil) -> String {
        RawClient.exchange(port: port, "GET \(path) HTTP/1.1\r\nHost: \(host ?? "127.0.0.1:\(port)")\r\n\r\n")
    }

    @Test func itServesAPageOnPort0() throws {
        let server = try Self.server()
        defer { server.stop() }
        #expect(server.port != 0)
        let response = get(server.port)
        #expect(RawClient.status(response) == 200)
        #expect(response.hasSuffix("\r\n\r\npage"))
    }

    @Test func hostileRequestsEachGetA4xxAndTheServerGoesOnServing() throws {
        let server = try Self.server()
        defer { server.stop() }
        let port = server.port
        let host = "Host: 127.0.0.1:\(port)\r\n"
        let cases: [(String, Int)] = [
            ("GET /" + String(repeating: "a", count: 9000) + " HTTP/1.1\r\n" + host + "\r\n", 414),
            ("GET / HTTP/1.1\r\n" + host + "X: " + String(repeating: "b", count: 20000) + "\r\n\r\n", 431),
            ("POST /api/save HTTP/1.1\r\n" + host + "Content-Length: 2000000\r\n\r\n", 413),
            ("GET / HTTP/1.1\r\nHost: evil.example:\(port)\r\n\r\n", 421),
            ("POST /api/save HTTP/1.1\r\n" + host + "Origin: http://evil.example\r\nContent-Length: 2\r\n\r\n{}", 403),
            ("POST /api/save HTTP/1.1\r\n" + host + "Origin: http://127.0.0.1:\(port)\r\nContent-Length: 2\r\n\r\n{}", 403),
            ("GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\n" + host + "\r\n", 400),
            ("GET /../../etc/passwd HTTP/1.1\r\n" + host + "\r\n", 400),
            ("GET /a%2fb HTTP/1.1\r\n" + host + "\r\n", 400),
            ("GET /etc/passwd HTTP/1.1\r\n" + host + "\r\n", 404),
            ("DELETE / HTTP/1.1\r\n" + host + "\r\n", 405),
            ("garbage\r\n\r\n", 400),
        ]
        for (request, expected) in cases {
            let response = RawClient.exchange(port: port, request)
            #expect(RawClient.status(response) == expected, "\(request.prefix(60))")
            #expect(RawClient.status(get(port)) == 200, "still serving after \(request.prefix(40))")
        }
        var withNul = Array("GET /x".utf8) + [0] + Array(" HTTP/1.1\r\n\(host)\r\n".utf8)
        #expect(RawClient.status(RawClient.exchange(port: port, withNul)) == 400)
        withNul = Array("GET / HTTP/1.1\r\n\(host)X: a".utf8) + [0] + Array("b\r\n\r\n".utf8)
        #expect(RawClient.status(RawClient.exchange(port: port, withNul)) == 400)
        #expect(RawClient.status(get(port)) == 200)
    }

    @Test func aSlowClientIsCutOffWith408AndOthersAreServedMeanwhile() throws {
        let server = try Self.server(timeout: .milliseconds(300))
        defer { server.stop() }
        let port = server.port
        let slow = "GET / HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nX-Slow: " + String(repeating: "z", count: 40) + "\r\n\r\n"
        let clock = ContinuousClock()
        let started = clock.now
        let response = RawClient.exchange(port: port, slow, chunks: 20, pause: .milliseconds(50))
        #expect(RawClient.status(response) == 408)
        #expect(clock.now - started < .seconds(3))
        #expect(RawClient.status(get(port)) == 200)
        let silent = RawClient.exchange(port: port, "GET / HTTP/1.1\r\n")
        #expect(RawClient.status(silent) == 408)
        #expect(RawClient.status(get(port)) == 200)
    }

    @Test func severalConnectionsAreServedAtOnce() async throws {
        let server = try Self.server()
        defer { server.stop() }
        let port = server.port
        let statuses = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<8 {
                group.addTask { RawClient.status(RawClient.exchange(port: port, "GET / HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\r\n")) }
            }
            var all: [Int] = []
            for await status in group { all.append(status) }
            return all
        }
        #expect(statuses == Array(repeating: 200, count: 8))
    }
}
