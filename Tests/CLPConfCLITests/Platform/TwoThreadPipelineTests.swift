import Synchronization
import Testing

@testable import CLPConfCLI

@Suite struct TwoThreadPipelineTests {
    @Test(arguments: [0, 1, 2, 255, 256, 257, 1_001], [1, 4, 256])
    func everyResultReachesTheBodyOnceInOrder(count: Int, window: Int) {
        var seen: [(Int, Int)] = []
        TwoThreadPipeline<Int>(window: window).forEach(count: count) {
            $0 * $0
        } body: {
            seen.append(($0, $1))
        }
        #expect(seen.map(\.0) == Array(0..<count))
        #expect(seen.map(\.1) == (0..<count).map { $0 * $0 })
    }

    @Test(arguments: [1, 8])
    func nothingIsWorkedOutMoreThanAWindowAhead(window: Int) {
        let started = Mutex(0)
        var furthestAhead = 0
        TwoThreadPipeline<Int>(window: window).forEach(count: 500) { index in
            started.withLock { $0 += 1 }
            return index
        } body: { index, _ in
            furthestAhead = max(furthestAhead, started.withLock { $0 } - (index + 1))
        }
        #expect(furthestAhead <= window)
        #expect(started.withLock { $0 } == 500)
    }

    @Test func theWorkIsSharedWithASecondThread() {
        // Each of the two pieces waits for a signal that only the other sends: worked out one after the other,
        // the first would give up before the second began.
        let signals = Mutex([false, false])
        var seen: [Bool] = []
        TwoThreadPipeline<Bool>().forEach(count: 2) { index -> Bool in
            signals.withLock { $0[index] = true }
            for _ in 0..<50_000_000 where signals.withLock({ $0[1 - index] }) { return true }
            return false
        } body: {
            seen.append($1)
        }
        #expect(seen == [true, true])
    }
}
