/// Maps a request to its handler: the host check, the path check, the method, and for a state-changing
/// request the origin, token and content-type checks, each refusal an ``HTTPError`` answered in one place.
public struct Router: Sendable {
    /// One method at one path.
    public struct Route: Sendable {
        public var method: String
        public var path: String
        public var handler: @Sendable (HTTPRequest) throws(HTTPError) -> HTTPResponse

        public init(
            _ method: String, _ path: String,
            handler: @escaping @Sendable (HTTPRequest) throws(HTTPError) -> HTTPResponse
        ) {
            self.method = method
            self.path = path
            self.handler = handler
        }
    }

    /// The methods the workbench serves at all; any other is 405.
    public static let methods = ["GET", "HEAD", "POST"]

    public let routes: [Route]
    public let requestGuard: RequestGuard

    public init(routes: [Route], requestGuard: RequestGuard) {
        self.routes = routes
        self.requestGuard = requestGuard
    }

    /// The response to `request`: its handler's, or the refusal.
    public func respond(to request: HTTPRequest) -> HTTPResponse {
        do {
            return try route(request)
        } catch {
            return HTTPResponse(error)
        }
    }

    private func route(_ request: HTTPRequest) throws(HTTPError) -> HTTPResponse {
        try requestGuard.checkHost(request)
        let path = try RequestPath.check(request.path)
        let atPath = routes.filter { $0.path == path }
        guard !atPath.isEmpty else {
            guard Self.methods.contains(request.method) else {
                throw HTTPError(.methodNotAllowed(allowed: Self.methods))
            }
            throw HTTPError(.notFound)
        }
        let method = request.method == "HEAD" ? "GET" : request.method
        guard Self.methods.contains(request.method), let route = atPath.first(where: { $0.method == method }) else {
            var allowed = atPath.map(\.method)
            if allowed.contains("GET") { allowed.append("HEAD") }
            throw HTTPError(.methodNotAllowed(allowed: allowed))
        }
        if route.method == "POST" { try requestGuard.checkWrite(request) }
        return try route.handler(request)
    }
}
