import Synchronization

/// Works out `transform(0)`, `transform(1)`, … on this thread and one second thread, and hands each result to
/// a body on this thread in order: for independent pieces of work (one report each) whose results are folded
/// into one value in a fixed order, on a two-core machine.
///
/// The two threads take the next index from one counter, so neither waits while the other has work left (a
/// split fixed in advance left a core idle whenever the halves took different times), and one thread is
/// started for the whole run (starting one per batch cost milliseconds each on a virtual machine whose other
/// core slept). The second thread runs at most ``window`` results ahead of the body, so memory stays flat.
/// When no thread can be started, everything is done on this thread.
struct TwoThreadPipeline<Mapped: Sendable>: Sendable {
    /// How many results may wait for the body at once: as many as two batches of 64 did before, so the files
    /// a compile holds at once (a rejected one keeps up to 1 MiB of text) stay as few.
    var window = 128

    /// Calls `body(index, transform(index))` for every index in `0..<count`, in order, on this thread.
    func forEach(
        count: Int, _ transform: @escaping @Sendable (Int) -> Mapped, body: (Int, Mapped) -> Void
    ) {
        guard count > 1 else {
            for index in 0..<count { body(index, transform(index)) }
            return
        }
        let shared = Shared(count: count, window: max(window, 1))
        let worker = JoinableThread {
            while case .claimed(let index) = shared.claim(waitingForRoom: true) {
                shared.store(transform(index), at: index)
            }
        }
        for index in 0..<count {
            var idle = 0
            while true {
                if let value = shared.take(index) {
                    body(index, value)
                    break
                }
                // The result is still being worked out on the other thread: work on the next one meanwhile,
                // or, when there is none to take, wait for it.
                if case .claimed(let next) = shared.claim(waitingForRoom: false) {
                    shared.store(transform(next), at: next)
                    idle = 0
                } else {
                    Self.pause(&idle)
                }
            }
        }
        worker.join()
    }

    /// Gives the core away: at once for a few turns, then for a few microseconds at a time.
    static func pause(_ turns: inout Int) {
        turns += 1
        if turns < 64 { Platform.yieldProcessor() } else { Platform.sleep(microseconds: 20) }
    }

    /// What the two threads share: the next index to take, and the results not yet handed to the body.
    private final class Shared: Sendable {
        enum Claim {
            case claimed(Int)
            /// Every index is taken.
            case done
            /// The window is full: nothing may be taken until the body catches up.
            case full
        }

        struct State {
            var nextIndex = 0
            var handedOn = 0
            var results: [Mapped?]
        }

        let count: Int
        let window: Int
        let state: Mutex<State>

        init(count: Int, window: Int) {
            self.count = count
            self.window = window
            state = Mutex(State(results: Array(repeating: nil, count: min(window, count))))
        }

        /// The next index to work out; the second thread waits while the window is full.
        func claim(waitingForRoom: Bool) -> Claim {
            var idle = 0
            while true {
                let claim: Claim = state.withLock { state in
                    guard state.nextIndex < count else { return .done }
                    guard state.nextIndex < state.handedOn + window else { return .full }
                    defer { state.nextIndex += 1 }
                    return .claimed(state.nextIndex)
                }
                guard case .full = claim, waitingForRoom else { return claim }
                TwoThreadPipeline.pause(&idle)
            }
        }

        func store(_ value: Mapped, at index: Int) {
            state.withLock { $0.results[index % window] = value }
        }

        /// The result for `index` (the next the body needs), if it has been worked out.
        func take(_ index: Int) -> Mapped? {
            state.withLock { state in
                let slot = index % window
                guard let value = state.results[slot] else { return nil }
                state.results[slot] = nil
                state.handedOn = index + 1
                return value
            }
        }
    }
}
