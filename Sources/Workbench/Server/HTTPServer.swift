import Synchronization

/// A small HTTP/1.1 server on a loopback (or given) IPv4 address: one request per connection, answered and
/// closed; each connection on its own thread, at most ``HTTPLimits/maxConnections`` at once; every read
/// bounded in bytes and time. What a request means is the handler's business.
public final class HTTPServer: Sendable {
    /// The address listened on.
    public let address: String
    /// The port listened on (the one the system chose when asked for port 0).
    public let port: UInt16
    private let listener: Int32
    private let limits: HTTPLimits
    private let state = Mutex(State())

    private struct State {
        var stopping = false
        var running = false
        var active = 0
    }

    /// Listens on `address:port` (port 0 for any free port).
    ///
    /// - Throws: ``HTTPServerError`` when the address is not IPv4 or the port cannot be had.
    public init(address: String, port: UInt16, limits: HTTPLimits = .standard) throws(HTTPServerError) {
        do {
            (listener, self.port) = try Socket.listen(address: address, port: port)
        } catch {
            throw HTTPServerError(description: error.description)
        }
        self.address = address
        self.limits = limits
    }

    /// Accepts connections, answering each request with `handler`, until ``stop()``; then closes the
    /// listener and returns.
    public func run(_ handler: @escaping @Sendable (HTTPRequest) -> HTTPResponse) {
        state.withLock { $0.running = true }
        while !state.withLock({ $0.stopping }) {
            guard Socket.waitReadable(listener, milliseconds: 100), let connection = Socket.accept(listener) else {
                continue
            }
            let admitted = state.withLock { state -> Bool in
                guard state.active < limits.maxConnections else { return false }
                state.active += 1
                return true
            }
            guard admitted else {
                Socket.write(connection, HTTPResponse(HTTPError(.busy)).serialized())
                Socket.close(connection)
                continue
            }
            let spawned = Socket.spawn { [self] in
                serve(connection, handler)
                state.withLock { $0.active -= 1 }
            }
            if !spawned {
                state.withLock { $0.active -= 1 }
                Socket.write(connection, HTTPResponse(HTTPError(.busy)).serialized())
                Socket.close(connection)
            }
        }
        Socket.close(listener)
        state.withLock { $0.running = false }
    }

    /// Runs ``run()`` on a thread of its own (for tests); false when no thread could be made.
    public func start(_ handler: @escaping @Sendable (HTTPRequest) -> HTTPResponse) -> Bool {
        Socket.spawn { [self] in run(handler) }
    }

    /// Runs ``run(_:)`` on this thread until SIGINT or SIGTERM (Ctrl-C), then returns the signal's number;
    /// requests being answered finish first, and the signal never interrupts a write of the file.
    public func runUntilStopSignal(_ handler: @escaping @Sendable (HTTPRequest) -> HTTPResponse) -> Int32 {
        Socket.blockStopSignals()
        final class Received: Sendable {
            let number = Mutex<Int32>(0)
        }
        let received = Received()
        let waiting = Socket.spawn { [self] in
            let number = Socket.waitForStopSignal()
            received.number.withLock { $0 = number }
            stop()
        }
        guard waiting else { return 0 }
        run(handler)
        return received.number.withLock { $0 }
    }

    /// Asks ``run()`` to return; connections being served finish first.
    public func stop() {
        state.withLock { $0.stopping = true }
    }

    /// How many connections are being served now.
    public var activeConnections: Int { state.withLock { $0.active } }

    /// Reads one request (within the limits and the time allowed), answers it and closes the connection.
    func serve(_ connection: Int32, _ handler: @Sendable (HTTPRequest) -> HTTPResponse) {
        let reply = receive(connection)
        switch reply {
        case .success(let request):
            let response = handler(request)
            Socket.write(connection, response.serialized(head: request.method == "HEAD"))
        case .failure(let error):
            Socket.write(connection, HTTPResponse(error).serialized())
        }
        Socket.close(connection)
    }

    private func receive(_ connection: Int32) -> Result<HTTPRequest, HTTPError> {
        let clock = ContinuousClock()
        let deadline = clock.now + limits.readTimeout
        var received: [UInt8] = []
        while true {
            let left = deadline - clock.now
            guard left > .zero else { return .failure(HTTPError(.timedOut)) }
            let milliseconds = Int32(
                clamping: left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000 + 1)
            switch Socket.read(connection, upTo: 64 * 1024, milliseconds: milliseconds) {
            case .bytes(let bytes):
                received += bytes
                switch HTTPRequestParser.parse(received, limits: limits) {
                case .incomplete: continue
                case .request(let request): return .success(request)
                case .refused(let error): return .failure(error)
                }
            case .timedOut: return .failure(HTTPError(.timedOut))
            case .closed, .failed: return .failure(HTTPError(.malformedRequestLine))
            }
        }
    }
}

/// Why the server could not start listening.
public struct HTTPServerError: Error, Sendable, CustomStringConvertible {
    public var description: String
}
