import Foundation
import Testing

@testable import CLPConfCLI

/// The real file system, in a fresh temporary directory per test (absolute paths only: tests never
/// change the working directory).
@Suite struct LocalFileSystemTests {
    let directory: String
    let fileSystem = LocalFileSystem()

    init() throws {
        directory = NSTemporaryDirectory() + "clpconf-cli-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { directory + "/" + name }

    @Test func atomicWriteCreatesReplacesAndLeavesNoTemporaryFiles() throws {
        let writer = AtomicFileWriter(fileSystem: fileSystem, currentDirectory: directory)
        try writer.write(Array("one\n".utf8), to: "out.md", inputs: [])
        try writer.write(Array("two\n".utf8), to: "out.md", inputs: [])
        #expect(try fileSystem.readFile(at: path("out.md")) == Array("two\n".utf8))
        #expect(try fileSystem.contentsOfDirectory(at: directory) == ["out.md"])
    }

    @Test func streamedWriteJoinsThePiecesAndAFailedOneLeavesTheOldFile() throws {
        let writer = AtomicFileWriter(fileSystem: fileSystem, currentDirectory: directory)
        try writer.write(to: "out.json", inputs: []) { emit in
            for number in 0..<1_000 { emit("piece \(number)\n") }
        }
        let expected = (0..<1_000).map { "piece \($0)\n" }.joined()
        #expect(try fileSystem.readFile(at: path("out.json")) == Array(expected.utf8))
        struct Stop: Error {}
        #expect(throws: CLIError.self) {
            try writer.write(to: "out.json", inputs: []) { emit in
                emit("half")
                throw Stop()
            }
        }
        #expect(try fileSystem.readFile(at: path("out.json")) == Array(expected.utf8))
        #expect(try fileSystem.contentsOfDirectory(at: directory) == ["out.json"])
    }

    @Test func refusesAnInputReachedThroughASymbolicLink() throws {
        try Data("a = 1\n".utf8).write(to: URL(fileURLWithPath: path("in.toml")))
        try FileManager.default.createSymbolicLink(atPath: path("link.toml"), withDestinationPath: path("in.toml"))
        let writer = AtomicFileWriter(fileSystem: fileSystem, currentDirectory: directory)
        #expect(throws: CLIError(.outputIsInput(path: "link.toml"))) {
            try writer.write([1], to: "link.toml", inputs: ["in.toml"])
        }
        #expect(try fileSystem.readFile(at: path("in.toml")) == Array("a = 1\n".utf8))
    }

    @Test func writingThroughASymbolicLinkKeepsTheLink() throws {
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: path("real.md")))
        try FileManager.default.createSymbolicLink(atPath: path("link.md"), withDestinationPath: path("real.md"))
        let writer = AtomicFileWriter(fileSystem: fileSystem, currentDirectory: directory)
        try writer.write(Array("new\n".utf8), to: "link.md", inputs: [])
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: path("link.md")) == path("real.md"))
        #expect(try fileSystem.readFile(at: path("real.md")) == Array("new\n".utf8))
    }

    /// Files are read straight into the result: every size around the first read's capacity (the size
    /// `stat` gave, plus one) comes back byte for byte, and so does one larger than any read chunk.
    @Test(arguments: [0, 1, 2, 4095, 4096, 65_536, 300_001])
    func readsEveryByteOfFilesOfAnySize(size: Int) throws {
        let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 / 251) }
        try Data(bytes).write(to: URL(fileURLWithPath: path("sized")))
        #expect(try fileSystem.readFile(at: path("sized"), limit: nil) == bytes)
        #expect(try fileSystem.readFile(at: path("sized"), limit: size) == bytes)
        if size > 0 {
            #expect(throws: CLIError.self) { try fileSystem.readFile(at: path("sized"), limit: size - 1) }
        }
    }

    @Test func readErrorsAreTyped() throws {
        #expect(throws: CLIError(.fileNotFound(path: path("none")))) { try fileSystem.readFile(at: path("none")) }
        #expect(throws: CLIError(.isDirectory(path: directory))) { try fileSystem.readFile(at: directory) }
        #expect(throws: CLIError(.notDirectory(path: path("none")))) {
            try Data().write(to: URL(fileURLWithPath: path("none")))
            return try fileSystem.contentsOfDirectory(at: path("none"))
        }
    }

    @Test func aFolderThatCannotBeExaminedIsNotCalledMissing() throws {
        try FileManager.default.createSymbolicLink(atPath: path("a"), withDestinationPath: path("b"))
        try FileManager.default.createSymbolicLink(atPath: path("b"), withDestinationPath: path("a"))
        do {
            _ = try fileSystem.contentsOfDirectory(at: path("a"))
            Issue.record("a loop of links was listed")
        } catch let error as CLIError {
            #expect(error.description.contains("cannot read '\(path("a"))'"))
            #expect(error != CLIError(.fileNotFound(path: path("a"))))
        }
        #expect(throws: CLIError(.fileNotFound(path: path("none")))) {
            try fileSystem.contentsOfDirectory(at: path("none"))
        }
    }

    @Test func existsAndIsDirectory() throws {
        #expect(fileSystem.isDirectory(at: directory))
        #expect(fileSystem.fileExists(at: directory))
        #expect(!fileSystem.fileExists(at: path("none")))
        try fileSystem.createFile(at: path("f"), contents: [1, 2])
        #expect(fileSystem.fileExists(at: path("f")))
        #expect(!fileSystem.isDirectory(at: path("f")))
        #expect(throws: CLIError.self) { try fileSystem.createFile(at: path("f"), contents: []) }
    }
}
