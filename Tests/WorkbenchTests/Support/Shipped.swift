import Foundation
import JSON
import Rulebook
import Synchronization
import Workbench

/// The shipped editions and examples, read from the repository, and a workbench over them whose writes are
/// recorded instead of reaching any file.
enum Shipped {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    struct Unreadable: Error { var path: String }

    static func bytes(_ path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: root + "/" + path) else { throw Unreadable(path: path) }
        return [UInt8](data)
    }

    static func example(_ name: String) throws -> String {
        String(decoding: try bytes("examples/" + name), as: UTF8.self)
    }

    /// `menus/<id>`, loaded.
    static func edition(_ id: String) throws -> Edition {
        let folder = "menus/" + id
        let names = try FileManager.default.contentsOfDirectory(atPath: root + "/" + folder + "/sections")
            .filter { $0.hasSuffix(".toml") }.sorted()
        let source = EditionSource(
            folderName: id, edition: .init(path: folder + "/edition.toml", bytes: try bytes(folder + "/edition.toml")),
            sections: try names.map { .init(path: folder + "/sections/" + $0, bytes: try bytes(folder + "/sections/" + $0)) })
        guard let edition = EditionLoader.load(source).edition else { throw Unreadable(path: folder) }
        return edition
    }

    static let editions: [String: Edition] = {
        var loaded: [String: Edition] = [:]
        for id in ["2012", "2019"] { loaded[id] = try? edition(id) }
        return loaded
    }()
}

/// A file in memory that records every write.
final class MemoryFile: Sendable {
    private let state: Mutex<(text: String?, writes: [String])>

    init(_ text: String?) {
        state = Mutex((text, []))
    }

    var text: String? { state.withLock { $0.text } }
    var writes: [String] { state.withLock { $0.writes } }

    func environment(path: String? = "riverside.toml", clock: String = "2026-06-14T19:32:05Z") -> WorkbenchEnvironment {
        WorkbenchEnvironment(
            filePath: path, readFile: { [self] in state.withLock { $0.text.map { Array($0.utf8) } } },
            writeFile: { [self] bytes in
                state.withLock {
                    $0.text = String(decoding: bytes, as: UTF8.self)
                    $0.writes.append(String(decoding: bytes, as: UTF8.self))
                }
            }, editionIDs: ["2012", "2019"],
            loadEdition: { id in
                Shipped.editions[id].map { .success($0) } ?? .failure(EditionUnavailable("not loaded"))
            }, clock: { clock })
    }
}
