import Synchronization
import Testing

@testable import CLPConfCLI

@Suite struct WarmThreadTests {
    @Test func theValueIsTheWorkOnTheInputGivenLater() {
        let sum = WarmThread { (limit: Int) in (1...limit).reduce(0, +) }
        sum.start(100_000)
        #expect(sum.wait() == 5_000_050_000)
        // Asked again, the same value; the work is not run twice.
        #expect(sum.wait() == 5_000_050_000)
    }

    @Test func onlyTheFirstInputCounts() {
        let runs = Mutex(0)
        let echo = WarmThread { (text: String) -> String in
            runs.withLock { $0 += 1 }
            return text
        }
        echo.start("first")
        echo.start("second")
        #expect(echo.wait() == "first")
        #expect(runs.withLock { $0 } == 1)
    }

    /// Counts how often its thread's work ran.
    struct Counted {
        final class Runs: Sendable {
            let count = Mutex(0)
        }

        let runs = Runs()
        let thread: WarmThread<Int, Int>

        init() {
            let runs = self.runs
            thread = WarmThread { _ in
                runs.count.withLock { $0 += 1 }
                return 1
            }
        }
    }

    @Test func withoutAnInputThereIsNoValueAndNoWork() {
        let never = Counted()
        #expect(never.thread.wait() == nil)
        never.thread.start(1)
        #expect(never.thread.wait() == nil)
        #expect(never.runs.count.withLock { $0 } == 0)
    }

    @Test func aCancelledThreadEndsAndIgnoresLaterInput() {
        let cancelled = Counted()
        cancelled.thread.cancel()
        cancelled.thread.start(1)
        #expect(cancelled.thread.wait() == nil)
        #expect(cancelled.runs.count.withLock { $0 } == 0)
    }

    @Test func aThreadDroppedBeforeItsInputEnds() {
        // Dropping it joins the thread: this returns only because the waiting thread sees it must stop.
        do {
            _ = WarmThread { (value: Int) in value }
        }
        let started = WarmThread { (value: Int) in value * 2 }
        started.start(21)
        #expect(started.wait() == 42)
    }

    @Test func theWorkRunsOnTheSecondThreadAsSoonAsItsInputIsGiven() {
        // The caller sees the work begin before it asks for the value: done by `wait()` on this thread instead,
        // it would not have begun by then.
        let began = Mutex(false)
        let waiter = WarmThread { (value: Int) -> Int in
            began.withLock { $0 = true }
            return value + 1
        }
        waiter.start(1)
        for _ in 0..<50_000_000 where !began.withLock({ $0 }) {}
        #expect(began.withLock { $0 })
        #expect(waiter.wait() == 2)
    }
}
