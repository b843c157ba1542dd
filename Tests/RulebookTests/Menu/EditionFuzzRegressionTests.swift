import Diagnostics
import Foundation
import Testing

@testable import Rulebook

/// Inputs the edition fuzzer (`Sources/edition-fuzz`) found, kept so they stay fixed: each is split into
/// files the way the fuzzer splits it, loaded, and every diagnostic must point inside the file it names.
@Suite struct EditionFuzzRegressionTests {
    static let folder = String(#filePath.dropLast("Menu/EditionFuzzRegressionTests.swift".count)) + "Fixtures/fuzz-regressions/"

    /// The fuzzer's splitter (kept the same as `EditionSplitter` in `Sources/edition-fuzz`): files start at lines
    /// `#---- PATH`; an empty name, or one already used, gets a number no other file has.
    static func split(_ bytes: [UInt8]) -> [EditionSource.File] {
        let marker = Array("#---- ".utf8)
        var files: [EditionSource.File] = []
        var path = "edition.toml"
        var start = 0
        var index = 0
        while index < bytes.count {
            let atLineStart = index == 0 || bytes[index - 1] == UInt8(ascii: "\n")
            if atLineStart, bytes[index...].starts(with: marker) {
                files.append(EditionSource.File(path: path, bytes: Array(bytes[start..<index])))
                var end = index
                while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
                let name = String(decoding: bytes[(index + marker.count)..<end], as: UTF8.self)
                // A generated name may equal one the input gave, so it too is checked, and numbered on.
                path = name
                var number = files.count
                while path.isEmpty || files.contains(where: { $0.path == path }) {
                    path = "sections/\(number)-\(name.count).toml"
                    number += 1
                }
                start = min(end + 1, bytes.count)
                index = start
                continue
            }
            index += 1
        }
        files.append(EditionSource.File(path: path, bytes: Array(bytes[start...])))
        return files
    }

    @Test(arguments: ["edition-range-1146976c.bin"])
    func everyDiagnosticIsInsideItsFile(_ name: String) throws {
        let data = try #require(FileManager.default.contents(atPath: Self.folder + name))
        let files = Self.split([UInt8](data))
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
