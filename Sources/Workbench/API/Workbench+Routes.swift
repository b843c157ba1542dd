import Diagnostics

/// The workbench's routes: the page and its assets, then the API (`docs/architecture.md`, "Workbench").
extension Workbench {
    var routes: [Router.Route] {
        let token = token
        return [
            Router.Route("GET", "/") { _ in .asset(PageAssets.page(token: token), type: MediaType.html) },
            Router.Route("GET", "/workbench.js") { _ in .asset(PageAssets.script, type: MediaType.javaScript) },
            Router.Route("GET", "/workbench.css") { _ in .asset(PageAssets.style, type: MediaType.css) },
            Router.Route("GET", "/icon.svg") { _ in .asset(PageAssets.icon, type: "image/svg+xml") },
            Router.Route("GET", "/api/session") { [self] _ throws(HTTPError) in .json(try session()) },
            post("/api/edition") { [self] request throws(HTTPError) in try describeEdition(request) },
            post("/api/template") { [self] request throws(HTTPError) in try template(request) },
            post("/api/check") { [self] request throws(HTTPError) in try check(request) },
            post("/api/save") { [self] request throws(HTTPError) in try save(request) },
            post("/api/amendment") { [self] request throws(HTTPError) in try amendment(request) },
            post("/api/adopt") { [self] request throws(HTTPError) in try adopt(request) },
        ]
    }

    /// A POST route whose JSON body is read as an ``APIRequest`` and whose answer is JSON.
    private func post(
        _ path: String, _ handler: @escaping @Sendable (APIRequest) throws(HTTPError) -> JSONValue
    ) -> Router.Route {
        Router.Route("POST", path) { request throws(HTTPError) in
            let clock = ContinuousClock()
            let start = clock.now
            var response = HTTPResponse.json(try handler(try APIRequest(request)))
            let elapsed = (clock.now - start).components
            let microseconds = elapsed.seconds * 1_000_000 + elapsed.attoseconds / 1_000_000_000_000
            response.extraHeaders["Server-Timing"] =
                "engine;dur=\(microseconds / 1000).\(String(microseconds % 1000 / 100))"
            return response
        }
    }
}

extension HTTPResponse {
    /// A 200 with one of the page's own files.
    static func asset(_ text: String, type: String) -> HTTPResponse {
        HTTPResponse(status: .ok, contentType: type, body: Array(text.utf8))
    }

    /// A 200 with a JSON answer, written through the project's JSON writer.
    static func json(_ value: JSONValue) -> HTTPResponse {
        HTTPResponse(status: .ok, contentType: MediaType.json, body: Array(JSONText.write(value).utf8))
    }
}
