import Foundation
import Testing

@testable import CLPConfCLI

/// The live context copies only the environment variables clpconf reads, so every variable a command
/// looks up must be on ``CommandContext/environmentVariables``.
@Suite struct EnvironmentTests {
    @Test func setVariablesAreCopiedAndUnsetOnesLeftOut() {
        let name = "CLPCONF_TEST_ENVIRONMENT_PROBE_\(getpid())"
        setenv(name, "a value, with = and spaces", 1)
        defer { unsetenv(name) }
        let values = Platform.environment([name, name + "_UNSET"])
        #expect(values == [name: "a value, with = and spaces"])
    }

    @Test func everyVariableTheCommandsReadIsCopied() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../Sources/CLPConfCLI").standardized
        let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        var read: Set<String> = []
        for case let file as URL in files where file.pathExtension == "swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in text.matches(of: /environment\["([A-Z_]+)"\]/) { read.insert(String(match.1)) }
        }
        #expect(read.contains("CLPCONF_MENUS"), "the scan found the lookups")
        #expect(read.isSubset(of: CommandContext.environmentVariables), "read but never copied: \(read)")
    }
}
