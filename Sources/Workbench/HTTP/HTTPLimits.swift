/// Every limit the workbench's HTTP layer enforces, in one place: how long a request line may be, how many
/// headers and how many bytes of them, how large a body, how long a client may take to send its request and
/// how many connections are served at once.
public struct HTTPLimits: Sendable, Hashable {
    /// The longest request line (`GET /path HTTP/1.1`), in bytes, without its CRLF: beyond it, 414.
    public var maxRequestLineBytes = 8 * 1024
    /// The most header fields: beyond it, 431.
    public var maxHeaderCount = 64
    /// The longest header section (everything after the request line up to the blank line), in bytes: 431.
    public var maxHeaderBytes = 16 * 1024
    /// The largest body (`Content-Length`), in bytes: beyond it, 413.
    public var maxBodyBytes = 1024 * 1024
    /// How long a connection may take to send one whole request, from its first byte read: then 408.
    public var readTimeout: Duration = .seconds(10)
    /// How many connections are served at once; one more is answered 503 and closed.
    public var maxConnections = 16

    /// The limits the server runs with.
    public static let standard = HTTPLimits()

    /// The standard limits; change a field to tighten one (tests shorten ``readTimeout``).
    public init() {}
}
