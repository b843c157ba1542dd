import Rulebook

/// Everything the workbench may reach outside itself, handed in by whoever starts it (`clpconf serve`):
/// the one selections file (read and written only through these closures, so the workbench never names a
/// path to the file system), the editions it can load, and the clock.
public struct WorkbenchEnvironment: Sendable {
    /// The selections file the server was started with, as the user named it; nil when started without one.
    public var filePath: String?
    /// Reads that file as it is on disk now; nil when it does not exist yet.
    public var readFile: @Sendable () throws -> [UInt8]?
    /// Writes that file atomically, keeping the version it replaces beside it.
    public var writeFile: @Sendable ([UInt8]) throws -> Void
    /// The ids of the editions on the search path, sorted.
    public var editionIDs: [String]
    /// The edition with an id from ``editionIDs``, loaded, or why it cannot be had.
    public var loadEdition: @Sendable (String) -> Result<Edition, EditionUnavailable>
    /// The current time as a TOML offset date-time in UTC (`2026-06-14T19:32:05Z`), for the adoption log.
    public var clock: @Sendable () -> String
    /// Last year's selections file, read once when the server starts (never written): when given, the
    /// redline is against it rather than against the file on disk.
    public var lastYear: LastYearFile?

    public init(
        filePath: String?, readFile: @escaping @Sendable () throws -> [UInt8]?,
        writeFile: @escaping @Sendable ([UInt8]) throws -> Void, editionIDs: [String],
        loadEdition: @escaping @Sendable (String) -> Result<Edition, EditionUnavailable>,
        clock: @escaping @Sendable () -> String, lastYear: LastYearFile? = nil
    ) {
        self.filePath = filePath
        self.readFile = readFile
        self.writeFile = writeFile
        self.editionIDs = editionIDs
        self.loadEdition = loadEdition
        self.clock = clock
        self.lastYear = lastYear
    }
}

/// Last year's selections file as the server read it when it started: its path as the user named it, and
/// its bytes.
public struct LastYearFile: Sendable {
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}

/// Why an edition could not be loaded, in words.
public struct EditionUnavailable: Error, Sendable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
