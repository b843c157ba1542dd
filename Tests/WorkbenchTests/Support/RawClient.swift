#if canImport(Glibc)
    @preconcurrency import Glibc
#endif

/// A bare TCP client for driving the server over a real socket: it sends exactly the bytes given (however
/// malformed), optionally slowly, and reads whatever comes back until the server closes.
enum RawClient {
    /// Sends `bytes` to 127.0.0.1:`port` (in `chunks` pieces `pause` apart) and returns the response text.
    static func exchange(port: UInt16, _ bytes: [UInt8], chunks: Int = 1, pause: Duration = .zero) -> String {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { return "" }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        inet_pton(AF_INET, "127.0.0.1", &address.sin_addr)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { return "" }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let size = max(1, (bytes.count + chunks - 1) / max(chunks, 1))
        var offset = 0
        while offset < bytes.count {
            let end = min(bytes.count, offset + size)
            let piece = Array(bytes[offset..<end])
            let sent = piece.withUnsafeBytes { send(descriptor, $0.baseAddress, piece.count, Int32(MSG_NOSIGNAL)) }
            if sent < 0 { break }
            offset = end
            if pause > .zero, bytes.count > offset { sleep(for: pause) }
        }
        var response: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, 65536, 0) }
            if count <= 0 { break }
            response += buffer[0..<count]
        }
        return String(decoding: response, as: UTF8.self)
    }

    /// Sends `text` as is.
    static func exchange(port: UInt16, _ text: String, chunks: Int = 1, pause: Duration = .zero) -> String {
        exchange(port: port, Array(text.utf8), chunks: chunks, pause: pause)
    }

    /// The status code on the response's first line, or 0.
    static func status(_ response: String) -> Int {
        let line = response.split(separator: "\r\n", maxSplits: 1).first ?? ""
        let parts = line.split(separator: " ")
        return parts.count >= 2 ? Int(parts[1]) ?? 0 : 0
    }

    /// Sleeps without blocking other threads' progress.
    static func sleep(for duration: Duration) {
        let (seconds, attoseconds) = duration.components
        var time = timespec(tv_sec: Int(seconds), tv_nsec: Int(attoseconds / 1_000_000_000))
        nanosleep(&time, nil)
    }
}
