import Foundation
import Testing

@testable import CLPConfCLI

/// `-o` on the real file system: only a new path or a regular file is written, never a FIFO, a device,
/// a folder or a link to one, and never a file the run read (issue 8, "Files").
@Suite(.timeLimit(.minutes(1))) struct OutputTargetTests {
    let scratch: ScratchDirectory
    let menus: String

    init() throws {
        scratch = try ScratchDirectory("output")
        menus = try scratch.copyMenus()
    }

    private func booklet(_ output: String, _ extra: [String] = []) -> CommandOutcome {
        scratch.run(["menu", "booklet", "2019", "--menus", menus, "-o", output] + extra)
    }

    @Test func aFIFOIsRefusedAndStaysAFIFO() throws {
        let fifo = try scratch.makeFIFO("pipe")
        let outcome = booklet(fifo)
        #expect(outcome.exitCode == .usageOrIOError)
        #expect(outcome.standardError.contains("refusing to write '\(fifo)': it is a named pipe (FIFO)"))
        #expect(scratch.kind("pipe") == "fifo")
        #expect(try scratch.contents() == ["menus", "pipe"])
        scratch.remove()
    }

    @Test func aDeviceIsRefusedAndStaysADevice() throws {
        guard let device = scratch.makeNullDevice("null") else { return }  // needs root
        let outcome = booklet(device)
        #expect(outcome.exitCode == .usageOrIOError)
        #expect(outcome.standardError.contains("refusing to write '\(device)': it is a device"))
        #expect(scratch.kind("null") == "device")
        #expect(try scratch.contents() == ["menus", "null"])
        scratch.remove()
    }

    /// The real /dev/null, through a file system that would refuse to create or rename anything in
    /// /dev, so a regression cannot replace the machine's device.
    @Test func devNullIsRefusedAndStaysADevice() {
        let output = OutputBuffer()
        let errors = OutputBuffer()
        let context = CommandContext(
            standardOutput: output.sink, standardError: errors.sink, currentDirectory: scratch.path,
            fileSystem: GuardedFileSystem())
        let code = CommandRunner(root: RootCommand.self).run(
            ["menu", "booklet", "2019", "--menus", menus, "-o", "/dev/null"], context: context)
        #expect(code == .usageOrIOError)
        #expect(errors.text.contains("refusing to write '/dev/null': it is a device"))
        #expect(scratch.kind("/dev/null") == "device")
        scratch.remove()
    }

    @Test func aLinkToAFolderOrToNothingIsRefused() throws {
        let folder = try scratch.makeDirectory("folder")
        let toFolder = try scratch.makeLink("to-folder", to: folder)
        let dangling = try scratch.makeLink("dangling", to: scratch.file("nothing-here"))
        let folderOutcome = booklet(toFolder)
        #expect(folderOutcome.exitCode == .usageOrIOError)
        #expect(folderOutcome.standardError.contains("is a directory"))
        let danglingOutcome = booklet(dangling)
        #expect(danglingOutcome.exitCode == .usageOrIOError)
        #expect(danglingOutcome.standardError.contains("refusing to write '\(dangling)': it is a symbolic link to"))
        #expect(scratch.kind("nothing-here") == "missing")
        #expect(scratch.kind("dangling") == "link")
        #expect(try scratch.contents("folder").isEmpty)
        scratch.remove()
    }

    @Test func aLinkToARegularFileReplacesTheFileAndKeepsTheLink() throws {
        let real = try scratch.write("real.md", "old\n")
        let link = try scratch.makeLink("link.md", to: real)
        let outcome = booklet(link)
        #expect(outcome.exitCode == .success, "\(outcome.standardError)")
        #expect(scratch.kind("link.md") == "link")
        #expect(try scratch.text("real.md").hasPrefix("# "))
        scratch.remove()
    }

    /// Today the booklet refuses the edition's menu files but not its example.toml.
    @Test(arguments: ["menus/2019/example.toml", "./menus/2019/example.toml", "menus/../menus/2019/example.toml"])
    func theEditionsExampleIsAnInput(output: String) throws {
        let before = try scratch.text("menus/2019/example.toml")
        let outcome = booklet(output)
        #expect(outcome.exitCode == .usageOrIOError)
        #expect(outcome.standardError.contains("refusing to overwrite input file"))
        #expect(try scratch.text("menus/2019/example.toml") == before)
        scratch.remove()
    }

    @Test func aLinkToAnInputIsAnInput() throws {
        let link = try scratch.makeLink("example-link.toml", to: menus + "/2019/example.toml")
        let before = try scratch.text("menus/2019/example.toml")
        let outcome = booklet(link)
        #expect(outcome.exitCode == .usageOrIOError)
        #expect(outcome.standardError.contains("refusing to overwrite input file"))
        #expect(try scratch.text("menus/2019/example.toml") == before)
        scratch.remove()
    }

    @Test func buildRefusesTheEditionsExampleAndLastYear() throws {
        let file = try scratch.write(
            "ours.toml", try String(contentsOfFile: Golden.repositoryRoot + "/examples/eastbrook-2022.toml", encoding: .utf8))
        let build = scratch.run(["build", file, "--menus", menus, "-o", "menus/2019/example.toml"])
        #expect(build.exitCode == .usageOrIOError)
        #expect(build.standardError.contains("refusing to overwrite input file"))
        let check = scratch.run(["build", file, "--menus", menus, "-o", "./ours.toml"])
        #expect(check.exitCode == .usageOrIOError)
        #expect(check.standardError.contains("refusing to overwrite input file"))
        scratch.remove()
    }

    @Test func aMissingOrFileParentIsNamed() throws {
        try scratch.write("plain", "x\n")
        let missing = booklet("no-such-folder/booklet.md")
        #expect(missing.exitCode == .usageOrIOError)
        #expect(missing.standardError.contains("cannot write 'no-such-folder/booklet.md': folder 'no-such-folder' does not exist"))
        let notFolder = booklet("plain/booklet.md")
        #expect(notFolder.exitCode == .usageOrIOError)
        #expect(notFolder.standardError.contains("cannot write 'plain/booklet.md': 'plain' is not a folder"))
        scratch.remove()
    }

    @Test func initRefusesAFIFOWithoutOpeningIt() throws {
        let fifo = try scratch.makeFIFO("pipe.toml")
        let outcome = scratch.run(["init", "--edition", "2019", "--menus", menus, "-o", fifo])
        #expect(outcome.exitCode == .usageOrIOError)
        #expect(scratch.kind("pipe.toml") == "fifo")
        scratch.remove()
    }
}

/// The real file system for reading and checking, but creating and renaming anything under /dev fails.
struct GuardedFileSystem: FileSystem {
    let real = LocalFileSystem()

    private func refuseDevices(_ path: String) throws {
        if path.hasPrefix("/dev/") { throw CLIError(.writeFailed(path: path, detail: "guarded in tests")) }
    }

    func status(of path: String, followsLinks: Bool) throws -> FileStatus? {
        try real.status(of: path, followsLinks: followsLinks)
    }
    func readFile(at path: String, limit: Int?) throws -> [UInt8] { try real.readFile(at: path, limit: limit) }
    func createFile(at path: String, contents: [UInt8]) throws {
        try refuseDevices(path)
        try real.createFile(at: path, contents: contents)
    }
    func moveItem(at source: String, replacing destination: String) throws {
        try refuseDevices(destination)
        try real.moveItem(at: source, replacing: destination)
    }
    func removeItem(at path: String) throws {
        try refuseDevices(path)
        try real.removeItem(at: path)
    }
    func createDirectory(at path: String) throws { try real.createDirectory(at: path) }
    func fileExists(at path: String) -> Bool { real.fileExists(at: path) }
    func isDirectory(at path: String) -> Bool { real.isDirectory(at: path) }
    func contentsOfDirectory(at path: String) throws -> [String] { try real.contentsOfDirectory(at: path) }
    func canonicalPath(_ absolutePath: String) -> String { real.canonicalPath(absolutePath) }
}
