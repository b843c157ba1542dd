import Testing

@testable import Workbench

@Suite struct HTTPRequestParserTests {
    private func parse(_ text: String, limits: HTTPLimits = .standard) -> HTTPRequestParser.Outcome {
        HTTPRequestParser.parse(Array(text.utf8), limits: limits)
    }

    private func status(_ text: String, limits: HTTPLimits = .standard) -> Int? {
        if case .refused(let error) = parse(text, limits: limits) { return error.status.rawValue }
        return nil
    }

    @Test func aWholeRequestIsReadWithItsBody() throws {
        let outcome = parse("POST /api/check HTTP/1.1\r\nHost: 127.0.0.1:80\r\nContent-Length: 5\r\nX-A:  b \r\n\r\nhello")
        guard case .request(let request) = outcome else {
            Issue.record("expected a request, got \(outcome)")
            return
        }
        #expect(request.method == "POST")
        #expect(request.target == "/api/check")
        #expect(request.body == Array("hello".utf8))
        #expect(request.header("X-A") == "b")
        #expect(request.header("host") == "127.0.0.1:80")
    }

    @Test func partsOfARequestAreIncomplete() {
        let whole = "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 4\r\n\r\nbody"
        for cut in [0, 5, 16, 20, whole.utf8.count - 1] {
            #expect(parse(String(decoding: Array(whole.utf8.prefix(cut)), as: UTF8.self)) == .incomplete, "cut at \(cut)")
        }
    }

    @Test func anOversizedRequestLineIs414BeforeItEnds() {
        var limits = HTTPLimits()
        limits.maxRequestLineBytes = 100
        let long = "GET /" + String(repeating: "a", count: 200)
        #expect(status(long, limits: limits) == 414)
        let fits = "GET /" + String(repeating: "a", count: 86) + " HTTP/1.1"
        #expect(fits.utf8.count == 100)
        #expect(parse(fits + "\r\n", limits: limits) == .incomplete)
        #expect(status("GET /" + String(repeating: "a", count: 87) + " HTTP/1.1\r\n", limits: limits) == 414)
        #expect(status("GET /" + String(repeating: "a", count: 9000), limits: .standard) == 414)
    }

    @Test func oversizedOrTooManyHeadersAre431() {
        let big = "GET / HTTP/1.1\r\nHost: h\r\nX: " + String(repeating: "v", count: 17 * 1024)
        #expect(status(big) == 431)
        let many = "GET / HTTP/1.1\r\nHost: h\r\n" + (0..<70).map { "X-\($0): v\r\n" }.joined() + "\r\n"
        #expect(status(many) == 431)
    }

    @Test func anOversizedBodyIs413FromItsLength() {
        #expect(status("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1048577\r\n\r\n") == 413)
        #expect(status("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 99999999999999999999999\r\n\r\n") == 413)
        #expect(parse("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1048576\r\n\r\n") == .incomplete)
    }

    @Test(arguments: [
        ("GET /\r\n\r\n", 400),
        ("GET  / HTTP/1.1\r\nHost: h\r\n\r\n", 400),
        ("GET relative HTTP/1.1\r\nHost: h\r\n\r\n", 400),
        ("GET / HTTP/2.0\r\nHost: h\r\n\r\n", 505),
        ("G(T / HTTP/1.1\r\nHost: h\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost: h\r\nHost: i\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost: h\r\n folded\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost h\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost: h\nX: y\r\n\r\n", 400),
        ("GET /\u{0} HTTP/1.1\r\nHost: h\r\n\r\n", 400),
        ("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: -1\r\n\r\n", 400),
        ("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n", 400),
        ("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n", 411),
    ])
    func malformedRequestsAreRefused(text: String, expected: Int) {
        #expect(status(text) == expected)
    }

    @Test func everyRefusalIsA4xxOr5xxWithAMessage() {
        let refused = HTTPError(.badToken)
        let response = HTTPResponse(refused)
        #expect(response.status == .forbidden)
        #expect(String(decoding: response.body, as: UTF8.self).contains("token"))
        let text = String(decoding: response.serialized(), as: UTF8.self)
        #expect(text.hasPrefix("HTTP/1.1 403 Forbidden\r\n"))
        #expect(text.contains("Content-Security-Policy: default-src 'self'"))
        #expect(text.contains("frame-ancestors 'none'"))
        #expect(text.contains("X-Content-Type-Options: nosniff\r\n"))
        #expect(text.contains("Referrer-Policy: no-referrer\r\n"))
        #expect(text.contains("Connection: close\r\n"))
    }

    @Test func headResponsesHaveNoBody() {
        let response = HTTPResponse(status: .ok, contentType: MediaType.text, body: Array("hello".utf8))
        let head = String(decoding: response.serialized(head: true), as: UTF8.self)
        #expect(head.contains("Content-Length: 5\r\n"))
        #expect(head.hasSuffix("\r\n\r\n"))
    }
}
