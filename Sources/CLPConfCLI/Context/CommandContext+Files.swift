extension CommandContext {
    /// The bytes of the regular file at `path`, recorded as an input of this run.
    ///
    /// What the path names is checked before the file is opened, so a FIFO or a device is refused
    /// without waiting on it, and a file over `kind`'s size limit is refused without reading it.
    ///
    /// - Parameters:
    ///   - path: The path as the user wrote it (relative to ``currentDirectory``); messages name it so.
    ///   - kind: What the file is for, which sets its size limit.
    ///   - recording: Whether to record the file in ``inputs``: false only for a file that a recorded
    ///     ``ReportTree`` covers, which is then read only if it is still a regular file itself (a link put in
    ///     its place since the folder was listed is refused, as the folder's walk refuses links).
    /// - Throws: ``CLIError`` if nothing is there, or it is a folder, a FIFO, a device or a socket, or it
    ///   is too large, or it cannot be read.
    func readFile(_ path: String, as kind: InputKind, recording: Bool = true) throws -> [UInt8] {
        let absolute = absolutePath(path)
        do {
            guard let status = try fileSystem.status(of: absolute, followsLinks: recording) else {
                throw CLIError(.fileNotFound(path: path))
            }
            switch status.kind {
            case .regular: break
            case .directory: throw CLIError(.isDirectory(path: path))
            default: throw CLIError(.notRegularFile(path: path, kind: status.kind))
            }
            if let limit = kind.limit, status.size > limit {
                throw CLIError(.tooLarge(path: path, limit: limit, noun: kind.noun))
            }
            let bytes = try fileSystem.readFile(at: absolute, limit: kind.limit)
            if recording { inputs.record(fileSystem.canonicalPath(absolute)) }
            return bytes
        } catch let error as CLIError {
            if case .tooLarge(_, let limit, _) = error.reason {
                throw CLIError(.tooLarge(path: path, limit: limit, noun: kind.noun))
            }
            throw error.naming(path)
        }
    }

    /// Writes `bytes` to `path` atomically, refusing any file this run read and anything that is not a
    /// regular file.
    ///
    /// - Parameters:
    ///   - inputs: More paths not to replace, besides every file read through ``readFile(_:as:)``.
    /// - Throws: ``CLIError`` if `path` names an input, a folder, a FIFO or a device, or the write fails.
    func writeFile(_ bytes: [UInt8], to path: String, inputs: [String] = []) throws {
        let writer = AtomicFileWriter(fileSystem: fileSystem, currentDirectory: currentDirectory, registry: self.inputs)
        try writer.write(bytes, to: path, inputs: inputs)
    }

    /// Writes the text `body` hands over a piece at a time to `path`, as ``writeFile(_:to:inputs:)`` does.
    func writeFile(to path: String, inputs: [String] = [], streaming body: ((String) -> Void) throws -> Void) throws {
        let writer = AtomicFileWriter(fileSystem: fileSystem, currentDirectory: currentDirectory, registry: self.inputs)
        try writer.write(to: path, inputs: inputs, streaming: body)
    }
}
