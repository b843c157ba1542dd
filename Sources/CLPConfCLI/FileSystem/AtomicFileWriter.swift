/// Writes a file by creating a uniquely named temporary file in the same directory and renaming it
/// over the target; refuses a target that is not a regular file (``OutputTarget``) or that the run read.
///
/// Every failure after the temporary file is made removes it, so a full disk leaves nothing behind,
/// however often the command is retried.
struct AtomicFileWriter {
    var fileSystem: any FileSystem
    /// The directory relative paths are resolved against.
    var currentDirectory: String
    /// The files the run read (none when the writer is used on its own).
    var registry = InputRegistry()

    /// Writes `bytes` to `path`.
    ///
    /// - Parameters:
    ///   - bytes: The new contents.
    ///   - path: The output path as the user gave it.
    ///   - inputs: More paths the command read, besides those in ``registry``; `path` may not name any of
    ///     them (compared after making them absolute and resolving symbolic links).
    /// - Throws: ``CLIError`` when `path` is an input, is not a regular file, or cannot be written.
    func write(_ bytes: [UInt8], to path: String, inputs: [String]) throws {
        try replace(path, inputs: inputs) { try fileSystem.createFile(at: $0, contents: bytes) }
    }

    /// Writes the text `body` hands over a piece at a time to `path`, as ``write(_:to:inputs:)`` writes
    /// bytes: the whole text is never held, and a failure of `body` leaves the old file as it was.
    func write(to path: String, inputs: [String], streaming body: ((String) -> Void) throws -> Void) throws {
        try replace(path, inputs: inputs) { try fileSystem.createFile(at: $0, streaming: body) }
    }

    /// Checks `path`, has `create` make the temporary file beside it, and renames that over it.
    private func replace(_ path: String, inputs: [String], create: (String) throws -> Void) throws {
        // Write beside the file a symbolic link points to, so the link is kept and the rename stays
        // inside one file system.
        let target = try OutputTarget(path, fileSystem: fileSystem, currentDirectory: currentDirectory).path
        try checkNotInput(target, named: path, inputs: inputs)
        let temporary = try reserveTemporary(beside: target, for: path)
        do {
            try create(temporary)
            try fileSystem.moveItem(at: temporary, replacing: target)
        } catch {
            // The name was free before, so whatever is there now is the writer's own. Removing it is
            // best effort on a path that is already failing: the write error below is what is reported.
            if (try? fileSystem.status(of: temporary, followsLinks: false)) != nil {
                try? fileSystem.removeItem(at: temporary)
            }
            throw CLIError(.writeFailed(path: path, detail: Self.detail(of: error)))
        }
    }

    /// Throws ``CLIError`` if `output` names the same file as one of `inputs` or of the registry's.
    func checkNotInput(_ output: String, inputs: [String]) throws {
        try checkNotInput(canonical(output), named: output, inputs: inputs)
    }

    private func checkNotInput(_ target: String, named output: String, inputs: [String]) throws {
        if registry.contains(target) || inputs.contains(where: { canonical($0) == target }) {
            throw CLIError(.outputIsInput(path: output))
        }
        // A report read from a folder is recorded with its folder: it is an input when it is there now.
        if registry.covers(target), try fileSystem.status(of: target, followsLinks: false)?.kind == .regular {
            throw CLIError(.outputIsInput(path: output))
        }
    }

    private func canonical(_ path: String) -> String {
        fileSystem.canonicalPath(FilePath.standardize(path, relativeTo: currentDirectory))
    }

    /// A temporary path beside `target` that nothing occupies, so that whatever is there after a failure
    /// is the writer's own and may be removed.
    private func reserveTemporary(beside target: String, for path: String) throws -> String {
        let directory = FilePath.directory(of: target)
        for _ in 0..<8 {
            let temporary = FilePath.join(directory, temporaryName(for: FilePath.lastComponent(of: target)))
            if try fileSystem.status(of: temporary, followsLinks: false) == nil { return temporary }
        }
        throw CLIError(.writeFailed(path: path, detail: "no free temporary name in '\(directory)'"))
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
