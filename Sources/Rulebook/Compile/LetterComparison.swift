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
        for outcome in group.outcomes where outcome.ratings > 1 {
            guard let yours = report.feedback?.ratings[outcome.option],
                let average = Figures.average(outcome.ratingSum, over: outcome.ratings)
            else { continue }
            items.append([
                .text(
                    "CLPs that chose \(outcome.title.lowercasedFirst) rated it \(average) out of 5 on average "
                        + "(\(outcome.ratings) ratings); you rated it \(yours).")
            ])
        }
        guard !items.isEmpty else { return [] }
        return [.heading(level: 1, text: "How you compare", anchor: "compare"), .bullets(items)]
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
