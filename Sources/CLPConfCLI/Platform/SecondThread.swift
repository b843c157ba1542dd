import Synchronization

/// A value worked out on a second thread while the caller goes on with other work, collected with
/// ``wait()``: half of a ``TwoThreadMap`` batch. (Work whose input comes later, such as the edition digest
/// of `build`, goes to a ``WarmThread`` started beforehand.) When no thread can be started the work is done
/// by ``wait()`` instead, so the value is the same either way.
final class SecondThread<Value: Sendable>: Sendable {
    /// Where the thread leaves its value; shared with the thread, which never holds the ``SecondThread``.
    private final class Slot: Sendable {
        let value = Mutex<Value?>(nil)
    }

    private let work: @Sendable () -> Value
    private let slot = Slot()
    private let thread: JoinableThread

    /// Starts `work` on a thread of its own.
    init(_ work: @escaping @Sendable () -> Value) {
        self.work = work
        let slot = self.slot
        thread = JoinableThread {
            let value = work()
            slot.value.withLock { $0 = value }
        }
    }

    /// The value, once the thread has finished (or worked out here when no thread was started).
    func wait() -> Value {
        thread.join()
        if let value = slot.value.withLock({ $0 }) { return value }
        let value = work()
        slot.value.withLock { $0 = value }
        return value
    }

    deinit {
        thread.join()
    }
}
