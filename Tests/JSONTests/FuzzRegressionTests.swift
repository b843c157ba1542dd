import Diagnostics
import Foundation
import JSON
import Testing

/// Replays every input the fuzzer ever crashed on (see `docs/reliability.md`); each must now parse, render
/// its diagnostics, keep every location inside the input and, when valid, write back.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    static let folder = String(#filePath.dropLast("FuzzRegressionTests.swift".count)) + "Fixtures/fuzz-regressions/"

    static func fixtures() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted().filter { !$0.hasSuffix(".md") }
    }

    @Test("the fixture folder exists")
    func folderExists() throws {
        #expect(try FileManager.default.contentsOfDirectory(atPath: Self.folder).contains("README.md"))
    }

    @Test("each reproducer parses without crashing", arguments: try fixtures())
    func replay(name: String) throws {
        let bytes = try #require(FileManager.default.contents(atPath: Self.folder + name)).map { $0 }
        for keys in [JSONDuplicateKeys.reject, .keep] {
            let result = JSONParser.parse(bytes: bytes, path: "fuzz.json", duplicateKeys: keys)
            for diagnostic in result.diagnostics {
                let range = diagnostic.location?.range ?? 0..<0
                #expect(range.lowerBound >= 0 && range.upperBound <= bytes.count)
            }
            _ = JSONTestSupport.render(result)
            if result.isValid, let root = result.document?.root { #expect(JSONTestSupport.written(root) != nil) }
        }
    }
}
