/// The checks that keep other sites and other hosts' names out: the `Host` header must name this server
/// (no DNS rebinding), and a state-changing request must come from the page itself (its `Origin`), carry
/// the session's token and send JSON (no cross-site form posts).
public struct RequestGuard: Sendable {
    /// The `host:port` forms that name this server, lowercased.
    public let hosts: [String]
    /// The per-session token the page carries in ``WorkbenchHeaders/token``.
    public let token: String

    /// A guard for a server on `port`, reachable as `127.0.0.1`, `localhost` and `address`.
    public init(address: String, port: UInt16, token: String) {
        var names = ["127.0.0.1", "localhost", address.lowercased()]
        names = names.enumerated().filter { names.firstIndex(of: $0.element) == $0.offset }.map(\.element)
        hosts = names.map { "\($0):\(port)" }
        self.token = token
    }

    /// Refuses a request whose `Host` is not one of ``hosts`` (421).
    public func checkHost(_ request: HTTPRequest) throws(HTTPError) {
        guard let host = request.header("host")?.lowercased(), hosts.contains(host) else {
            throw HTTPError(.wrongHost)
        }
    }

    /// Refuses a state-changing request without this page's `Origin` or the session's token (403), or whose
    /// body is not declared as JSON (415).
    public func checkWrite(_ request: HTTPRequest) throws(HTTPError) {
        guard let origin = request.header("origin")?.lowercased(), hosts.contains(where: { "http://" + $0 == origin })
        else { throw HTTPError(.wrongOrigin) }
        guard let sent = request.header(WorkbenchHeaders.token), Self.sameBytes(sent, token) else {
            throw HTTPError(.badToken)
        }
        let mediaType = request.header("content-type")?.split(separator: ";").first?.lowercased()
        guard mediaType?.filter({ $0 != " " }) == "application/json" else { throw HTTPError(.unsupportedMediaType) }
    }

    /// Compares two strings in time that depends only on their lengths, not on where they first differ.
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        let left = Array(a.utf8)
        let right = Array(b.utf8)
        guard left.count == right.count else { return false }
        var difference: UInt8 = 0
        for index in left.indices { difference |= left[index] ^ right[index] }
        return difference == 0
    }
}
