import Rulebook

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Reads an edition folder the way the CLI does, for the fuzz target's fixed edition.
enum FuzzEditionFiles {
    static func load(_ folder: String) -> Edition? {
        func file(_ path: String) -> EditionSource.File? {
            FileManager.default.contents(atPath: folder + "/" + path).map {
                EditionSource.File(path: path, bytes: [UInt8]($0))
            }
        }
        guard let header = file("edition.toml") else { return nil }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder + "/sections")) ?? []
        let sections = names.filter { $0.hasSuffix(".toml") }.sorted().compactMap { file("sections/" + $0) }
        let name = folder.split(separator: "/").last.map(String.init) ?? folder
        return EditionLoader.load(EditionSource(folderName: name, edition: header, sections: sections)).edition
    }
}
