/// How much the CSV reader accepts before it reports a D105 instead of reading on.
///
/// The limits keep hostile input from costing memory or time out of proportion to its size; a roster of
/// every CLP comes nowhere near the defaults. Tests lower them to exercise the limits cheaply.
public struct CSVLimits: Sendable, Hashable {
    /// The largest file accepted, in bytes; a larger one gets one D105 and is not read.
    public var maxDocumentBytes: Int
    /// The longest field accepted, in bytes as written (quotes included); a longer one gets a D105 and its
    /// text is cut to this many bytes.
    public var maxFieldBytes: Int
    /// The most fields one record may have; the rest of a longer record gets one D105 and is not kept.
    public var maxFieldsPerRecord: Int
    /// After this many errors the reader stops reporting, adding one D106 note; it still reads to the end.
    public var maxErrors: Int

    /// Limits; each defaults to what clpconf reads rosters with.
    public init(
        maxDocumentBytes: Int = 64 << 20, maxFieldBytes: Int = 1 << 20, maxFieldsPerRecord: Int = 4_096,
        maxErrors: Int = 100
    ) {
        self.maxDocumentBytes = maxDocumentBytes
        self.maxFieldBytes = maxFieldBytes
        self.maxFieldsPerRecord = maxFieldsPerRecord
        self.maxErrors = maxErrors
    }

    /// The limits clpconf reads its CSV files with.
    public static let standard = CSVLimits()
}
