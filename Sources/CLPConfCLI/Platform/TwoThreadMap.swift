extension RandomAccessCollection where SubSequence: Sendable, Element: Sendable, Index == Int {
    /// `map(transform)`, the second half of the elements worked out on a ``SecondThread`` while this thread
    /// works out the first: for independent pieces of work (one report each) on a two-core machine. The
    /// results are in the elements' order, as `map` gives them.
    func mapOnTwoThreads<Mapped: Sendable>(_ transform: @escaping @Sendable (Element) -> Mapped) -> [Mapped] {
        startMappingOnTwoThreads(percentHere: 50, transform)()
    }

    /// Starts `map(transform)` on a ``SecondThread`` for all but the first `percentHere` per cent of the
    /// elements, and returns what works out those first ones on the calling thread and then collects the
    /// rest, in order. The caller may do other work in between, while the second thread runs.
    func startMappingOnTwoThreads<Mapped: Sendable>(
        percentHere: Int, _ transform: @escaping @Sendable (Element) -> Mapped
    ) -> () -> [Mapped] {
        let split = startIndex + count * Swift.min(Swift.max(percentHere, 0), 100) / 100
        let first = self[..<split]
        let second = self[split...]
        let later = SecondThread { second.map(transform) }
        return { first.map(transform) + later.wait() }
    }
}
