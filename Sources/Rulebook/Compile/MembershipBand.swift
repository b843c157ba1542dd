/// A size band of CLPs by individual members, for comparing like with like ("CLPs with 500–999 members").
public enum MembershipBand: Int, Sendable, Hashable, CaseIterable, Comparable {
    case under500
    case from500
    case from1000
    case from2000
    /// The report gives no membership.
    case unknown

    /// The band `members` falls in.
    public init(members: Int64?) {
        guard let members else {
            self = .unknown
            return
        }
        switch members {
        case ..<500: self = .under500
        case ..<1000: self = .from500
        case ..<2000: self = .from1000
        default: self = .from2000
        }
    }

    /// How the band reads in a table and a letter: "500–999 members".
    public var label: String {
        switch self {
        case .under500: "under 500 members"
        case .from500: "500–999 members"
        case .from1000: "1,000–1,999 members"
        case .from2000: "2,000 members or more"
        case .unknown: "membership not given"
        }
    }

    /// A short stable id for CSV and JSON: `under-500`, `500-999`, `1000-1999`, `2000-plus`, `unknown`.
    public var id: String {
        switch self {
        case .under500: "under-500"
        case .from500: "500-999"
        case .from1000: "1000-1999"
        case .from2000: "2000-plus"
        case .unknown: "unknown"
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
