import Foundation
import Testing

@testable import CLPConfCLI

/// A fresh directory on the real file system, for tests that need FIFOs, devices, symbolic links or
/// a copy of the shipped menus. Paths are absolute; tests never change the working directory.
struct ScratchDirectory {
    let path: String

    init(_ label: String = "scratch") throws {
        path = NSTemporaryDirectory() + "clpconf-" + label + "-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// `name` inside the directory.
    func file(_ name: String) -> String { path + "/" + name }

    /// Writes `text` to `name` (creating folders on the way) and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, bytes: Array(text.utf8))
    }

    /// Writes `bytes` to `name` (creating folders on the way) and returns its path.
    @discardableResult
    func write(_ name: String, bytes: [UInt8]) throws -> String {
        let target = file(name)
        try FileManager.default.createDirectory(
            atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: target))
        return target
    }

    /// Makes a folder and returns its path.
    @discardableResult
    func makeDirectory(_ name: String) throws -> String {
        try FileManager.default.createDirectory(atPath: file(name), withIntermediateDirectories: true)
        return file(name)
    }

    /// Makes a named pipe and returns its path.
    @discardableResult
    func makeFIFO(_ name: String) throws -> String {
        let target = file(name)
        guard mkfifo(target, 0o600) == 0 else { throw ScratchError("mkfifo \(target) failed") }
        return target
    }

    /// Makes a character device like /dev/null (major 1, minor 3), or nil when not allowed (not root).
    func makeNullDevice(_ name: String) -> String? {
        let target = file(name)
        return mknod(target, S_IFCHR | 0o666, dev_t((1 << 8) | 3)) == 0 ? target : nil
    }

    /// Makes a symbolic link at `name` pointing to `destination` and returns its path.
    @discardableResult
    func makeLink(_ name: String, to destination: String) throws -> String {
        try FileManager.default.createSymbolicLink(atPath: file(name), withDestinationPath: destination)
        return file(name)
    }

    /// A copy of the repository's `menus/` folder inside this directory; returns its path.
    func copyMenus() throws -> String {
        let target = file("menus")
        try FileManager.default.copyItem(atPath: Golden.repositoryRoot + "/menus", toPath: target)
        return target
    }

    /// What is at `name` now, from `lstat`: "file", "directory", "fifo", "device", "link" or "missing".
    func kind(_ name: String) -> String {
        let target = name.hasPrefix("/") ? name : file(name)
        var status = stat()
        guard lstat(target, &status) == 0 else { return "missing" }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return "file"
        case S_IFDIR: return "directory"
        case S_IFIFO: return "fifo"
        case S_IFCHR, S_IFBLK: return "device"
        case S_IFLNK: return "link"
        default: return "other"
        }
    }

    /// The names in the directory (or in `name` inside it), sorted.
    func contents(_ name: String? = nil) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: name.map(file) ?? path).sorted()
    }

    func text(_ name: String) throws -> String {
        try String(contentsOfFile: name.hasPrefix("/") ? name : file(name), encoding: .utf8)
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Runs `clpconf` in-process with this directory as the current directory, on the real file system.
    func run(_ arguments: [String], environment: [String: String] = [:]) -> CommandOutcome {
        let output = OutputBuffer()
        let errors = OutputBuffer()
        let context = CommandContext(
            standardOutput: output.sink, standardError: errors.sink, environment: environment,
            currentDirectory: path, fileSystem: LocalFileSystem())
        let code = CommandRunner(root: RootCommand.self).run(arguments, context: context)
        return CommandOutcome(exitCode: code, standardOutput: output.text, standardError: errors.text)
    }
}

struct ScratchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
