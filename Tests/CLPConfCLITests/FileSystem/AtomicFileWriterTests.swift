import Testing

@testable import CLPConfCLI

@Suite struct AtomicFileWriterTests {
    let fileSystem = InMemoryFileSystem(files: ["in.toml": "a = 1\n", "out/old.md": "old\n"])

    var writer: AtomicFileWriter {
        AtomicFileWriter(fileSystem: fileSystem, currentDirectory: fileSystem.currentDirectory)
    }

    @Test func writesATemporaryFileBesideTheTargetThenRenames() throws {
        try writer.write(Array("new\n".utf8), to: "out/old.md", inputs: ["in.toml"])
        #expect(fileSystem.text("out/old.md") == "new\n")
        let operations = fileSystem.operations
        #expect(operations.count == 2)
        guard case .create(let temporary) = operations.first else {
            Issue.record("expected a create first, got \(operations)")
            return
        }
        #expect(FilePath.directory(of: temporary) == "/work/out")
        #expect(FilePath.lastComponent(of: temporary).hasPrefix(".old.md.tmp-"))
        #expect(operations.last == .move(temporary, "/work/out/old.md"))
        #expect(fileSystem.allFiles == ["/work/in.toml", "/work/out/old.md"])
    }

    @Test func temporaryNamesAreUnique() throws {
        try writer.write([1], to: "x", inputs: [])
        try writer.write([2], to: "x", inputs: [])
        let created = fileSystem.operations.compactMap { operation -> String? in
            if case .create(let path) = operation { return path }
            return nil
        }
        #expect(Set(created).count == 2)
    }

    @Test(arguments: ["in.toml", "./in.toml", "/work/in.toml", "out/../in.toml", "/work//./in.toml"])
    func refusesToOverwriteAnInput(output: String) {
        #expect(throws: CLIError(.outputIsInput(path: output))) {
            try writer.write([1], to: output, inputs: ["in.toml"])
        }
        #expect(fileSystem.operations.isEmpty)
        #expect(fileSystem.text("in.toml") == "a = 1\n")
    }

    @Test func refusesADirectory() {
        #expect(throws: CLIError(.isDirectory(path: "out"))) {
            try writer.write([1], to: "out", inputs: [])
        }
    }

    @Test func aFailedRenameRemovesTheTemporaryFileAndKeepsTheOld() throws {
        fileSystem.failMoves()
        #expect(throws: CLIError(.writeFailed(path: "out/old.md", detail: "disk full"))) {
            try writer.write([1], to: "out/old.md", inputs: [])
        }
        #expect(fileSystem.text("out/old.md") == "old\n")
        #expect(fileSystem.allFiles == ["/work/in.toml", "/work/out/old.md"])
    }

    @Test func aMissingDirectoryIsAWriteError() {
        #expect(throws: CLIError(.writeFailed(path: "nowhere/x.md", detail: "no such file or directory"))) {
            try writer.write([1], to: "nowhere/x.md", inputs: [])
        }
    }

    @Test func contextWriteChecksInputs() {
        let harness = CommandHarness(files: ["in.toml": "a = 1\n"])
        let context = harness.context(output: OutputBuffer(), errors: OutputBuffer())
        #expect(throws: CLIError(.outputIsInput(path: "./in.toml"))) {
            try context.writeFile([1], to: "./in.toml", inputs: ["in.toml"])
        }
    }
}
