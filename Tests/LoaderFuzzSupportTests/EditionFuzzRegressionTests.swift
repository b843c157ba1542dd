import Diagnostics
import Foundation
import LoaderFuzzSupport
import Rulebook
import Testing

/// Inputs the edition fuzzer (`Sources/edition-fuzz`) found, kept so they stay fixed: each is split into
/// files by the fuzzer's own ``EditionSplitter``, loaded, and every diagnostic must point inside the file it names.
@Suite struct EditionFuzzRegressionTests {
    static let folder = String(#filePath.dropLast("EditionFuzzRegressionTests.swift".count)) + "Fixtures/"

    @Test func repeatedAndGeneratedNamesNeverCollide() {
        // The fourth part repeats "x.toml"; the name it would be given, "sections/3-6.toml", the input already
        // gave the second part (the collision the fuzzer found), so it is numbered on.
        let input = "a = 1\n#---- sections/3-6.toml\nb = 2\n#---- x.toml\nc = 3\n#---- x.toml\nd = 4\n"
        let paths = EditionSplitter.split(Array(input.utf8)).map(\.path)
        #expect(paths == ["edition.toml", "sections/3-6.toml", "x.toml", "sections/4-6.toml"])
    }

    @Test(arguments: ["edition-range-1146976c.bin"])
    func everyDiagnosticIsInsideItsFile(_ name: String) throws {
        let data = try #require(FileManager.default.contents(atPath: Self.folder + name))
        let files = EditionSplitter.split([UInt8](data))
        #expect(Set(files.map(\.path)).count == files.count, "two parts of one folder share a name")
        let header = try #require(files.first)
        let result = EditionLoader.load(
            EditionSource(folderName: "fuzz", edition: header, sections: Array(files.dropFirst())))
        let sizes = Dictionary(files.map { ($0.path, $0.bytes.count) }, uniquingKeysWith: { first, _ in first })
        for diagnostic in result.diagnostics {
            for location in [diagnostic.location] + diagnostic.notes.map(\.location) {
                guard let location, let limit = sizes[location.file] else { continue }
                #expect(
                    location.range.lowerBound >= 0 && location.range.upperBound <= limit,
                    "\(diagnostic.code) \(diagnostic.message) at \(location.file) \(location.range), file of \(limit) bytes")
            }
        }
    }
}
