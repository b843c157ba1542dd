import Diagnostics
import TOML
import Testing

/// Replays every input the fuzzer ever crashed on (see `docs/reliability.md`); each must now parse, render
/// its diagnostics and keep every location inside the input.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    static func fixtures() throws -> [String] {
        let folder = String(#filePath.dropLast("FuzzRegressionTests.swift".count)) + "Fixtures/fuzz-regressions/"
        return try FixtureFolder.files(in: folder).filter { !$0.hasSuffix(".md") }
    }

    @Test("the fixture folder exists")
    func folderExists() throws {
        let folder = String(#filePath.dropLast("FuzzRegressionTests.swift".count)) + "Fixtures/fuzz-regressions/"
        #expect(try FixtureFolder.files(in: folder).contains { $0.hasSuffix("README.md") })
    }

    @Test("each reproducer parses without crashing", arguments: try fixtures())
    func replay(path: String) throws {
        let bytes = try FixtureFolder.read(path)
        let result = TOMLParser.parse(bytes: bytes, path: "fuzz.toml")
        TOMLTestSupport.checkLocations(result, byteCount: bytes.count)
        _ = TOMLTestSupport.render(result)
    }
}
