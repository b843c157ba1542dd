/// The one check every request path passes before routing: only letters, digits, `-`, `_`, `.` and `/`,
/// starting with `/`, with no empty, `.` or `..` segment. Percent-encodings, backslashes, NUL and every other
/// byte are refused, so no encoded form of a traversal can reach a route; and no route reads a file anyway.
enum RequestPath {
    /// `path` when it is one the router may look up.
    ///
    /// - Throws: ``HTTPError`` (400) for anything else.
    static func check(_ path: Substring) throws(HTTPError) -> String {
        guard path.first == "/",
            path.utf8.allSatisfy({ isPathByte($0) })
        else { throw HTTPError(.badPath) }
        let segments = path.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        if path != "/", segments.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) {
            throw HTTPError(.badPath)
        }
        return String(path)
    }

    private static func isPathByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
            UInt8(ascii: "/"):
            true
        default: false
        }
    }
}
