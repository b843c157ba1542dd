import Synchronization

/// Work for a second thread that is started before its input exists, and kept running until the input is
/// handed over (``start(_:)``), so that the second core is awake when the work arrives.
///
/// `build` and `report` hash the edition on a second thread while they evaluate the year. Started only once the
/// edition was loaded, that thread began late on a virtual machine whose other core was idle (waking an idle
/// virtual CPU takes milliseconds), and the two threads barely overlapped. Started first, the thread spins
/// (yielding the core to anything else that wants it) while the edition loads, for at most
/// ``spinLimit`` turns, then checks once a millisecond. When no input ever comes (the file did not load),
/// ``cancel()`` or the deinitializer ends it. When no thread can be started, ``wait()`` does the work.
final class WarmThread<Input: Sendable, Value: Sendable>: Sendable {
    private enum State {
        case waiting
        case started(Input)
        case finished(Value)
        case cancelled
    }

    /// Shared with the thread, which never holds the ``WarmThread``.
    private final class Slot: Sendable {
        let state = Mutex<State>(.waiting)
    }

    /// How many times the thread yields before it checks for its input only once a millisecond: about as long
    /// as loading an edition takes, and a bound on the processor time spent waiting.
    static var spinLimit: Int { 20_000 }

    private let work: @Sendable (Input) -> Value
    private let slot = Slot()
    private let thread: JoinableThread

    /// Starts a thread that will run `work` on the input given to ``start(_:)``.
    init(_ work: @escaping @Sendable (Input) -> Value) {
        self.work = work
        let slot = self.slot
        thread = JoinableThread {
            var turns = 0
            while true {
                let input: Input? = slot.state.withLock { state in
                    switch state {
                    case .started(let input): return input
                    case .waiting, .finished, .cancelled: return nil
                    }
                }
                if let input {
                    let value = work(input)
                    slot.state.withLock { $0 = .finished(value) }
                    return
                }
                if slot.state.withLock({ if case .cancelled = $0 { true } else { false } }) { return }
                turns += 1
                if turns < Self.spinLimit { Platform.yieldProcessor() } else { Platform.sleep(microseconds: 1_000) }
            }
        }
    }

    /// Hands `input` to the thread, which starts the work at once.
    func start(_ input: Input) {
        slot.state.withLock { state in
            if case .waiting = state { state = .started(input) }
        }
    }

    /// Ends the thread without any work, when no input will come.
    func cancel() {
        slot.state.withLock { state in
            if case .waiting = state { state = .cancelled }
        }
        thread.join()
    }

    /// The value for the input given to ``start(_:)`` (worked out here when no thread was started), or nil when
    /// none was given (the thread is then ended).
    func wait() -> Value? {
        let given = slot.state.withLock { state -> Bool in
            switch state {
            case .waiting, .cancelled:
                state = .cancelled
                return false
            case .started, .finished: return true
            }
        }
        thread.join()
        guard given else { return nil }
        switch slot.state.withLock({ $0 }) {
        case .finished(let value): return value
        case .started(let input):
            // No thread ran: the work is done here.
            let value = work(input)
            slot.state.withLock { $0 = .finished(value) }
            return value
        case .waiting, .cancelled: return nil
        }
    }

    deinit {
        slot.state.withLock { state in
            if case .waiting = state { state = .cancelled }
        }
        thread.join()
    }
}
