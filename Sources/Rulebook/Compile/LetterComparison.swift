/// The part of a letter that compares a CLP with others: its governance choice among CLPs of its size and
/// in its region, with their attendance and its own, and how CLPs that chose the same options rated them.
struct LetterComparison {
    let report: ReceivedReport
    let group: CompileResult.Group
    let titles: [String: String]

    func blocks() -> [DocumentBlock] {
        var items: [[DocumentInline]] = []
        if let governance = report.option(in: "governance") {
            let title = (titles[governance] ?? governance).lowercasedFirst
            let band = MembershipBand(members: report.members)
            // Compared only with others: a band or region holding this CLP alone says nothing.
            if band != .unknown, let peers = group.bands.first(where: { $0.id == band.id }), peers.reports > 1 {
                let same = peers.options.first { $0.option == governance }?.count ?? 0
                var sentence =
                    "Of the \(Figures.thousands(peers.reports)) CLPs with \(band.label), \(same) chose \(title), as you did"
                if let attendance = group.bandAttendance[band]?[governance],
                    let mean = Figures.meanTenths(attendance.tenths, over: attendance.reports)
                {
                    sentence += "; their average attendance was \(Figures.tenths1(mean)) per 100 members"
                    if let yours = YearTally.attendanceTenths(
                        report.feedback?.averageAttendance, members: report.members)
                    {
                        sentence += ", yours \(Figures.tenths1(yours))"
                    }
                }
                items.append([.text(sentence + ".")])
            }
            if let region = report.region, let peers = group.regions.first(where: { $0.id == region }),
                peers.reports > 1
            {
                let same = peers.options.first { $0.option == governance }?.count ?? 0
                items.append([.text("In the \(region) region, \(same) of \(peers.reports) CLPs chose \(title).")])
            }
        }
        items += ratingItems()
        guard !items.isEmpty else { return [] }
        return [.heading(level: 1, text: "How you compare", anchor: "compare"), .bullets(items)]
    }
}

extension LetterComparison {
    /// How many options' ratings a letter compares.
    static let ratingsShown = 5

    /// The CLP's own ratings beside the average of the CLPs that chose the same option: its governance
    /// option first, then those where its rating is furthest from the average.
    func ratingItems() -> [[DocumentInline]] {
        let governance = report.option(in: "governance")
        let compared = group.outcomes.compactMap { outcome -> (CompileResult.OptionOutcome, Int64, Int64)? in
            guard outcome.ratings > 1, let yours = report.feedback?.ratings[outcome.option] else { return nil }
            // The distance in tenths between the CLP's rating and the average.
            let distance = abs(yours * 10 * Int64(outcome.ratings) - outcome.ratingSum * 10) / Int64(outcome.ratings)
            return (outcome, yours, outcome.option == governance ? Int64.max : distance)
        }
        let shown = compared.sorted { $0.2 > $1.2 }.prefix(Self.ratingsShown)
        return shown.compactMap { outcome, yours, _ in
            guard let average = Figures.average(outcome.ratingSum, over: outcome.ratings) else { return nil }
            return [
                .text(
                    "CLPs that chose \(outcome.title.lowercasedFirst) rated it \(average) out of 5 on average "
                        + "(\(Figures.count(outcome.ratings, "rating"))); you rated it \(yours).")
            ]
        }
    }
}

extension String {
    /// The text with its first letter lowercased, for a title inside a sentence ("Delegate General Committee"
    /// stays as it is: a word of capitals and a second capital letter are kept).
    var lowercasedFirst: String {
        guard let first, first.isUppercase else { return self }
        let word = prefix { !$0.isWhitespace }
        if word.dropFirst().contains(where: \.isUppercase) { return self }
        let rest = dropFirst(word.count)
        // Keep a title whose next word starts with a capital (a proper name: "Delegate General Committee").
        if rest.split(separator: " ").first?.first?.isUppercase == true { return self }
        return first.lowercased() + dropFirst()
    }
}
