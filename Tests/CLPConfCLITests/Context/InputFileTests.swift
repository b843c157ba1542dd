import Foundation
import Testing

@testable import CLPConfCLI

/// Files named on the command line are what they claim: a missing file, a folder, a FIFO or a device
/// each gets its own message and exit 2 (never a block, never "permission denied"), and a file over
/// its kind's size limit is refused (issue 8, "Inputs that are not what they seem").
@Suite(.timeLimit(.minutes(1))) struct InputFileTests {
    let scratch: ScratchDirectory
    let menus = Golden.repositoryRoot + "/menus"
    let example = Golden.repositoryRoot + "/examples/eastbrook-2022.toml"

    init() throws {
        scratch = try ScratchDirectory("input")
    }

    @Test func aFIFOIsNamedAsOneAndNeverOpenedForAWait() throws {
        let fifo = try scratch.makeFIFO("pipe.toml")
        for arguments in [
            ["check", fifo], ["check", example, "--last", fifo], ["build", fifo], ["init", "--from", fifo],
            ["explain", "quorum", "--file", fifo], ["toml", fifo], ["diff", example, fifo],
        ] {
            let outcome = scratch.run(arguments + (arguments[0] == "toml" ? [] : ["--menus", menus]))
            #expect(outcome.exitCode == .usageOrIOError, "\(arguments)")
            #expect(
                outcome.standardError.contains("'\(fifo)' is a named pipe (FIFO), not a regular file"),
                "\(arguments): \(outcome.standardError)")
            #expect(!outcome.standardError.contains("permission denied"), "\(arguments)")
        }
        scratch.remove()
    }

    @Test func aDeviceIsNamedAsOne() {
        let outcome = scratch.run(["check", "/dev/zero", "--menus", menus])
        #expect(outcome.exitCode == .usageOrIOError)
        #expect(outcome.standardError.contains("'/dev/zero' is a device, not a regular file"))
        scratch.remove()
    }

    /// Today `--last` is read only after the file itself loads, so a bad file hides a missing `--last`.
    @Test func lastIsReadEvenWhenTheFileHasErrors() throws {
        let bad = try scratch.write("bad.toml", "edition = \"2019\"\nyear = = 2026\n")
        let missing = scratch.run(["check", bad, "--last", "no-such.toml", "--menus", menus])
        #expect(missing.exitCode == .usageOrIOError)
        #expect(missing.standardError.contains("no such file 'no-such.toml'"))
        let folder = scratch.run(["check", bad, "--last", scratch.path, "--menus", menus])
        #expect(folder.exitCode == .usageOrIOError)
        #expect(folder.standardError.contains("is a directory; expected a file"))
        let unknownEdition = try scratch.write("old.toml", "edition = \"2091\"\nyear = 2026\n")
        let hidden = scratch.run(["check", unknownEdition, "--last", "no-such.toml", "--menus", menus])
        #expect(hidden.exitCode == .usageOrIOError)
        scratch.remove()
    }

    @Test func aSelectionsFileOverTenMegabytesIsRefused() throws {
        let big = scratch.file("big.toml")
        #expect(FileManager.default.createFile(atPath: big, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: big))
        try handle.truncate(atOffset: 10 * 1024 * 1024 + 1)
        try handle.close()
        let outcome = scratch.run(["check", big, "--menus", menus])
        #expect(outcome.exitCode == .usageOrIOError)
        #expect(outcome.standardError.contains("'\(big)' is larger than 10 MB, the limit for a selections file"))
        // `toml` keeps no limit: the same file is read (it is ten megabytes of NUL bytes, so not valid TOML).
        let toml = scratch.run(["toml", big])
        #expect(toml.exitCode == .invalidInput)
        #expect(!toml.standardError.contains("larger than"))
        scratch.remove()
    }

    @Test func aSelectionsFileOfExactlyTenMegabytesIsRead() throws {
        var bytes = Array(try String(contentsOfFile: example, encoding: .utf8).utf8)
        let padding = 10 * 1024 * 1024 - bytes.count
        bytes += [UInt8(ascii: "#")] + Array(repeating: UInt8(ascii: " "), count: padding - 2) + [UInt8(ascii: "\n")]
        let path = try scratch.write("padded.toml", bytes: bytes)
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int == 10 * 1024 * 1024)
        let outcome = scratch.run(["check", path, "--menus", menus, "--no-fixes"])
        #expect(outcome.exitCode == .success, "\(outcome.standardError)")
        scratch.remove()
    }

    @Test func aMenuFileOverTenMegabytesIsRefused() throws {
        let copied = try scratch.copyMenus()
        let section = copied + "/2019/sections/99_padding.toml"
        #expect(FileManager.default.createFile(atPath: section, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: section))
        try handle.truncate(atOffset: 10 * 1024 * 1024 + 1)
        try handle.close()
        let outcome = scratch.run(["menu", "lint", "2019", "--menus", copied])
        #expect(outcome.exitCode == .usageOrIOError)
        #expect(outcome.standardError.contains("99_padding.toml' is larger than 10 MB, the limit for a menu file"))
        scratch.remove()
    }

    @Test func aFIFOInAnEditionFolderIsNamed() throws {
        let copied = try scratch.copyMenus()
        try scratch.makeFIFO("menus/2019/sections/99_pipe.toml")
        let outcome = scratch.run(["menu", "lint", "2019", "--menus", copied])
        #expect(outcome.exitCode == .usageOrIOError)
        #expect(outcome.standardError.contains("99_pipe.toml' is a named pipe (FIFO), not a regular file"))
        scratch.remove()
    }
}
