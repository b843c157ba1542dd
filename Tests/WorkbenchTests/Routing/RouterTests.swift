import Testing

@testable import Workbench

@Suite struct RouterTests {
    static let token = "0123456789abcdef"
    static let router = router(port: 8080)

    /// The router the tests use, for a server on `port`.
    static func router(port: UInt16) -> Router {
        Router(
            routes: [
                Router.Route("GET", "/") { _ in HTTPResponse(status: .ok, contentType: MediaType.text, body: Array("page".utf8)) },
                Router.Route("POST", "/api/save") { _ in HTTPResponse(status: .ok, contentType: MediaType.json, body: []) },
            ],
            requestGuard: RequestGuard(address: "127.0.0.1", port: port, token: token))
    }

    private func request(
        _ method: String, _ target: String, host: String? = "127.0.0.1:8080", origin: String? = "http://127.0.0.1:8080",
        token: String? = RouterTests.token, type: String? = "application/json"
    ) -> HTTPRequest {
        var headers: [(name: String, value: String)] = []
        if let host { headers.append(("host", host)) }
        if let origin { headers.append(("origin", origin)) }
        if let token { headers.append((WorkbenchHeaders.token, token)) }
        if let type { headers.append(("content-type", type)) }
        return HTTPRequest(method: method, target: target, headers: headers, body: Array("{}".utf8))
    }

    private func status(_ request: HTTPRequest) -> Int { Self.router.respond(to: request).status.rawValue }

    @Test func theRoutesAnswer() {
        #expect(status(request("GET", "/")) == 200)
        #expect(status(request("HEAD", "/")) == 200)
        #expect(status(request("GET", "/?x=1")) == 200)
        #expect(status(request("POST", "/api/save")) == 200)
        #expect(status(request("GET", "/", host: "localhost:8080")) == 200)
        #expect(status(request("POST", "/api/save", host: "LOCALHOST:8080", origin: "http://localhost:8080")) == 200)
    }

    @Test(arguments: ["evil.example:8080", "127.0.0.1", "127.0.0.1:8081", "localhost", "attacker.test"])
    func aHostThatIsNotThisServerIs421(host: String) {
        #expect(status(request("GET", "/", host: host)) == 421)
        #expect(status(request("POST", "/api/save", host: host, origin: "http://" + host)) == 421)
    }

    @Test func aWriteFromAnotherOriginOrWithoutTheTokenIs403() {
        #expect(status(request("POST", "/api/save", origin: nil)) == 403)
        #expect(status(request("POST", "/api/save", origin: "http://evil.example")) == 403)
        #expect(status(request("POST", "/api/save", origin: "null")) == 403)
        #expect(status(request("POST", "/api/save", origin: "https://127.0.0.1:8080")) == 403)
        #expect(status(request("POST", "/api/save", token: nil)) == 403)
        #expect(status(request("POST", "/api/save", token: "0123456789abcdeF")) == 403)
        #expect(status(request("POST", "/api/save", token: "")) == 403)
    }

    @Test func aWriteThatIsNotJSONIs415() {
        #expect(status(request("POST", "/api/save", type: nil)) == 415)
        #expect(status(request("POST", "/api/save", type: "text/plain")) == 415)
        #expect(status(request("POST", "/api/save", type: "application/x-www-form-urlencoded")) == 415)
        #expect(status(request("POST", "/api/save", type: "application/json; charset=utf-8")) == 200)
    }

    @Test(arguments: [
        "/../etc/passwd", "/%2e%2e/etc/passwd", "/%2E%2E%2Fetc", "/a/../b", "/./", "//etc/passwd", "/app.js/..",
        "/%00", "/a%2fb", "/..%5c..", "/\\..\\", "/assets/%2e%2e", "/.", "/..",
    ])
    func traversalAndEncodedPathsAre400(path: String) {
        #expect(status(request("GET", path)) == 400)
    }

    @Test(arguments: ["/etc/passwd", "/index.html.bak", "/api", "/Sources/Workbench/Router.swift", "/favicon.ico"])
    func unknownPathsAre404(path: String) {
        #expect(status(request("GET", path)) == 404)
    }

    @Test(arguments: ["PUT", "DELETE", "OPTIONS", "TRACE", "CONNECT", "PATCH", "get", "BREW"])
    func otherMethodsAre405(method: String) {
        let response = Self.router.respond(to: request(method, "/"))
        #expect(response.status == .methodNotAllowed)
        #expect(response.extraHeaders["Allow"] == "GET, HEAD")
        #expect(status(request(method, "/nowhere")) == 405)
    }

    @Test func aRouteAnswersOnlyItsMethod() {
        #expect(status(request("GET", "/api/save")) == 405)
        #expect(status(request("POST", "/")) == 405)
    }
}
