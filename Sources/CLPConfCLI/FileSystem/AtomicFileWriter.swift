/// Writes a file by creating a uniquely named temporary file in the same directory and renaming it
/// over the target, and refuses to write over a file the command read.
struct AtomicFileWriter {
    var fileSystem: any FileSystem
    /// The directory relative paths are resolved against.
    var currentDirectory: String

    /// Writes `bytes` to `path`.
    ///
    /// - Parameters:
    ///   - bytes: The new contents.
    ///   - path: The output path as the user gave it.
    ///   - inputs: Paths the command read; `path` may not name any of them (after standardizing and
    ///     resolving symbolic links).
    /// - Throws: ``CLIError`` when `path` is an input, a directory, or cannot be written.
    func write(_ bytes: [UInt8], to path: String, inputs: [String]) throws {
        try checkNotInput(path, inputs: inputs)
        if fileSystem.isDirectory(at: path) { throw CLIError(.isDirectory(path: path)) }
        // Write beside the file a symbolic link points to, so the link is kept and the rename stays
        // inside one file system.
        let target = fileSystem.canonicalPath(FilePath.standardize(path, relativeTo: currentDirectory))
        let directory = FilePath.directory(of: target)
        let temporary = FilePath.join(directory, temporaryName(for: FilePath.lastComponent(of: target)))
        do {
            try fileSystem.createFile(at: temporary, contents: bytes)
        } catch {
            throw CLIError(.writeFailed(path: path, detail: Self.detail(of: error)))
        }
        do {
            try fileSystem.moveItem(at: temporary, replacing: target)
        } catch {
            try? fileSystem.removeItem(at: temporary)
            throw CLIError(.writeFailed(path: path, detail: Self.detail(of: error)))
        }
    }

    /// Throws ``CLIError`` if `output` names the same file as one of `inputs`.
    func checkNotInput(_ output: String, inputs: [String]) throws {
        let outputPath = canonical(output)
        for input in inputs where canonical(input) == outputPath {
            throw CLIError(.outputIsInput(path: output))
        }
    }

    private func canonical(_ path: String) -> String {
        fileSystem.canonicalPath(FilePath.standardize(path, relativeTo: currentDirectory))
    }

    /// A hidden name that no other writer will pick: `.NAME.tmp-<64 random bits in hex>`.
    private func temporaryName(for name: String) -> String {
        "." + name + ".tmp-" + String(UInt64.random(in: .min ... .max), radix: 16)
    }

    private static func detail(of error: any Error) -> String {
        guard let error = error as? CLIError else { return String(describing: error) }
        switch error.reason {
        case .writeFailed(_, let detail), .unreadable(_, let detail): return detail
        default: return error.description
        }
    }
}
