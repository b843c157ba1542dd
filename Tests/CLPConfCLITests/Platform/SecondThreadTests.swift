import Synchronization
import Testing

@testable import CLPConfCLI

@Suite struct SecondThreadTests {
    @Test func theValueIsWhatTheWorkReturns() {
        let sum = SecondThread { (1...100_000).reduce(0, +) }
        #expect(sum.wait() == 5_000_050_000)
    }

    @Test func theWorkRunsOnceHoweverOftenTheValueIsAskedFor() {
        let runs = Mutex(0)
        let value = SecondThread {
            runs.withLock { $0 += 1 }
            return "done"
        }
        #expect(value.wait() == "done")
        #expect(value.wait() == "done")
        #expect(runs.withLock { $0 } == 1)
    }

    @Test func theWorkDoesNotHoldUpTheCaller() {
        // The work gives up unless the caller's signal comes while it runs: done before `init` returned, it
        // would give up; done on its own thread, it sees the signal the caller sends after `init`.
        let signal = Mutex(false)
        let value = SecondThread { () -> Bool in
            for _ in 0..<10_000_000 where signal.withLock({ $0 }) { return true }
            return false
        }
        signal.withLock { $0 = true }
        #expect(value.wait())
    }

    @Test func aThreadNeverWaitedForIsJoinedWhenDropped() {
        let finished = Mutex(false)
        do {
            _ = SecondThread { finished.withLock { $0 = true } }
        }
        #expect(finished.withLock { $0 })
    }
}
