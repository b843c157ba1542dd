import Synchronization

/// The files a run has read, by canonical path (absolute, links resolved), so that no output of the same
/// run is written over one of them: the selections file, `--last`, and every file of every edition
/// loaded, `example.toml` included.
///
/// A folder of reports is recorded once, as a ``ReportTree``, rather than file by file: a compile of a
/// million reports keeps one path, and every `.json` file the walk of that folder reads is covered by it.
///
/// Shared by every copy of a ``CommandContext``, and so by everything that reads through it.
public final class InputRegistry: Sendable {
    private let state = Mutex<(paths: Set<String>, trees: [ReportTree])>(([], []))

    /// An empty registry.
    public init() {}

    /// Records that the file at canonical path `path` was read.
    func record(_ path: String) {
        state.withLock { _ = $0.paths.insert(path) }
    }

    /// Records that the report files under `tree` are read (each without being recorded itself).
    func record(_ tree: ReportTree) {
        state.withLock { $0.trees.append(tree) }
    }

    /// Whether the file at canonical path `path` was read, by name.
    func contains(_ path: String) -> Bool {
        state.withLock { $0.paths.contains(path) }
    }

    /// Whether a file at canonical path `path` would be read as a report by the walk of a recorded tree.
    func covers(_ path: String) -> Bool {
        state.withLock { $0.trees.contains { $0.covers(path) } }
    }

    /// Every path read by name, sorted.
    var all: [String] { state.withLock { $0.paths.sorted() } }
}

/// A folder whose report files are all inputs: every regular `.json` file below it whose name, and the name
/// of every folder between, does not start with a dot (the files `ReportFiles` reads from it).
struct ReportTree: Sendable, Hashable {
    /// The folder's canonical path.
    var root: String

    /// Whether canonical path `path` names a file such a walk would read (if it is a regular file).
    func covers(_ path: String) -> Bool {
        let prefix = root.hasSuffix("/") ? root : root + "/"
        guard path.hasPrefix(prefix), path.hasSuffix(".json") else { return false }
        return !path.dropFirst(prefix.count).split(separator: "/").contains { $0.hasPrefix(".") }
    }
}
