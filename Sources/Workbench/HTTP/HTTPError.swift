/// Why a request was refused: a status code and a sentence saying what was wrong, sent as the body of the
/// error response. Every refusal in the HTTP layer and the router is one of these, mapped to its status here.
public struct HTTPError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What was wrong, each case carrying what the message names.
    public enum Reason: Sendable, Hashable {
        case requestLineTooLong(limit: Int)
        case headersTooLarge(limit: Int)
        case tooManyHeaders(limit: Int)
        case bodyTooLarge(length: Int, limit: Int)
        case malformedRequestLine
        case malformedHeader(line: Int)
        case unsupportedVersion(String)
        case missingHost
        case duplicateHeader(String)
        case badContentLength
        case transferEncoding
        case timedOut
        case badPath
        case notFound
        case methodNotAllowed(allowed: [String])
        case wrongHost
        case wrongOrigin
        case badToken
        case unsupportedMediaType
        case badBody(String)
        case conflict(String)
        case busy
    }

    public var reason: Reason

    public init(_ reason: Reason) {
        self.reason = reason
    }

    /// The status code the refusal is answered with.
    public var status: HTTPStatus {
        switch reason {
        case .requestLineTooLong: .uriTooLong
        case .headersTooLarge, .tooManyHeaders: .headersTooLarge
        case .bodyTooLarge: .payloadTooLarge
        case .malformedRequestLine, .malformedHeader, .missingHost, .duplicateHeader, .badContentLength, .badPath:
            .badRequest
        case .unsupportedVersion: .versionNotSupported
        case .transferEncoding: .lengthRequired
        case .timedOut: .requestTimeout
        case .notFound: .notFound
        case .methodNotAllowed: .methodNotAllowed
        case .wrongHost: .misdirectedRequest
        case .wrongOrigin, .badToken: .forbidden
        case .unsupportedMediaType: .unsupportedMediaType
        case .badBody: .unprocessableContent
        case .conflict: .conflict
        case .busy: .serviceUnavailable
        }
    }

    /// The sentence sent to the client.
    public var description: String {
        switch reason {
        case .requestLineTooLong(let limit): "the request line is longer than \(limit) bytes"
        case .headersTooLarge(let limit): "the request's headers are longer than \(limit) bytes"
        case .tooManyHeaders(let limit): "the request has more than \(limit) header fields"
        case .bodyTooLarge(let length, let limit): "the body (\(length) bytes) is larger than \(limit) bytes"
        case .malformedRequestLine: "the request line is not 'METHOD /path HTTP/1.1'"
        case .malformedHeader(let line): "header line \(line) is not 'Name: value'"
        case .unsupportedVersion(let version): "'\(version)' is not HTTP/1.1 or HTTP/1.0"
        case .missingHost: "the request has no Host header"
        case .duplicateHeader(let name): "the request has more than one '\(name)' header"
        case .badContentLength: "Content-Length is not a decimal number of bytes"
        case .transferEncoding: "Transfer-Encoding is not accepted: send the body with a Content-Length"
        case .timedOut: "the request was not received in time"
        case .badPath: "the path has characters, segments or encodings the workbench does not serve"
        case .notFound: "nothing is served at this path"
        case .methodNotAllowed(let allowed): "this path answers only \(allowed.joined(separator: ", "))"
        case .wrongHost: "the Host header does not name this server"
        case .wrongOrigin: "the request does not come from the workbench's own page (Origin)"
        case .badToken: "the request does not carry this session's token"
        case .unsupportedMediaType: "the body must be application/json"
        case .badBody(let detail): detail
        case .conflict(let detail): detail
        case .busy: "the workbench is serving too many connections; try again"
        }
    }
}
