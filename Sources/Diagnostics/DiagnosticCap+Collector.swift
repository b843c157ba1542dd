extension DiagnosticCap {
    /// Diagnostics gathered as a stage finds them, keeping at most ``limit`` of one code per file (the first
    /// to arrive) and only counting the rest, so a file with a million unknown keys costs a hundred
    /// diagnostics, not a million.
    ///
    /// ``finished(note:)`` returns what was kept plus one note per code and file that was cut short.
    public struct Collector: Sendable {
        /// How many diagnostics of one code in one file are kept.
        public let limit: Int
        /// The diagnostics kept, in the order they arrived.
        public private(set) var kept: [Diagnostic] = []
        /// What was only counted, in the order each code was first cut short.
        public private(set) var omissions: [Omission] = []
        private var counts: [CapKey: Int] = [:]
        private var omissionIndex: [CapKey: Int] = [:]

        /// An empty collector keeping `limit` diagnostics per code and file.
        public init(limit: Int = DiagnosticCap.defaultLimit) {
            self.limit = max(0, limit)
        }

        /// Whether one more diagnostic with `code` in `file` would be kept.
        public func admits(code: String, file: String?) -> Bool {
            counts[CapKey(file: file, code: code), default: 0] < limit
        }

        /// Keeps `diagnostic`, or counts it when ``limit`` of its code and file are kept already.
        public mutating func append(_ diagnostic: Diagnostic) {
            let key = CapKey(file: diagnostic.location?.file, code: diagnostic.code)
            let already = counts[key, default: 0]
            guard already < limit else {
                count(
                    Omission(
                        code: diagnostic.code, severity: diagnostic.severity, count: 1, location: diagnostic.location))
                return
            }
            counts[key] = already + 1
            kept.append(diagnostic)
        }

        /// Keeps the diagnostic `make` builds, or, when ``limit`` of `code` in `span`'s file are kept
        /// already, only counts it without building it (no "did you mean" is worked out for it).
        public mutating func append(
            code: String, severity: Severity, at span: SourceSpan?, _ make: () -> Diagnostic
        ) {
            guard admits(code: code, file: span?.file) else {
                count(Omission(code: code, severity: severity, count: 1, location: span))
                return
            }
            append(make())
        }

        /// Keeps or counts each of `diagnostics`.
        public mutating func append(contentsOf diagnostics: [Diagnostic]) {
            for diagnostic in diagnostics { append(diagnostic) }
        }

        /// Adds what another stage only counted.
        public mutating func count(_ omission: Omission) {
            let key = CapKey(file: omission.location?.file, code: omission.code)
            if let index = omissionIndex[key] {
                omissions[index].count += omission.count
            } else {
                omissionIndex[key] = omissions.count
                omissions.append(omission)
            }
        }

        /// The diagnostics kept, then one note (built by `note`) per code and file that was cut short.
        public func finished(note: (Omission) -> Diagnostic) -> [Diagnostic] {
            kept + omissions.map(note)
        }

        /// Keeps or counts each of `diagnostics`.
        public static func += (collector: inout Collector, diagnostics: [Diagnostic]) {
            collector.append(contentsOf: diagnostics)
        }
    }
}

/// A code in one file: what ``DiagnosticCap`` counts by.
struct CapKey: Hashable {
    var file: String?
    var code: String
}
