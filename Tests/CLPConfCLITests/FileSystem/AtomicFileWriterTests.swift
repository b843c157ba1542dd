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
        #expect(throws: CLIError(.writeFailed(path: "nowhere/x.md", detail: "folder 'nowhere' does not exist"))) {
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

    @Test func aFailedWriteRemovesTheTemporaryFileEveryTime() {
        fileSystem.failWrites()
        for _ in 0..<5 {
            #expect(throws: CLIError(.writeFailed(path: "out/old.md", detail: "no space left on device"))) {
                try writer.write(Array("new contents\n".utf8), to: "out/old.md", inputs: [])
            }
        }
        #expect(fileSystem.allFiles == ["/work/in.toml", "/work/out/old.md"])
        #expect(fileSystem.text("out/old.md") == "old\n")
        let created = fileSystem.operations.compactMap { operation -> String? in
            if case .create(let path) = operation { return path }
            return nil
        }
        #expect(created.count == 5)
        for path in created { #expect(fileSystem.operations.contains(.remove(path))) }
    }

    @Test func aFailedRenameLeavesNoTemporaryFileForANewTarget() {
        fileSystem.failMoves()
        #expect(throws: CLIError.self) { try writer.write([1], to: "out/new.md", inputs: []) }
        #expect(fileSystem.allFiles == ["/work/in.toml", "/work/out/old.md"])
    }

    @Test(arguments: [FileStatus.Kind.fifo, .characterDevice, .blockDevice, .socket])
    func refusesWhatIsNotARegularFile(kind: FileStatus.Kind) {
        fileSystem.addSpecial("out/special", kind)
        #expect(throws: CLIError(.outputNotRegular(path: "out/special", kind: kind))) {
            try writer.write([1], to: "out/special", inputs: [])
        }
        #expect(fileSystem.operations.isEmpty)
        #expect(fileSystem.kind("out/special") == kind)
    }

    @Test func refusesALinkToASpecialFileOrToNothing() {
        fileSystem.addSpecial("/dev/null", .characterDevice)
        fileSystem.addLink("out/null-link", to: "/dev/null")
        fileSystem.addLink("out/dangling", to: "nowhere/at-all")
        #expect(throws: CLIError(.outputNotRegular(path: "out/null-link", kind: .characterDevice))) {
            try writer.write([1], to: "out/null-link", inputs: [])
        }
        #expect(throws: CLIError(.outputNotRegular(path: "out/dangling", kind: .symbolicLink))) {
            try writer.write([1], to: "out/dangling", inputs: [])
        }
        #expect(fileSystem.operations.isEmpty)
    }

    @Test func aLinkToARegularFileReplacesTheFileItPointsTo() throws {
        fileSystem.addLink("out/link.md", to: "old.md")
        try writer.write(Array("new\n".utf8), to: "out/link.md", inputs: [])
        #expect(fileSystem.kind("out/link.md") == .symbolicLink)
        #expect(fileSystem.text("out/old.md") == "new\n")
    }

    @Test func aFileParentIsNamed() {
        #expect(throws: CLIError(.writeFailed(path: "in.toml/x.md", detail: "'in.toml' is not a folder"))) {
            try writer.write([1], to: "in.toml/x.md", inputs: [])
        }
    }

    /// Every file read through the context is refused as an output, however the path is spelt.
    @Test(arguments: ["in.toml", "./in.toml", "/work/in.toml", "out/../in.toml", "link.toml", "out/up/in.toml"])
    func contextRefusesAnythingItRead(output: String) throws {
        let harness = CommandHarness(files: ["in.toml": "a = 1\n"])
        harness.fileSystem.addLink("link.toml", to: "in.toml")
        harness.fileSystem.addLink("out/up", to: "/work")
        let context = harness.context(output: OutputBuffer(), errors: OutputBuffer())
        _ = try context.readFile("in.toml", as: .selections)
        #expect(throws: CLIError(.outputIsInput(path: output))) {
            try context.writeFile([1], to: output)
        }
        #expect(harness.fileSystem.text("in.toml") == "a = 1\n")
    }
}
