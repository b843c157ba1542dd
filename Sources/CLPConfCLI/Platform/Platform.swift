import Synchronization

#if canImport(Glibc)
    @preconcurrency import Glibc
#elseif canImport(Musl)
    @preconcurrency import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The few C library calls the CLI needs: terminal checks, unbuffered writes, `stat`, reading a regular
/// file without blocking, creating a file exclusively, `rename`, `unlink`, `realpath`, `getenv`, exit,
/// starting, yielding and joining a thread, and the stop signals' handlers (``PartialFiles``). This is the
/// only file that imports the C library (STYLE pitfall 2).
enum Platform {
    /// File descriptor 1.
    static let standardOutput: Int32 = 1
    /// File descriptor 2.
    static let standardError: Int32 = 2

    /// `ENOENT`.
    static let noSuchFile = ENOENT
    /// `EISDIR`.
    static let isDirectory = EISDIR

    /// Whether `descriptor` is a terminal.
    static func isTerminal(_ descriptor: Int32) -> Bool {
        isatty(descriptor) != 0
    }

    /// Writes all of `text` to `descriptor` with `write(2)`, retrying after partial writes and `EINTR`.
    ///
    /// Nothing is buffered, so stdout and stderr appear in the order they were written.
    ///
    /// - Returns: `nil` when everything was written, otherwise the `errno` of the failed write (such as
    ///   `ENOSPC` on a full disk), so the caller can report it and exit with status 2.
    static func write(_ text: String, to descriptor: Int32) -> Int32? {
        var text = text
        return text.withUTF8 { buffer in
            guard let base = buffer.baseAddress else { return nil }
            return writeAll(descriptor, base, count: buffer.count)
        }
    }

    private static func writeAll(_ descriptor: Int32, _ start: UnsafePointer<UInt8>, count: Int) -> Int32? {
        var base = start
        var remaining = count
        while remaining > 0 {
            let written = systemWrite(descriptor, base, remaining)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            base += written
            remaining -= written
        }
        return nil
    }

    /// What `path` names: `lstat(2)`, or `stat(2)` when `followsLinks`.
    ///
    /// - Returns: `nil` when nothing is there (`ENOENT`, `ENOTDIR`), the status otherwise, or the `errno`
    ///   of another failure (such as `EACCES` on a folder on the way).
    static func status(_ path: String, followsLinks: Bool) -> Result<FileStatus?, SystemError> {
        var buffer = stat()
        let result = followsLinks ? stat(path, &buffer) : lstat(path, &buffer)
        guard result == 0 else {
            let code = errno
            return code == ENOENT || code == ENOTDIR ? .success(nil) : .failure(SystemError(code: code))
        }
        return .success(FileStatus(kind: kind(of: buffer.st_mode), size: Int(buffer.st_size)))
    }

    private static func kind(of mode: mode_t) -> FileStatus.Kind {
        switch mode & S_IFMT {
        case S_IFREG: .regular
        case S_IFDIR: .directory
        case S_IFLNK: .symbolicLink
        case S_IFIFO: .fifo
        case S_IFCHR: .characterDevice
        case S_IFBLK: .blockDevice
        case S_IFSOCK: .socket
        default: .other
        }
    }

    /// Why a regular file could not be read.
    enum ReadFailure: Error {
        /// A system call failed with this `errno`.
        case system(SystemError)
        /// The path names something else: a FIFO, a device, a folder.
        case notRegular(FileStatus.Kind)
        /// The file holds more than the limit.
        case tooLarge
    }

    /// The bytes of the regular file at `path`, at most `limit` of them.
    ///
    /// The file is opened with `O_NONBLOCK`, so a FIFO or a device never makes the open wait, and is
    /// checked with `fstat(2)` before anything is read: only a regular file is read.
    static func readRegularFile(_ path: String, limit: Int?) -> Result<[UInt8], ReadFailure> {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        guard descriptor >= 0 else { return .failure(.system(SystemError(code: errno))) }
        defer { close(descriptor) }
        var buffer = stat()
        guard fstat(descriptor, &buffer) == 0 else { return .failure(.system(SystemError(code: errno))) }
        let kind = kind(of: buffer.st_mode)
        guard kind == .regular else { return .failure(.notRegular(kind)) }
        let size = Int(buffer.st_size)
        if let limit, size > limit { return .failure(.tooLarge) }
        return readAll(descriptor, expected: size, limit: limit)
    }

    /// Reads to the end of the file; a file that grows past `limit` while it is read is refused.
    ///
    /// The bytes are read straight into the result's storage, sized for `expected` bytes and one more (so a
    /// file that has not grown ends on the first read that returns nothing), doubling if the file grew.
    private static func readAll(_ descriptor: Int32, expected: Int, limit: Int?) -> Result<[UInt8], ReadFailure> {
        var bytes: [UInt8] = []
        var capacity = max(expected, 0) + 1
        while true {
            var failure: ReadFailure?
            var finished = false
            let start = bytes.count
            bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                guard let base = buffer.baseAddress else { return }
                let previous = UnsafeMutableBufferPointer(rebasing: buffer[0..<start])
                count = previous.initialize(fromContentsOf: bytes)
                while count < capacity {
                    let got = read(descriptor, base + count, capacity - count)
                    if got < 0 {
                        if errno == EINTR { continue }
                        failure = .system(SystemError(code: errno))
                        return
                    }
                    if got == 0 {
                        finished = true
                        return
                    }
                    count += got
                    if let limit, count > limit {
                        failure = .tooLarge
                        return
                    }
                }
            }
            if let failure { return .failure(failure) }
            if finished { return .success(bytes) }
            let (doubled, overflow) = capacity.multipliedReportingOverflow(by: 2)
            guard !overflow else { return .failure(.tooLarge) }
            capacity = doubled
        }
    }

    /// Creates a new file at `path` holding `contents`, failing if anything is there already (`O_EXCL`,
    /// never following a link), and flushes it to the disk (`fsync`), where a full disk may show only.
    ///
    /// - Returns: `nil` on success; otherwise the failure, after removing the partly written file.
    static func createFile(_ path: String, contents: [UInt8]) -> SystemError? {
        createFile(path) { (descriptor: Int32) -> Int32? in
            contents.withUnsafeBufferPointer { buffer in
                buffer.baseAddress.flatMap { writeAll(descriptor, $0, count: buffer.count) }
            }
        }
    }

    /// Creates a new file at `path` as ``createFile(_:contents:)`` does, its text given a piece at a time by
    /// `body`: after a failed write the rest is not written, and the file is removed.
    ///
    /// - Returns: `nil` on success; otherwise the failure, after removing the partly written file.
    static func createFile(_ path: String, streaming body: ((String) -> Void) throws -> Void) throws -> SystemError? {
        try createFile(path) { (descriptor: Int32) throws -> Int32? in
            var failure: Int32?
            try body { piece in
                if failure == nil { failure = write(piece, to: descriptor) }
            }
            return failure
        }
    }

    /// Opens a new file at `path` (`O_EXCL`, never following a link), has `write` fill it (returning the
    /// `errno` of a failed write), flushes and closes it; after any failure, or an error `write` throws, the
    /// file is removed.
    private static func createFile<Failure: Error>(
        _ path: String, writing write: (Int32) throws(Failure) -> Int32?
    ) throws(Failure) -> SystemError? {
        // Until it is renamed into place or removed, a stop signal removes it (``PartialFiles``); the stop
        // signals wait while it is made and recorded, so none can come between the two.
        var stops = sigset_t()
        var previous = sigset_t()
        sigemptyset(&stops)
        for stop in PartialFiles.stopSignals { sigaddset(&stops, stop) }
        pthread_sigmask(SIG_BLOCK, &stops, &previous)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
        let openError = errno
        if descriptor >= 0 { PartialFiles.begin(path) }
        pthread_sigmask(SIG_SETMASK, &previous, nil)
        guard descriptor >= 0 else { return SystemError(code: openError) }
        var failure: Int32?
        do {
            failure = try write(descriptor)
        } catch {
            close(descriptor)
            unlink(path)
            PartialFiles.end(path)
            throw error
        }
        if failure == nil, fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0, failure == nil { failure = errno }
        guard let failure else { return nil }
        unlink(path)
        PartialFiles.end(path)
        return SystemError(code: failure)
    }

    /// Removes the file (never a folder) at `path`.
    static func removeFile(_ path: String) -> SystemError? {
        defer { PartialFiles.end(path) }
        return unlink(path) == 0 ? nil : SystemError(code: errno)
    }

    /// Renames `source` to `destination`, replacing `destination` atomically if it exists.
    ///
    /// - Returns: `nil` on success, otherwise a lowercase description of the failure.
    static func rename(_ source: String, to destination: String) -> String? {
        let failure = systemRename(source, destination) == 0 ? nil : errorDescription(errno)
        // Renamed into place, or left to the caller, who removes it (``PartialFiles``).
        if failure == nil { PartialFiles.end(source) }
        return failure
    }

    /// The values of the named environment variables that are set (`getenv(3)`); the rest of the
    /// environment is never read, which spares building a dictionary of all of it on every run.
    static func environment(_ names: [String]) -> [String: String] {
        var values: [String: String] = [:]
        for name in names {
            if let value = getenv(name) { values[name] = String(cString: value) }
        }
        return values
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

    /// A failed system call: its `errno`, with the system's words for it.
    struct SystemError: Error, Sendable, Hashable, CustomStringConvertible {
        var code: Int32
        /// Lowercase, such as "permission denied".
        var description: String { errorDescription(code) }
    }

    /// File descriptor 0.
    static let standardInput: Int32 = 0

    /// One line read from `descriptor` a byte at a time (so nothing after the line end is consumed), without
    /// its line end; at most `limit` bytes are kept, the rest of a longer line is read and dropped. Invalid
    /// UTF-8 is read as U+FFFD.
    ///
    /// - Returns: nil at the end of input (or on a read error) when nothing was read.
    static func readLine(from descriptor: Int32, limit: Int) -> String? {
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        var readAny = false
        while true {
            let got = read(descriptor, &byte, 1)
            if got < 0, errno == EINTR { continue }
            guard got == 1 else { break }
            readAny = true
            if byte == 0x0A { break }
            if bytes.count < limit { bytes.append(byte) }
        }
        guard readAny else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// From now on Ctrl-C (`SIGINT`) prints that nothing was written and ends the process with status 2.
    ///
    /// The handler only calls `write(2)` and `_exit(2)`, which are safe in a signal handler.
    static func stopOnInterrupt() {
        signal(SIGINT) { _ in
            let message: StaticString = "\nStopped (Ctrl-C): no file was written.\n"
            _ = systemWrite(2, message.utf8Start, message.utf8CodeUnitCount)
            _exit(2)
        }
    }

    /// From now on Ctrl-C is ignored: while a file is being written, so that it is written whole or not at all.
    static func ignoreInterrupts() {
        signal(SIGINT, SIG_IGN)
    }

    /// Starts `arguments[0]` (looked up on `PATH`) with `arguments`, without waiting for it; best effort
    /// (`serve --open` prints the address anyway).
    static func launch(_ arguments: [String]) {
        var pid = pid_t()
        let pointers = arguments.map { strdup($0) } + [nil]
        defer { pointers.forEach { free($0) } }
        _ = posix_spawnp(&pid, arguments[0], nil, nil, pointers, environ)
    }

    /// Ends the process with `code`. Output is never buffered here, so nothing is lost.
    static func exit(_ code: Int32) -> Never {
        systemExit(code)
    }

    /// A thread started by ``startThread(_:)``, to be joined once.
    struct ThreadHandle: Sendable {
        fileprivate var thread: pthread_t
    }

    /// Runs `body` on a new thread; nil when the system would not start one (the caller then runs it itself).
    static func startThread(_ body: @escaping @Sendable () -> Void) -> ThreadHandle? {
        let context = Unmanaged.passRetained(ThreadBody(body)).toOpaque()
        var thread = pthread_t()
        let started = pthread_create(
            &thread, nil,
            { raw in
                guard let raw else { return nil }
                Unmanaged<ThreadBody>.fromOpaque(raw).takeRetainedValue().run()
                return nil
            }, context)
        guard started == 0 else {
            Unmanaged<ThreadBody>.fromOpaque(context).release()
            return nil
        }
        return ThreadHandle(thread: thread)
    }

    /// Gives the processor to any other thread that is ready (`sched_yield`); returns at once when none is.
    static func yieldProcessor() {
        _ = sched_yield()
    }

    /// Sleeps for about `microseconds`.
    static func sleep(microseconds: UInt32) {
        _ = usleep(microseconds)
    }

    /// Waits for `handle`'s thread to finish; everything it wrote is visible to the caller afterwards.
    static func join(_ handle: ThreadHandle) {
        pthread_join(handle.thread, nil)
    }
}

/// The temporary files this process has created (``Platform/createFile(_:contents:)``, only ever called for
/// the temporary file an `AtomicFileWriter` then renames into place or removes) and not yet renamed or removed.
/// On the first, handlers are installed so that Ctrl-C (`SIGINT`), `SIGTERM` or a closed terminal (`SIGHUP`)
/// removes them before the process ends, as the signal would have ended it: an output is written whole or not at all, and no `.NAME.tmp-…` file
/// is left behind.
///
/// A signal handler may only call functions that are safe in one, so the paths are kept as C strings in a
/// fixed table of atomic slots. Whoever reads a slot's string first takes the slot (an atomic exchange with
/// 0), so no string is read while another thread frees it: ``end(_:)`` takes each slot in turn to compare it
/// and puts back the ones that are not its own; the handler takes each one, passes it to `unlink(2)` and
/// never frees it (the process is ending), then restores the signal's default action and raises it again.
/// A path recorded when the table is full is not removed on a signal, as before.
enum PartialFiles {
    /// How many temporary files can be recorded at once; a command writes one at a time.
    static let capacity = 64
    /// Ctrl-C, `kill`'s default, and the terminal closing.
    static let stopSignals = [SIGINT, SIGTERM, SIGHUP]
    /// Each slot holds the address of a path made by `strdup(3)`, or 0.
    nonisolated(unsafe) private static let slots: UnsafeMutablePointer<Atomic<UInt>> = {
        let slots = UnsafeMutablePointer<Atomic<UInt>>.allocate(capacity: capacity)
        for index in 0..<capacity { (slots + index).initialize(to: Atomic(0)) }
        return slots
    }()
    private static let handlersInstalled = Atomic<Bool>(false)

    /// Records `path` as being written; false when the table is full or no copy of the path could be made.
    @discardableResult
    static func begin(_ path: String) -> Bool {
        guard let copy = strdup(path) else { return false }
        let bits = UInt(bitPattern: copy)
        for index in 0..<capacity {
            let taken = slots[index].compareExchange(expected: 0, desired: bits, ordering: .acquiringAndReleasing)
            guard taken.exchanged else { continue }
            // Installed once the table exists, so a handler never has to make it.
            if !handlersInstalled.exchange(true, ordering: .acquiringAndReleasing) { installHandlers() }
            return true
        }
        free(copy)
        return false
    }

    /// Forgets `path`: it has been renamed into place or removed.
    static func end(_ path: String) {
        for index in 0..<capacity {
            let bits = slots[index].exchange(0, ordering: .acquiringAndReleasing)
            guard let stored = UnsafeMutablePointer<CChar>(bitPattern: bits) else { continue }
            if strcmp(stored, path) == 0 {
                free(stored)
                return
            }
            slots[index].store(bits, ordering: .releasing)
        }
    }

    /// The paths recorded now, for tests (each slot taken while its path is copied, then put back).
    static var paths: [String] {
        (0..<capacity).compactMap { index in
            let bits = slots[index].exchange(0, ordering: .acquiringAndReleasing)
            guard let stored = UnsafePointer<CChar>(bitPattern: bits) else { return nil }
            defer { slots[index].store(bits, ordering: .releasing) }
            return String(cString: stored)
        }
    }

    /// Takes and removes every recorded file, never freeing a path: the stop signals' handler.
    private static func removeAll() {
        for index in 0..<capacity {
            if let path = UnsafePointer<CChar>(bitPattern: slots[index].exchange(0, ordering: .acquiringAndReleasing)) {
                unlink(path)
            }
        }
    }

    /// Runs where the stop signals wait (``Platform/createFile(_:contents:)`` blocks them), so one that
    /// arrives meanwhile is delivered to the final handler, not lost.
    private static func installHandlers() {
        let handler: @convention(c) (Int32) -> Void = { number in
            PartialFiles.removeAll()
            signal(number, SIG_DFL)
            raise(number)
        }
        for stop in stopSignals {
            // A signal the process was started ignoring (a background job), or that `init` ignores while it
            // writes, stays ignored.
            let previous = signal(stop, SIG_IGN)
            if unsafeBitCast(previous, to: Int.self) != unsafeBitCast(SIG_IGN, to: Int.self) {
                signal(stop, handler)
            }
        }
    }
}

/// The closure a new thread runs, passed through `pthread_create`'s context pointer.
private final class ThreadBody {
    let run: @Sendable () -> Void

    init(_ run: @escaping @Sendable () -> Void) {
        self.run = run
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
