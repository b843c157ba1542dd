/// Keeps printed diagnostics bounded: at most ``limit`` of one code per file (the first by position), and
/// in place of the rest one note saying how many were left out.
///
/// Applied where diagnostics are printed (the command line's `DiagnosticPrinter`), after the exit status
/// has been decided from all of them: 80,000 unknown keys still make the file invalid, but print 100
/// diagnostics and one "and 79,900 more like this". A stage that could find millions of one problem
/// (the selections loader) gathers them through a ``Collector`` with the same limit, so they are counted,
/// not kept.
public struct DiagnosticCap: Sendable {
    /// What was left out of one run of a code in one file.
    public struct Omission: Sendable, Hashable {
        /// The code left out.
        public var code: String
        /// The severity of the diagnostics left out.
        public var severity: Severity
        /// How many diagnostics with it were left out.
        public var count: Int
        /// Where the first one left out is (the note is placed there).
        public var location: SourceSpan?

        /// What was left out: `count` diagnostics with `code`, the first at `location`.
        public init(code: String, severity: Severity, count: Int, location: SourceSpan?) {
            self.code = code
            self.severity = severity
            self.count = count
            self.location = location
        }
    }

    /// The default: the first 100 of a code in each file.
    public static let defaultLimit = 100

    /// How many diagnostics of one code in one file are kept.
    public var limit: Int

    /// A cap keeping `limit` diagnostics per code and file.
    public init(limit: Int = DiagnosticCap.defaultLimit) {
        self.limit = max(0, limit)
    }

    /// The diagnostics to show, sorted for output: the first ``limit`` of each code in each file, each
    /// cut-short run followed by the note `omitted` makes for it.
    ///
    /// - Parameters:
    ///   - diagnostics: Everything found, in any order.
    ///   - omitted: Builds the note for what was left out of one code in one file.
    /// - Returns: At most ``limit`` + 1 diagnostics per code and file.
    public func apply(_ diagnostics: [Diagnostic], omitted: (Omission) -> Diagnostic) -> [Diagnostic] {
        var kept: [CapKey: Int] = [:]
        var omissions: [CapKey: Omission] = [:]
        var order: [CapKey] = []
        var shown: [Diagnostic] = []
        for diagnostic in diagnostics.sortedForOutput() {
            let key = CapKey(file: diagnostic.location?.file, code: diagnostic.code)
            let count = kept[key, default: 0]
            if count < limit {
                kept[key] = count + 1
                shown.append(diagnostic)
            } else if omissions[key] != nil {
                omissions[key]?.count += 1
            } else {
                omissions[key] = Omission(
                    code: diagnostic.code, severity: diagnostic.severity, count: 1, location: diagnostic.location)
                order.append(key)
            }
        }
        guard !order.isEmpty else { return shown }
        return (shown + order.compactMap { omissions[$0].map(omitted) }).sortedForOutput()
    }
}
