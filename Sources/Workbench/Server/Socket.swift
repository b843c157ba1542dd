#if canImport(Glibc)
    @preconcurrency import Glibc
#elseif canImport(Musl)
    @preconcurrency import Musl
#endif

/// The few C library calls the workbench needs: an IPv4 TCP listener, `accept` and `read` bounded by `poll`,
/// writes, threads, the stop signals and random bytes. This is the only file in Workbench that imports the
/// C library (STYLE pitfall 2).
enum Socket {
    /// What one bounded read gave.
    enum ReadResult: Equatable {
        case bytes([UInt8])
        case closed
        case timedOut
        case failed
    }

    /// Why a listener could not be made.
    struct ListenError: Error, CustomStringConvertible {
        var description: String
    }

    /// A socket listening on `address:port` (port 0: any free port), with the port it got.
    static func listen(address: String, port: UInt16) throws(ListenError) -> (descriptor: Int32, port: UInt16) {
        var binary = in_addr()
        guard inet_pton(AF_INET, address, &binary) == 1 else {
            throw ListenError(description: "'\(address)' is not an IPv4 address (such as 127.0.0.1)")
        }
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { throw ListenError(description: "cannot make a socket: \(errorText())") }
        var yes: Int32 = 1
        _ = setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var socketAddress = sockaddr_in()
        socketAddress.sin_family = sa_family_t(AF_INET)
        socketAddress.sin_port = port.bigEndian
        socketAddress.sin_addr = binary
        let bound = withUnsafePointer(to: &socketAddress) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, Glibc.listen(descriptor, 64) == 0 else {
            let text = errorText()
            _ = Glibc.close(descriptor)
            throw ListenError(description: "cannot listen on \(address):\(port): \(text)")
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &socketAddress) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        return (descriptor, UInt16(bigEndian: socketAddress.sin_port))
    }

    /// Waits up to `milliseconds` for `descriptor` to be readable; true when it is.
    static func waitReadable(_ descriptor: Int32, milliseconds: Int32) -> Bool {
        var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&entry, 1, milliseconds) > 0
    }

    /// A connection from `listener`, or nil when none is waiting.
    static func accept(_ listener: Int32) -> Int32? {
        let connection = Glibc.accept(listener, nil, nil)
        guard connection >= 0 else { return nil }
        _ = fcntl(connection, F_SETFD, FD_CLOEXEC)
        return connection
    }

    /// Up to `count` bytes, waiting at most `milliseconds` for them.
    static func read(_ descriptor: Int32, upTo count: Int, milliseconds: Int32) -> ReadResult {
        guard waitReadable(descriptor, milliseconds: milliseconds) else { return .timedOut }
        var buffer = [UInt8](repeating: 0, count: count)
        let received = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, count, 0) }
        if received < 0 { return errno == EINTR || errno == EAGAIN ? .bytes([]) : .failed }
        if received == 0 { return .closed }
        return .bytes(Array(buffer[0..<received]))
    }

    /// Sends all of `bytes`, giving up on an error (the client went away).
    static func write(_ descriptor: Int32, _ bytes: [UInt8]) {
        var sent = 0
        while sent < bytes.count {
            let result = bytes.withUnsafeBytes {
                send(descriptor, $0.baseAddress.map { $0 + sent }, bytes.count - sent, Int32(MSG_NOSIGNAL))
            }
            if result < 0, errno == EINTR { continue }
            guard result > 0 else { return }
            sent += result
        }
    }

    /// Ends the write side and closes `descriptor`.
    static func close(_ descriptor: Int32) {
        _ = shutdown(descriptor, Int32(SHUT_WR))
        _ = Glibc.close(descriptor)
    }

    /// `count` bytes from `/dev/urandom`, or nil when it cannot be read whole.
    static func randomBytes(_ count: Int) -> [UInt8]? {
        let descriptor = open("/dev/urandom", O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { _ = Glibc.close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let result = buffer.withUnsafeMutableBytes {
                Glibc.read(descriptor, $0.baseAddress.map { $0 + filled }, count - filled)
            }
            if result < 0, errno == EINTR { continue }
            guard result > 0 else { return nil }
            filled += result
        }
        return buffer
    }

    /// Runs `body` on a new detached thread; false when no thread could be made.
    static func spawn(_ body: @escaping @Sendable () -> Void) -> Bool {
        final class Box: Sendable {
            let body: @Sendable () -> Void
            init(_ body: @escaping @Sendable () -> Void) { self.body = body }
        }
        let context = Unmanaged.passRetained(Box(body)).toOpaque()
        var thread = pthread_t()
        let made = pthread_create(
            &thread, nil,
            { raw in
                guard let raw else { return nil }
                Unmanaged<Box>.fromOpaque(raw).takeRetainedValue().body()
                return nil
            }, context)
        guard made == 0 else {
            Unmanaged<Box>.fromOpaque(context).release()
            return false
        }
        pthread_detach(thread)
        return true
    }

    /// Blocks SIGINT and SIGTERM in the calling thread (and the threads it makes), so that
    /// ``waitForStopSignal()`` receives them instead of the process being killed mid-write.
    static func blockStopSignals() {
        var set = stopSignals()
        pthread_sigmask(SIG_BLOCK, &set, nil)
    }

    /// Waits for SIGINT or SIGTERM (blocked first with ``blockStopSignals()``) and returns its number.
    static func waitForStopSignal() -> Int32 {
        var set = stopSignals()
        var number: Int32 = 0
        while sigwait(&set, &number) != 0 {}
        return number
    }

    private static func stopSignals() -> sigset_t {
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        sigaddset(&set, SIGTERM)
        return set
    }

    private static func errorText() -> String {
        String(cString: strerror(errno))
    }
}
