/// The running counts for one edition and year: every figure the compile shows, kept so that a report can be
/// added and, when a later report for the same CLP and year replaces it, taken back out exactly.
///
/// Memory grows with the distinct options, settings values, regions and words, never with the reports.
struct YearTally: Sendable {
    /// Counts that share one denominator: how many reports, and how many of them chose each option.
    struct Adoption: Sendable {
        var reports = 0
        var options: [String: Int] = [:]

        mutating func add(_ report: ReceivedReport, sign: Int) {
            reports += sign
            for option in report.options { options[option, default: 0] += sign }
        }
    }

    /// One option's outcomes, from the feedback of the CLPs that chose it.
    struct Outcome: Sendable {
        var ratingSum: Int64 = 0
        var ratings = 0
        var meetingsHeld: Int64 = 0
        var meetingsPlanned: Int64 = 0
        var meetingReports = 0
        /// Attendance per 100 members, in tenths, summed.
        var attendanceTenths: Int64 = 0
        var attendanceReports = 0
    }

    var adoption = Adoption()
    var standing: [ReceivedReport.Standing: Int] = [:]
    var pending = 0
    var byRegion: [String: Adoption] = [:]
    var byBand: [MembershipBand: Adoption] = [:]
    var settings: [String: ValueHistogram] = [:]
    var outcomes: [String: Outcome] = [:]
    /// Per option and band: attendance (tenths per 100 members) summed, and how many reports gave it.
    var bandAttendance: [MembershipBand: [String: (tenths: Int64, reports: Int)]] = [:]
    /// The words and phrases of "what worked" and "what did not work", per option.
    var phrases = PhraseTally()
    /// Topic → local additions made under it, and how many reports made at least one.
    var localAdditions: [String: (additions: Int, clps: Int)] = [:]

    /// The setting whose value is the general meetings planned, set against those held.
    static let plannedMeetings = "meetings.meetings_per_year"

    /// The region a report without one is counted under.
    static let noRegion = "(no region given)"

    mutating func add(_ report: ReceivedReport, sign: Int) {
        adoption.add(report, sign: sign)
        standing[report.standing, default: 0] += sign
        if !report.pendingApprovals.isEmpty { pending += sign }
        byRegion[report.region ?? Self.noRegion, default: Adoption()].add(report, sign: sign)
        let band = MembershipBand(members: report.members)
        byBand[band, default: Adoption()].add(report, sign: sign)
        for setting in report.settings {
            if case .integer(let value) = setting.value {
                settings[setting.name, default: ValueHistogram()].add(value, sign: sign)
            }
        }
        addLocalAdditions(report.localAdditionTopics, sign: sign)
        guard let feedback = report.feedback else { return }
        let attendance = Self.attendanceTenths(feedback.averageAttendance, members: report.members)
        let planned = report.integer(Self.plannedMeetings)
        for option in report.options {
            // Changed in place: one lookup of the option in each table, not a read and a write.
            Self.add(
                feedback, option: option, planned: planned, attendance: attendance, sign: sign,
                to: &outcomes[option, default: Outcome()])
            if let attendance {
                Self.add(attendance, sign: sign, to: &bandAttendance[band, default: [:]][option, default: (0, 0)])
            }
        }
        phrases.add(feedback, options: report.options, sign: sign)
    }

    private static func add(
        _ feedback: ReceivedReport.Feedback, option: String, planned: Int64?, attendance: Int64?, sign: Int,
        to outcome: inout Outcome
    ) {
        if let rating = feedback.ratings[option] {
            outcome.ratingSum += Int64(sign) * rating
            outcome.ratings += sign
        }
        if let held = feedback.generalMeetingsHeld, let planned {
            outcome.meetingsHeld += Int64(sign) * held
            outcome.meetingsPlanned += Int64(sign) * planned
            outcome.meetingReports += sign
        }
        if let attendance {
            outcome.attendanceTenths += Int64(sign) * attendance
            outcome.attendanceReports += sign
        }
    }

    private static func add(_ attendance: Int64, sign: Int, to sums: inout (tenths: Int64, reports: Int)) {
        sums.tenths += Int64(sign) * attendance
        sums.reports += sign
    }

    private mutating func addLocalAdditions(_ topics: [String], sign: Int) {
        var perTopic: [String: Int] = [:]
        for topic in topics { perTopic[topic, default: 0] += 1 }
        for (topic, count) in perTopic {
            let before = localAdditions[topic] ?? (0, 0)
            let after = (additions: before.additions + sign * count, clps: before.clps + sign)
            localAdditions[topic] = after.clps > 0 ? after : nil
        }
    }

    /// Attendance per 100 members, in tenths (`38` at a meeting of a 960-member CLP is 39, i.e. 3.9); nil
    /// when either figure is missing, the membership is not positive, or the numbers are absurd (an
    /// attendance over ``largestAttendanceTenths``, a thousand times the membership), so that no sum of them
    /// over any number of reports can overflow.
    static func attendanceTenths(_ attendance: Int64?, members: Int64?) -> Int64? {
        guard let attendance, let members, members > 0, attendance >= 0 else { return nil }
        let (scaled, overflow) = attendance.multipliedReportingOverflow(by: 1_000)
        guard !overflow, scaled / members <= largestAttendanceTenths else { return nil }
        return scaled / members
    }

    /// The largest attendance per 100 members, in tenths, that is counted: a thousand times the membership.
    static let largestAttendanceTenths: Int64 = 1_000_000
}
