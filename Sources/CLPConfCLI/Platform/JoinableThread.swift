import Synchronization

/// A started thread that is joined exactly once, however many callers ask (``WarmThread`` joins on `wait()`,
/// `cancel()` and in its deinitializer; ``TwoThreadPipeline`` when the run ends).
final class JoinableThread: Sendable {
    private let handle: Mutex<Platform.ThreadHandle?>

    /// Starts `body` on a new thread; when none can be started, ``join()`` returns at once.
    init(_ body: @escaping @Sendable () -> Void) {
        handle = Mutex(Platform.startThread(body))
    }

    /// Waits for the thread to finish (the first call only; later calls return at once).
    func join() {
        let running = handle.withLock { handle in
            defer { handle = nil }
            return handle
        }
        if let running { Platform.join(running) }
    }
}
