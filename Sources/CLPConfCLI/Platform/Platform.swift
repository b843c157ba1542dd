#if canImport(Glibc)
    @preconcurrency import Glibc
#elseif canImport(Musl)
    @preconcurrency import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The few C library calls the CLI needs: terminal checks, unbuffered writes, `rename`, `realpath`
/// and exit. This is the only file that imports the C library (STYLE pitfall 2).
enum Platform {
    /// File descriptor 1.
    static let standardOutput: Int32 = 1
    /// File descriptor 2.
    static let standardError: Int32 = 2

    /// `ENOENT`.
    static let noSuchFile = ENOENT
    /// `EISDIR`.
    static let isDirectory = EISDIR
    /// `EACCES`.
    static let permissionDenied = EACCES

    /// Whether `descriptor` is a terminal.
    static func isTerminal(_ descriptor: Int32) -> Bool {
        isatty(descriptor) != 0
    }

    /// Writes all of `text` to `descriptor` with `write(2)`, retrying after partial writes and `EINTR`.
    ///
    /// Nothing is buffered, so stdout and stderr appear in the order they were written. Errors such as
    /// a closed pipe end the write silently: there is nowhere left to report them.
    static func write(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { buffer in
            guard var base = buffer.baseAddress else { return }
            var remaining = buffer.count
            while remaining > 0 {
                let written = systemWrite(descriptor, base, remaining)
                if written < 0 {
                    if errno == EINTR { continue }
                    return
                }
                base += written
                remaining -= written
            }
        }
    }

    /// Renames `source` to `destination`, replacing `destination` atomically if it exists.
    ///
    /// - Returns: `nil` on success, otherwise a lowercase description of the failure.
    static func rename(_ source: String, to destination: String) -> String? {
        systemRename(source, destination) == 0 ? nil : errorDescription(errno)
    }

    /// The canonical absolute path of an existing file (symbolic links resolved), or `nil`.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// A lowercase description of an `errno` value, such as "permission denied".
    static func errorDescription(_ code: Int32) -> String {
        guard let message = strerror(code) else { return "error \(code)" }
        return String(cString: message).lowercased()
    }

    /// Ends the process with `code`. Output is never buffered here, so nothing is lost.
    static func exit(_ code: Int32) -> Never {
        systemExit(code)
    }
}

// The C functions under names that do not clash with the static methods above.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafePointer<UInt8>, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}

private func systemRename(_ source: String, _ destination: String) -> Int32 {
    rename(source, destination)
}

private func systemExit(_ code: Int32) -> Never {
    exit(code)
}
