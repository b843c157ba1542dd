/// One HTTP response: status, content type, body and any extra header fields. Serialised with the
/// security headers every workbench response carries and `Connection: close`.
public struct HTTPResponse: Sendable, Hashable {
    public var status: HTTPStatus
    /// The body's media type (`text/html; charset=utf-8`, `application/json`, ...).
    public var contentType: String
    public var body: [UInt8]
    /// Fields besides those every response has (`Allow` on a 405).
    public var extraHeaders: [String: String]

    public init(status: HTTPStatus, contentType: String, body: [UInt8], extraHeaders: [String: String] = [:]) {
        self.status = status
        self.contentType = contentType
        self.body = body
        self.extraHeaders = extraHeaders
    }

    /// A refusal: its status and its sentence as a JSON object `{"error": ..., "status": ...}`.
    public init(_ error: HTTPError) {
        var extra: [String: String] = [:]
        if case .methodNotAllowed(let allowed) = error.reason { extra["Allow"] = allowed.joined(separator: ", ") }
        let text = "{\"error\":" + JSONText.string(error.description) + ",\"status\":\(error.status.rawValue)}"
        self.init(status: error.status, contentType: MediaType.json, body: Array(text.utf8), extraHeaders: extra)
    }

    /// The fields every response carries: no framing from another site, no script or style but the page's
    /// own files, no sniffing, no referrer, no caching.
    public static let securityHeaders: [(String, String)] = [
        (
            "Content-Security-Policy",
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
                + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
        ),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "no-referrer"),
        ("X-Frame-Options", "DENY"),
        ("Cross-Origin-Resource-Policy", "same-origin"),
        ("Cross-Origin-Opener-Policy", "same-origin"),
        ("Cache-Control", "no-store"),
    ]

    /// The bytes sent: status line, fields, blank line and (unless `head`) the body.
    public func serialized(head: Bool = false) -> [UInt8] {
        var text = "HTTP/1.1 \(status.rawValue) \(status.reason)\r\n"
        text += "Content-Type: \(contentType)\r\nContent-Length: \(body.count)\r\nConnection: close\r\n"
        for (name, value) in Self.securityHeaders { text += "\(name): \(value)\r\n" }
        for name in extraHeaders.keys.sorted() { text += "\(name): \(extraHeaders[name] ?? "")\r\n" }
        text += "\r\n"
        return Array(text.utf8) + (head ? [] : body)
    }
}

/// The media types the workbench sends.
public enum MediaType {
    public static let json = "application/json; charset=utf-8"
    public static let html = "text/html; charset=utf-8"
    public static let javaScript = "text/javascript; charset=utf-8"
    public static let css = "text/css; charset=utf-8"
    public static let text = "text/plain; charset=utf-8"
}
