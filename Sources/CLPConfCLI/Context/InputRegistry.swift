import Synchronization

/// The files a run has read, by canonical path (absolute, links resolved), so that no output of the same
/// run is written over one of them: the selections file, `--last`, and every file of every edition
/// loaded, `example.toml` included.
///
/// Shared by every copy of a ``CommandContext``, and so by everything that reads through it.
public final class InputRegistry: Sendable {
    private let paths = Mutex<Set<String>>([])

    /// An empty registry.
    public init() {}

    /// Records that the file at canonical path `path` was read.
    func record(_ path: String) {
        paths.withLock { _ = $0.insert(path) }
    }

    /// Whether the file at canonical path `path` was read.
    func contains(_ path: String) -> Bool {
        paths.withLock { $0.contains(path) }
    }

    /// Every path read, sorted.
    var all: [String] { paths.withLock { $0.sorted() } }
}
