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

    @Test(arguments: [0, 1, 2, 63, 64, 1_001])
    func mapOnTwoThreadsKeepsTheElementsOrder(count: Int) {
        let squares = (0..<count).mapOnTwoThreads { $0 * $0 }
        #expect(squares == (0..<count).map { $0 * $0 })
        // A slice that does not start at zero, as the compile's batches do.
        let slice = Array(0..<(count + 10))[10...]
        #expect(slice.mapOnTwoThreads { -$0 } == slice.map { -$0 })
    }

    @Test(arguments: [0, 30, 100, -5, 250])
    func startedMappingGivesEveryElementInOrder(percentHere: Int) {
        let finish = (0..<101).startMappingOnTwoThreads(percentHere: percentHere) { $0 + 1 }
        #expect(finish() == Array(1...101))
    }

    @Test func mapOnTwoThreadsWorksOnASecondThread() {
        // The first half, on this thread, waits for a signal that only the second half sends: worked out one
        // after the other, it would give up before the second half began.
        let signal = Mutex(false)
        let seen = [0, 1].mapOnTwoThreads { index -> Bool in
            if index == 1 {
                signal.withLock { $0 = true }
                return true
            }
            for _ in 0..<10_000_000 where signal.withLock({ $0 }) { return true }
            return false
        }
        #expect(seen == [true, true])
    }
}
