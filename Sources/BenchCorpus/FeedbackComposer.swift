import Rulebook
import TOML

/// A secretary's plausible year-end answers for a synthetic CLP year: every question of the edition answered
/// with a value of its type (the counts fitting the year: meetings held near the meetings planned, attendance
/// by governance model and size), the free text drawn from ``PhraseBank``, the members at year end near those
/// at the AGM, and a rating, sometimes with a comment, for each option chosen.
public struct FeedbackComposer: Sendable {
    /// What the answers are made to fit.
    public struct Context: Sendable {
        public var members: Int
        public var governance: String
        public var meetingsPerYear: Int
        public var branches: Int
        public var pendingApprovals: [String]

        public init(members: Int, governance: String, meetingsPerYear: Int, branches: Int, pendingApprovals: [String]) {
            self.members = members
            self.governance = governance
            self.meetingsPerYear = meetingsPerYear
            self.branches = branches
            self.pendingApprovals = pendingApprovals
        }
    }

    public var context: Context
    private var random: SeededGenerator
    /// The development plan's objectives, so that no more are met than were set.
    private var objectivesSet = 5

    public init(context: Context, seed: UInt64) {
        self.context = context
        random = SeededGenerator(seed: seed)
    }

    /// The answer to `question`; nil for an optional one left unanswered (never when `always`).
    public mutating func answer(_ question: ReportQuestion, always: Bool = false) -> Feedback.Answer? {
        guard always || question.required || random.chance(60) else { return nil }
        switch question.kind {
        case .text: return .text(text(question.id))
        case .boolean: return .boolean(random.chance(85))
        case .rating: return .integer(random.pick([2, 3, 3, 4, 4, 4, 5, 5]))
        case .integer: return .integer(count(question.id))
        case .choice(let choices):
            guard !choices.isEmpty else { return .text("") }
            // The first choices (the better outcomes) are the likelier.
            return .text(choices[min(random.int(0...(choices.count - 1)), random.int(0...(choices.count - 1)))])
        }
    }

    /// Members at the end of the year: a few percent either side of the AGM's count.
    public mutating func membersAtYearEnd() -> Int {
        max(0, context.members + context.members * random.int(-6...10) / 100)
    }

    /// A rating of one chosen option and, sometimes, a comment.
    public mutating func rating() -> (rating: Int, comment: String?) {
        let rating = random.pick([2, 3, 3, 4, 4, 4, 5, 5])
        guard random.chance(35) else { return (rating, nil) }
        let comment = random.pick(rating >= 4 ? PhraseBank.goodComments : PhraseBank.poorComments)
        return (rating, comment.prefix(1).uppercased() + comment.dropFirst())
    }

    /// The feedback file for `year`: every question of its edition, `[figures]` and a rating for each option chosen.
    public mutating func file(for year: YearEvaluation) -> String {
        var lines = [
            TOMLWriter.comment("Synthetic year-end feedback (clpconf-bench reports)."),
            TOMLWriter.key("edition") + " = " + TOMLWriter.string(year.edition.id),
        ]
        if let value = year.selections?.year?.value {
            lines.append(TOMLWriter.key("year") + " = " + TOMLWriter.integer(Int64(value)))
        }
        lines += ["", TOMLWriter.tableHeader(["answers"])]
        for question in year.edition.questions {
            guard let answer = answer(question) else { continue }
            let value =
                switch answer {
                case .text(let text): TOMLWriter.string(text)
                case .integer(let number): TOMLWriter.integer(Int64(number))
                case .boolean(let flag): TOMLWriter.boolean(flag)
                }
            lines.append(TOMLWriter.key(question.id) + " = " + value)
        }
        lines += [
            "", TOMLWriter.tableHeader(["figures"]),
            TOMLWriter.key("members_at_year_end") + " = " + TOMLWriter.integer(Int64(membersAtYearEnd())), "",
        ]
        for option in year.chosenOptions {
            let (rating, comment) = rating()
            lines.append(TOMLWriter.tableHeader(["ratings", option.name]))
            lines.append(TOMLWriter.key("rating") + " = " + TOMLWriter.integer(Int64(rating)))
            if let comment { lines.append(TOMLWriter.key("comment") + " = " + TOMLWriter.string(comment)) }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    private mutating func text(_ id: String) -> String {
        let governance = context.governance
        func bank(_ phrases: [String]) -> [String] { PhraseBank.fitting(phrases, governance: governance) }
        switch id {
        case "what_worked":
            return PhraseBank.sentence(from: bank(PhraseBank.worked), count: random.int(1...3), using: &random)
        case "what_did_not_work":
            return PhraseBank.sentence(from: bank(PhraseBank.didNotWork), count: random.int(1...2), using: &random)
        case "lessons_learned": return PhraseBank.sentence(from: bank(PhraseBank.lessons), count: 1, using: &random)
        case "help_needed":
            return PhraseBank.sentence(from: bank(PhraseBank.help), count: random.int(1...2), using: &random)
        case "approvals_outstanding":
            return context.pendingApprovals.isEmpty
                ? "None" : "Still waiting for " + context.pendingApprovals.joined(separator: ", ")
        default:
            return random.pick([
                "Keep the same structure", "Review the quorum", "More meetings online", "Fewer, longer meetings",
                "Move to " + (governance == "delegate_gc" ? "all-member meetings" : "a delegate General Committee"),
            ])
        }
    }

    private mutating func count(_ id: String) -> Int {
        let meetings = context.meetingsPerYear
        switch id {
        case "general_meetings_held": return max(0, meetings + random.int(-2...1))
        case "policy_meetings_held": return random.int(1...4)
        case "executive_meetings_held": return random.int(6...11)
        case "meetings_cancelled", "quorum_failures": return random.pick([0, 0, 0, 1, 1, 2])
        case "average_attendance":
            return context.governance == "delegate_gc"
                ? random.int(18...60) : max(8, context.members * random.int(3...10) / 100)
        case "first_time_attenders", "new_members_welcomed": return random.int(0...context.members / 20 + 5)
        case "online_meetings_held": return random.int(0...6)
        case "posts_vacant": return random.pick([0, 0, 1, 1, 2, 3])
        case "branches_active": return random.int((context.branches / 2)...max(context.branches, 1))
        case "plan_objectives_set":
            objectivesSet = random.int(3...8)
            return objectivesSet
        case "plan_objectives_met": return random.int(0...objectivesSet)
        case "motions_passed": return random.int(2...15)
        default: return random.int(0...10)
        }
    }
}
