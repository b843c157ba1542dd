import Diagnostics

/// The CLPs the centre expects a report from: each with its region and whatever other columns the roster
/// has (a regional contact, a membership band), in the roster's order.
public struct Roster: Sendable {
    /// One CLP on the roster.
    public struct Entry: Sendable, Hashable {
        public var name: String
        public var region: String?
        /// The other columns: header → value, in column order.
        public var extras: [(column: String, value: String)]
        public var span: SourceSpan?

        public init(
            name: String, region: String?, extras: [(column: String, value: String)] = [], span: SourceSpan? = nil
        ) {
            self.name = name
            self.region = region
            self.extras = extras
            self.span = span
        }

        public static func == (lhs: Entry, rhs: Entry) -> Bool {
            lhs.name == rhs.name && lhs.region == rhs.region && lhs.extras.elementsEqual(rhs.extras, by: ==)
                && lhs.span == rhs.span
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(name)
            hasher.combine(region)
        }
    }

    public let entries: [Entry]
    /// Each entry's position by ``CLPName/key(_:)``: the compile looks up every report's CLP here.
    private let positions: [String: Int]

    public init(entries: [Entry]) {
        self.entries = entries
        var positions: [String: Int] = [:]
        for (index, entry) in entries.enumerated() where positions[CLPName.key(entry.name)] == nil {
            positions[CLPName.key(entry.name)] = index
        }
        self.positions = positions
    }

    /// The entry for a CLP, matched by ``CLPName/key(_:)``.
    public func entry(for name: String) -> Entry? {
        positions[CLPName.key(name)].map { entries[$0] }
    }
}

/// How CLP names are matched between reports, the roster and the responses.
public enum CLPName {
    /// `name` without case, outer spaces or runs of inner spaces: "Eastbrook  and hollins " matches
    /// "Eastbrook and Hollins".
    public static func key(_ name: String) -> String {
        name.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
