import Rulebook

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Reads an edition folder the way the CLI does, for the fuzz target's fixed edition, and finds the seeds.
enum FuzzEditionFiles {
    /// The edition in `folder` (`edition.toml` and `sections/*.toml`), or nil when it does not load.
    static func load(_ folder: String) -> Edition? {
        func file(_ path: String) -> EditionSource.File? {
            FileManager.default.contents(atPath: folder + "/" + path).map {
                EditionSource.File(path: path, bytes: [UInt8]($0))
            }
        }
        guard let header = file("edition.toml") else { return nil }
        let sections = tomlFiles(in: folder + "/sections").compactMap { file("sections/" + $0) }
        let name = folder.split(separator: "/").last.map(String.init) ?? folder
        return EditionLoader.load(EditionSource(folderName: name, edition: header, sections: sections)).edition
    }

    /// The paths `.ci/fuzz-loaders` copies into the corpus: `examples/*.toml` and `menus/*/example.toml`.
    static func seedPaths() -> [String] {
        let examples = tomlFiles(in: "examples").map { "examples/" + $0 }
        let editions = ((try? FileManager.default.contentsOfDirectory(atPath: "menus")) ?? []).sorted()
        return examples + editions.map { "menus/" + $0 + "/example.toml" }
    }

    /// The names of the `.toml` files in `folder`, sorted; none when it cannot be read.
    private static func tomlFiles(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".toml") }.sorted()
    }
}
