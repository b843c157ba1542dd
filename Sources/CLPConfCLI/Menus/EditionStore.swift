import Rulebook
import Synchronization

/// Owns the editions loaded in one process, by folder: a command that evaluates several files (or a
/// long-running server) loads each edition once, and memory does not grow with the number of files.
///
/// The store lives as long as the ``CommandContext`` that holds it; the real process keeps its context
/// until `exit`, so a loaded edition is reclaimed with the process rather than freed node by node.
public final class EditionStore: Sendable {
    private let loaded = Mutex<[String: EditionLoadResult]>([:])

    /// An empty store.
    public init() {}

    /// The edition in `directory`, loading it with `load` the first time it is asked for.
    func edition(in directory: String, load: () throws -> EditionLoadResult) rethrows -> EditionLoadResult {
        if let cached = loaded.withLock({ $0[directory] }) { return cached }
        let result = try load()
        loaded.withLock { $0[directory] = result }
        return result
    }

    /// How many editions are held.
    var count: Int { loaded.withLock { $0.count } }
}
