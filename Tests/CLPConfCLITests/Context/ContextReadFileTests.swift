import Testing

@testable import CLPConfCLI

/// ``CommandContext/readFile(_:as:)`` on the in-memory file system: each kind of wrong input has its
/// own message, nothing but a regular file is opened, and sizes are checked against the kind's limit.
@Suite struct ContextReadFileTests {
    let harness = CommandHarness(files: ["ok.toml": "a = 1\n"])

    private var context: CommandContext { harness.context(output: OutputBuffer(), errors: OutputBuffer()) }

    @Test(arguments: [FileStatus.Kind.fifo, .characterDevice, .blockDevice, .socket])
    func aSpecialFileIsNamedAndNeverOpened(kind: FileStatus.Kind) {
        harness.fileSystem.addSpecial("special", kind)
        #expect(throws: CLIError(.notRegularFile(path: "special", kind: kind))) {
            try context.readFile("special", as: .selections)
        }
        #expect(harness.fileSystem.reads.isEmpty)
    }

    @Test func aFIFOIsNotPermissionDenied() {
        harness.fileSystem.addSpecial("pipe.toml", .fifo)
        let outcome = harness.run(["check", "pipe.toml"])
        #expect(outcome.exitCode == .usageOrIOError)
        #expect(
            outcome.standardError == "error: 'pipe.toml' is a named pipe (FIFO), not a regular file; clpconf reads only regular files\n")
    }

    @Test func missingFolderAndLinkToNothing() {
        harness.fileSystem.addDirectory("folder")
        harness.fileSystem.addLink("dangling", to: "nothing")
        #expect(throws: CLIError(.fileNotFound(path: "none.toml"))) { try context.readFile("none.toml", as: .selections) }
        #expect(throws: CLIError(.isDirectory(path: "folder"))) { try context.readFile("folder", as: .selections) }
        #expect(throws: CLIError(.fileNotFound(path: "dangling"))) { try context.readFile("dangling", as: .menu) }
    }

    @Test func sizeLimitsByKind() throws {
        let limit = InputKind.tenMegabytes
        harness.fileSystem.addFile("big.toml", String(repeating: "\n", count: limit + 1))
        harness.fileSystem.addFile("edge.toml", String(repeating: "\n", count: limit))
        #expect(throws: CLIError(.tooLarge(path: "big.toml", limit: limit, noun: "a selections file"))) {
            try context.readFile("big.toml", as: .selections)
        }
        #expect(throws: CLIError(.tooLarge(path: "big.toml", limit: limit, noun: "a menu file"))) {
            try context.readFile("big.toml", as: .menu)
        }
        #expect(try context.readFile("big.toml", as: .unlimited).count == limit + 1)
        #expect(try context.readFile("edge.toml", as: .selections).count == limit)
        #expect(
            CLIError(.tooLarge(path: "big.toml", limit: limit, noun: "a selections file")).description
                == "'big.toml' is larger than 10 MB, the limit for a selections file; is it the right file?")
    }

    @Test func readsAreRecordedByCanonicalPath() throws {
        harness.fileSystem.addLink("link.toml", to: "ok.toml")
        let context = self.context
        _ = try context.readFile("link.toml", as: .selections)
        #expect(context.inputs.all == ["/work/ok.toml"])
    }

    @Test func menusThatIsAFileIsAUsageErrorInMemoryToo() {
        let outcome = CommandHarness(files: ["menus.txt": "x"]).run(["menu", "list", "--menus", "menus.txt"])
        #expect(outcome.exitCode == .usageOrIOError)
        #expect(outcome.standardError.hasPrefix("error: --menus 'menus.txt' is not a folder"))
    }
}
