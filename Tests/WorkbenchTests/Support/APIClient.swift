import Diagnostics
import JSON
import Workbench

/// Calls the workbench's API in process, through its router (host, origin and token as the page sends them).
struct APIClient {
    let router: Router
    let token: String
    static let host = "127.0.0.1:8765"

    init(_ workbench: Workbench) {
        router = workbench.router(address: "127.0.0.1", port: 8765)
        token = workbench.token
    }

    /// The status and the JSON answer of `method path` with `body`.
    func call(_ method: String, _ path: String, _ body: String? = nil) -> (status: Int, json: JSONNode?) {
        var headers: [(name: String, value: String)] = [("host", Self.host)]
        if body != nil {
            headers += [
                ("origin", "http://" + Self.host), (WorkbenchHeaders.token, token), ("content-type", "application/json"),
            ]
        }
        let response = router.respond(
            to: HTTPRequest(method: method, target: path, headers: headers, body: Array((body ?? "").utf8)))
        let parsed = JSONParser.parse(bytes: response.body, path: "answer")
        return (response.status.rawValue, parsed.document?.root)
    }

    /// A JSON string literal, written by the Diagnostics writer.
    static func quoted(_ text: String) -> String { JSONValue.string(text).rendered() }
}
