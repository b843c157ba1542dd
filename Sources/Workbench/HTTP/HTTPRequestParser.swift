/// Reads one HTTP/1.1 request from the bytes received so far: a pure function of the bytes and the limits,
/// so every malformed or hostile request can be tested without a socket.
///
/// The parser is called again each time more bytes arrive; it answers ``Outcome/incomplete`` until the
/// request line, the headers and the whole body are there, and refuses as soon as a limit is passed (an
/// endless request line is refused at its 8 KiB-and-first byte, not when it ends).
public enum HTTPRequestParser {
    /// What the bytes so far amount to.
    public enum Outcome: Sendable, Hashable {
        /// More bytes are needed.
        case incomplete
        /// A whole request.
        case request(HTTPRequest)
        /// A request the server refuses, with the status to answer.
        case refused(HTTPError)
    }

    /// Parses `bytes` (everything the connection has sent) against `limits`.
    public static func parse(_ bytes: [UInt8], limits: HTTPLimits = .standard) -> Outcome {
        guard let lineEnd = find(crlf, in: bytes[...], from: 0, before: limits.maxRequestLineBytes + 1) else {
            if bytes.count >= limits.maxRequestLineBytes + 2 {
                return .refused(HTTPError(.requestLineTooLong(limit: limits.maxRequestLineBytes)))
            }
            return .incomplete
        }
        let headerStart = lineEnd + 2
        let headerEnd: Int
        if bytes.count >= headerStart + 2, bytes[headerStart] == cr, bytes[headerStart + 1] == lf {
            headerEnd = headerStart
        } else if let end = find(
            blankLine, in: bytes[...], from: headerStart, before: headerStart + limits.maxHeaderBytes - 1)
        {
            headerEnd = end + 2
        } else {
            if bytes.count - headerStart >= limits.maxHeaderBytes + 2 {
                return .refused(HTTPError(.headersTooLarge(limit: limits.maxHeaderBytes)))
            }
            return .incomplete
        }
        do {
            let (method, target) = try requestLine(bytes[0..<lineEnd])
            let headers = try headerFields(bytes[headerStart..<headerEnd], limits: limits)
            let length = try contentLength(headers, limits: limits)
            let bodyStart = headerEnd + 2
            guard bytes.count >= bodyStart + length else { return .incomplete }
            return .request(
                HTTPRequest(
                    method: method, target: target, headers: headers,
                    body: Array(bytes[bodyStart..<(bodyStart + length)])
                ))
        } catch {
            return .refused(error)
        }
    }

    /// `METHOD SP target SP HTTP/1.x`, with a token for a method and a target of visible ASCII.
    static func requestLine(_ line: ArraySlice<UInt8>) throws(HTTPError) -> (String, String) {
        let parts = line.split(separator: space, omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, parts[0].allSatisfy(isTokenByte),
            parts[1].first == slash, parts[1].allSatisfy({ $0 > space && $0 < 0x7F })
        else { throw HTTPError(.malformedRequestLine) }
        let version = String(decoding: parts[2], as: UTF8.self)
        guard version == "HTTP/1.1" || version == "HTTP/1.0" else {
            guard version.hasPrefix("HTTP/"), parts[2].allSatisfy({ $0 > space && $0 < 0x7F }) else {
                throw HTTPError(.malformedRequestLine)
            }
            throw HTTPError(.unsupportedVersion(version))
        }
        return (String(decoding: parts[0], as: UTF8.self), String(decoding: parts[1], as: UTF8.self))
    }

    /// `Name: value` lines (no folded lines, no control bytes), names lowercased; `Host` is required and,
    /// like `Content-Length`, may not be repeated.
    static func headerFields(_ section: ArraySlice<UInt8>, limits: HTTPLimits) throws(HTTPError) -> [(
        name: String, value: String
    )] {
        var fields: [(name: String, value: String)] = []
        var start = section.startIndex
        var number = 0
        while start < section.endIndex {
            let end = find(crlf, in: section, from: start) ?? section.endIndex
            let line = section[start..<end]
            number += 1
            guard fields.count < limits.maxHeaderCount else {
                throw HTTPError(.tooManyHeaders(limit: limits.maxHeaderCount))
            }
            guard let colon = line.firstIndex(of: colonByte), colon > line.startIndex,
                line[line.startIndex..<colon].allSatisfy(isTokenByte),
                line[(colon + 1)...].allSatisfy({ $0 == tab || ($0 >= space && $0 != 0x7F) })
            else { throw HTTPError(.malformedHeader(line: number)) }
            let name = String(decoding: line[line.startIndex..<colon], as: UTF8.self).lowercased()
            let rawValue = line[(colon + 1)...].drop { $0 == space || $0 == tab }
            let trimmed = rawValue.reversed().drop { $0 == space || $0 == tab }.reversed()
            fields.append((name, String(decoding: trimmed, as: UTF8.self)))
            start = end + 2
        }
        for name in ["host", "content-length", "origin", "content-type", WorkbenchHeaders.token]
        where fields.filter({ $0.name == name }).count > 1 {
            throw HTTPError(.duplicateHeader(name))
        }
        guard fields.contains(where: { $0.name == "host" }) else { throw HTTPError(.missingHost) }
        return fields
    }

    /// The body's length: 0 without `Content-Length`; refused with `Transfer-Encoding` (411) or when the
    /// number is not digits or is over the limit (413), worked out without overflow.
    static func contentLength(_ fields: [(name: String, value: String)], limits: HTTPLimits) throws(HTTPError) -> Int {
        if fields.contains(where: { $0.name == "transfer-encoding" }) { throw HTTPError(.transferEncoding) }
        guard let text = fields.first(where: { $0.name == "content-length" })?.value else { return 0 }
        guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
            throw HTTPError(.badContentLength)
        }
        guard let length = Int(text), length <= limits.maxBodyBytes else {
            throw HTTPError(.bodyTooLarge(length: Int(text) ?? Int.max, limit: limits.maxBodyBytes))
        }
        return length
    }

    /// The index of the first `pattern` in `bytes` from `start`, looking only at matches that start before
    /// `limit` (so an endless line is not scanned to its end).
    static func find(_ pattern: [UInt8], in bytes: ArraySlice<UInt8>, from start: Int, before limit: Int = .max)
        -> Int?
    {
        let last = Swift.min(bytes.endIndex - pattern.count, limit - 1)
        guard start <= last else { return nil }
        var index = start
        while index <= last {
            if bytes[index] == pattern[0], pattern.indices.allSatisfy({ bytes[index + $0] == pattern[$0] }) {
                return index
            }
            index += 1
        }
        return nil
    }

    /// RFC 9110 `tchar`.
    static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
        case UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "&"),
            UInt8(ascii: "'"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."),
            UInt8(ascii: "^"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "|"), UInt8(ascii: "~"):
            true
        default: false
        }
    }

    private static let cr = UInt8(ascii: "\r")
    private static let lf = UInt8(ascii: "\n")
    private static let space = UInt8(ascii: " ")
    private static let tab = UInt8(ascii: "\t")
    private static let slash = UInt8(ascii: "/")
    private static let colonByte = UInt8(ascii: ":")
    private static let crlf: [UInt8] = [cr, lf]
    private static let blankLine: [UInt8] = [cr, lf, cr, lf]
}

/// The names of the workbench's own header fields.
public enum WorkbenchHeaders {
    /// The per-session token every state-changing request carries.
    public static let token = "x-clpconf-token"
}
