/// One HTTP request as received: method, target, header fields (names lowercased, in order) and body.
public struct HTTPRequest: Sendable, Hashable {
    /// The method token as sent (`GET`, `POST`, ...); methods are case-sensitive.
    public var method: String
    /// The request target as sent (`/api/check`), query included.
    public var target: String
    /// The header fields in the order sent, names lowercased, values trimmed of surrounding spaces.
    public var headers: [(name: String, value: String)]
    /// The body: exactly `Content-Length` bytes.
    public var body: [UInt8]

    public init(method: String, target: String, headers: [(name: String, value: String)], body: [UInt8] = []) {
        self.method = method
        self.target = target
        self.headers = headers
        self.body = body
    }

    /// The value of the header named `name` (any case), or nil; the parser refuses repeated fields that matter.
    public func header(_ name: String) -> String? {
        let lowered = name.lowercased()
        return headers.first { $0.name == lowered }?.value
    }

    /// The target without its query.
    public var path: Substring {
        target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
    }

    public static func == (lhs: HTTPRequest, rhs: HTTPRequest) -> Bool {
        lhs.method == rhs.method && lhs.target == rhs.target && lhs.body == rhs.body
            && lhs.headers.map(\.name) == rhs.headers.map(\.name)
            && lhs.headers.map(\.value) == rhs.headers.map(\.value)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(method)
        hasher.combine(target)
        hasher.combine(body)
    }
}
