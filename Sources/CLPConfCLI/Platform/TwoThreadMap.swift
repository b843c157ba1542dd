extension RandomAccessCollection where SubSequence: Sendable, Element: Sendable, Index == Int {
    /// `map(transform)`, the second half of the elements worked out on a ``SecondThread`` while this thread
    /// works out the first: for independent pieces of work (one report each) on a two-core machine. The
    /// results are in the elements' order, as `map` gives them.
    func mapOnTwoThreads<Mapped: Sendable>(_ transform: @escaping @Sendable (Element) -> Mapped) -> [Mapped] {
        let half = startIndex + count / 2
        let second = self[half...]
        let later = SecondThread { second.map(transform) }
        return self[..<half].map(transform) + later.wait()
    }
}
