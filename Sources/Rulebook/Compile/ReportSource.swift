/// Where the compile's report files come from: the command line lists files and folders; tests and the
/// benchmark give bytes from memory. The compile reads each file when it needs it (and a replaced report a
/// second time), so no more than one report is held at once.
public protocol ReportSource: Sendable {
    /// How many files there are.
    var count: Int { get }
    /// The name of file `index` as diagnostics, receipts and letters show it.
    func path(at index: Int) -> String
    /// The bytes of file `index`, or why they could not be read (in words: "permission denied").
    func read(at index: Int) -> Result<[UInt8], ReportSourceError>
}

/// Why a report file could not be read.
public struct ReportSourceError: Error, Sendable, Hashable {
    public var reason: String

    public init(_ reason: String) {
        self.reason = reason
    }
}

/// Report files held in memory, in order.
public struct InMemoryReports: ReportSource {
    public var files: [(path: String, bytes: [UInt8])]

    public init(_ files: [(path: String, bytes: [UInt8])]) {
        self.files = files
    }

    public var count: Int { files.count }
    public func path(at index: Int) -> String { files[index].path }
    public func read(at index: Int) -> Result<[UInt8], ReportSourceError> { .success(files[index].bytes) }
}
