import Rulebook

/// A new CLP's reports made from an evaluated CLP's, without evaluating again: the same edition, years, facts,
/// choices, derived values, problems and approvals (so each report stays what the engine said of that year), with
/// a new name and file names, a new time, and new feedback (figures, counts, ratings and text from
/// ``FeedbackComposer``, each answer of its question's type).
public struct ReportDerivation: Sendable {
    public var seed: UInt64
    public var version: String
    /// Each edition's questions, by edition id and question id.
    public var questions: [String: [String: ReportQuestion]]

    public init(seed: UInt64, version: String, questions: [String: [String: ReportQuestion]]) {
        self.seed = seed
        self.version = version
        self.questions = questions
    }

    /// `source`'s years reported again as `clp`'s (its name; the region, edition and years stay the source's).
    public func derive(_ source: ArraySlice<ReportCorpusGenerator.Entry>, as clp: SyntheticCLP)
        -> [ReportCorpusGenerator.Entry]
    {
        guard let first = source.first else { return [] }
        var plan = first.clp
        plan.number = clp.number
        plan.name = clp.name
        plan.slug = clp.slug
        var random = SeededGenerator(seed: seed)
        return source.map { entry in
            var report = entry.report
            let path = plan.slug + "-" + String(entry.year) + ".toml"
            let old = report.file
            report.clpName = plan.name
            report.file = path
            for index in report.problems.indices where report.problems[index].file == old {
                report.problems[index].file = path
            }
            if let year = report.lastYear?.year {
                report.lastYear?.file = plan.slug + "-" + String(year) + ".toml"
            }
            let yearSeed = random.next()
            report.generator = YearReport.Generator(
                version: version, generatedAt: Self.time(agmDate: report.agmDate, year: entry.year, seed: yearSeed))
            if let feedback = report.feedback {
                report.feedback = refreshed(feedback, of: report, seed: yearSeed)
            }
            return ReportCorpusGenerator.Entry(
                clp: plan, year: entry.year, fileName: plan.slug + "-" + String(entry.year) + ".json", report: report,
                evaluated: false)
        }
    }

    /// `feedback` answered again for `report`'s year.
    private func refreshed(_ feedback: Feedback, of report: YearReport, seed: UInt64) -> Feedback {
        var feedback = feedback
        let members = report.facts.first { $0.id == "members" }?.value.flatMap { value -> Int? in
            if case .integer(let number) = value { number } else { nil }
        }
        let branches = report.facts.first { $0.id == "branch" }?.value.map { value -> Int in
            if case .list(let items) = value { items.count } else { 0 }
        }
        let meetings = report.sections.flatMap(\.settings).first { $0.name == "meetings.meetings_per_year" }?.value
        let governance = report.sections.first { $0.id == "governance" }?.options?.first?.id ?? "delegate_gc"
        var composer = FeedbackComposer(
            context: FeedbackComposer.Context(
                members: members ?? 500, governance: governance,
                meetingsPerYear: { if case .integer(let number) = meetings { number } else { 10 } }(),
                branches: branches ?? 0, pendingApprovals: report.pending),
            seed: seed ^ 0xFEED)
        let asked = questions[report.editionID] ?? [:]
        for index in feedback.answers.indices {
            guard let question = asked[feedback.answers[index].id] else { continue }
            if let answer = composer.answer(question, always: true) { feedback.answers[index].answer = answer }
        }
        feedback.membersAtYearEnd = composer.membersAtYearEnd()
        for index in feedback.ratings.indices {
            let (rating, comment) = composer.rating()
            feedback.ratings[index].rating = rating
            feedback.ratings[index].comment = comment
        }
        return feedback
    }

    /// When a year's report was written: a few weeks before the next AGM (the year's end), at a seeded time of
    /// day, as ISO 8601 UTC. Deterministic: the same AGM date and seed give the same time.
    public static func time(agmDate: String?, year: Int, seed: UInt64) -> String {
        let month = agmDate.flatMap { Int(String($0.dropFirst(5).prefix(2))) } ?? 10
        var random = SeededGenerator(seed: seed, item: year, stream: 0x7133)
        let sent = month > 1 ? (year + 1, month - 1) : (year, 12)
        func two(_ value: Int) -> String { value < 10 ? "0" + String(value) : String(value) }
        return String(sent.0) + "-" + two(sent.1) + "-" + two(random.int(1...28)) + "T" + two(random.int(8...21)) + ":"
            + two(random.int(0...59)) + ":" + two(random.int(0...59)) + "Z"
    }
}
