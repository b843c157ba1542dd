import Foundation
import Testing

@testable import CLPConfCLI

/// A write error on stdout or stderr is reported and gives exit 2 (issue 8: `> /dev/full` exited 0).
@Suite struct OutputStreamTests {
    /// The `clpconf` executable built beside this test bundle, if it is there.
    static let executable: String? = {
        let bundle = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        let path = bundle.appendingPathComponent("clpconf").path
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }()

    /// Runs the real executable with stdout on /dev/full and returns its status and stderr.
    static func runIntoFullDevice(_ arguments: [String]) throws -> (status: Int32, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(executable))
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: Golden.repositoryRoot)
        process.standardOutput = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test(.enabled(if: executable != nil && FileManager.default.fileExists(atPath: "/dev/full")))
    func aFullStandardOutputExitsTwoWithAMessage() throws {
        for arguments in [["menu", "list"], ["check", "examples/eastbrook-2022.toml"], ["--help"], ["--version"]] {
            let result = try Self.runIntoFullDevice(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(
                result.errors.contains("error: cannot write to standard output: no space left on device"), "\(arguments): \(result.errors)")
        }
    }
}
