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
    private let state = Mutex<(paths: Set<String>, trees: Set<ReportTree>)>(([], []))

    /// An empty registry.
    public init() {}

    /// Records that the file at canonical path `path` was read.
    func record(_ path: String) {
        state.withLock { _ = $0.paths.insert(path) }
    }

    /// Records that the report files under `tree` are read (each without being recorded itself).
    func record(_ tree: ReportTree) {
        state.withLock { _ = $0.trees.insert(tree) }
    }

    /// Whether the file at canonical path `path` was read, by name.
    func contains(_ path: String) -> Bool {
        state.withLock { $0.paths.contains(path) }
    }

    /// Whether a file at canonical path `path` would be read as a report by the walk of a recorded tree.
    func covers(_ path: String) -> Bool {
        // Only a `.json` name can be a report (letters and summaries never are), so most outputs are settled
        // without looking at the folders.
        path.utf8.count > 5 && path.utf8.suffix(5).elementsEqual(".json".utf8)
            && state.withLock { $0.trees.contains { $0.covers(path) } }
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
    ///
    /// The path is split on `/` bytes, as the file system splits it (a name may begin with a combining mark,
    /// which as characters would join the slash before it), and each name is then judged as the walk judges
    /// the names it lists.
    func covers(_ path: String) -> Bool {
        let slash = UInt8(ascii: "/")
        var prefix = Array(root.utf8)
        if prefix.last != slash { prefix.append(slash) }
        let bytes = Array(path.utf8)
        guard bytes.count > prefix.count, bytes.starts(with: prefix) else { return false }
        let names = bytes[prefix.count...].split(separator: slash).map { String(decoding: $0, as: UTF8.self) }
        guard let file = names.last, file.hasSuffix(".json") else { return false }
        return !names.contains { $0.hasPrefix(".") }
    }
}
