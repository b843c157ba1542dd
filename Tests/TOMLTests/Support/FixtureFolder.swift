import Foundation

/// Reading fixture files found through `#filePath` (tests may use Foundation; the TOML module does not).
enum FixtureFolder {
    struct Missing: Error, CustomStringConvertible {
        let path: String
        var description: String { "cannot read '\(path)'" }
    }

    /// Full paths of the regular files in `folder`, sorted.
    static func files(in folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted().map { folder + $0 }
    }

    static func read(_ path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else { throw Missing(path: path) }
        return [UInt8](data)
    }
}
