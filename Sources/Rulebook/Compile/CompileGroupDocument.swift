/// One edition and year of the compile, laid out: validity, what CLPs chose (a chart per section), the
/// governance choice by region and by membership band, settings, outcomes and the words CLPs used.
struct CompileGroupDocument {
    let group: CompileResult.Group

    func blocks(anchor: String, title: String) -> [DocumentBlock] {
        var blocks: [DocumentBlock] = [
            .heading(level: 1, text: title, anchor: anchor),
            .paragraph([
                .text(Figures.count(group.reports, "report") + " on "), .emphasis(group.editionTitle), .text("."),
            ]),
            .chart(
                DocumentChart(
                    id: anchor + "-standing", title: "How the \(group.year) reports stood under the Rule Book",
                    valueHeader: "Reports",
                    bars: [
                        bar("Valid", group.valid), bar("Valid with warnings", group.withWarnings),
                        bar("Invalid", group.invalid), bar("Approvals still pending", group.approvalsPending),
                    ], scale: Double(group.reports))),
            .heading(level: 2, text: "What CLPs chose", anchor: nil),
        ]
        var sections: [String] = []
        for option in group.options where !sections.contains(option.sectionTitle) {
            sections.append(option.sectionTitle)
        }
        for section in sections {
            let bars = group.options.filter { $0.sectionTitle == section }.map { bar($0.title, $0.count) }
            blocks.append(
                .chart(
                    DocumentChart(
                        id: anchor + "-" + section, title: section, valueHeader: "CLPs", bars: bars,
                        scale: Double(group.reports))))
        }
        blocks +=
            breakdownBlocks() + settingBlocks() + outcomeBlocks(anchor: anchor) + phraseBlocks()
            + localAdditionBlocks()
        return blocks
    }

    private func bar(_ label: String, _ count: Int) -> DocumentChart.Bar {
        DocumentChart.Bar(
            label: label, value: Double(count),
            text:
                "\(Figures.thousands(count)) of \(Figures.thousands(group.reports)) (\(Figures.percent(count, of: group.reports)))"
        )
    }

    /// The governance options, by region and by band.
    private func breakdownBlocks() -> [DocumentBlock] {
        let governance = group.options.filter { $0.option.hasPrefix("governance.") }
        guard !governance.isEmpty else { return [] }
        func rows(_ breakdowns: [CompileResult.Breakdown]) -> [[String]] {
            breakdowns.map { breakdown in
                [breakdown.label, Figures.thousands(breakdown.reports)]
                    + governance.map { option in
                        let count = breakdown.options.first { $0.option == option.option }?.count ?? 0
                        return "\(count) (\(Figures.percent(count, of: breakdown.reports)))"
                    }
            }
        }
        let header = governance.map(\.title)
        return [
            .heading(level: 2, text: "Governance by region", anchor: nil),
            .table(header: ["Region", "Reports"] + header, rows: rows(group.regions)),
            .heading(level: 2, text: "Governance by membership", anchor: nil),
            .table(header: ["Members", "Reports"] + header, rows: rows(group.bands)),
        ]
    }

    private func settingBlocks() -> [DocumentBlock] {
        guard !group.settings.isEmpty else { return [] }
        return [
            .heading(level: 2, text: "Settings", anchor: nil),
            .paragraph([.text("Each whole-number setting over the reports that set it: lowest, quartiles, highest.")]),
            .table(
                header: ["Setting", "Reports", "Lowest", "Lower quartile", "Median", "Upper quartile", "Highest"],
                rows: group.settings.map {
                    [
                        $0.title + " (" + $0.name + ")", String($0.reports), String($0.min), String($0.lowerQuartile),
                        String($0.median), String($0.upperQuartile), String($0.max),
                    ]
                }),
        ]
    }

    private func outcomeBlocks(anchor: String) -> [DocumentBlock] {
        guard !group.outcomes.isEmpty else { return [] }
        let rated = group.outcomes.filter { $0.ratings > 0 }
        var blocks: [DocumentBlock] = [.heading(level: 2, text: "How it worked", anchor: nil)]
        if !rated.isEmpty {
            blocks.append(
                .chart(
                    DocumentChart(
                        id: anchor + "-ratings",
                        title: "Average rating from 1 (badly) to 5 (very well), with the number of ratings",
                        valueHeader: "Average rating",
                        bars: rated.map {
                            let average = Figures.average($0.ratingSum, over: $0.ratings) ?? ""
                            return DocumentChart.Bar(
                                label: $0.title, value: Double($0.ratingSum) / Double($0.ratings),
                                text: "\(average) (\(Figures.count($0.ratings, "rating")))")
                        }, scale: 5)))
        }
        blocks.append(Self.everyoneNote)
        blocks.append(
            .table(
                header: [
                    "Option", "CLPs", "Average rating", "General meetings held / planned", "Attendance per 100 members",
                ],
                rows: distinguishing(group.outcomes, \.option).map { outcome in
                    let rating = Figures.average(outcome.ratingSum, over: outcome.ratings).map {
                        "\($0) (\(outcome.ratings))"
                    }
                    let meetings =
                        outcome.meetingReports > 0
                        ? "\(outcome.meetingsHeld) / \(outcome.meetingsPlanned) (\(Figures.count(outcome.meetingReports, "CLP")))"
                        : nil
                    let attendance = Figures.meanTenths(outcome.attendanceTenths, over: outcome.attendanceReports).map {
                        Figures.tenths1($0) + " (\(Figures.count(outcome.attendanceReports, "CLP")))"
                    }
                    return [
                        outcome.title, String(outcome.reports), rating ?? "no ratings", meetings ?? "not given",
                        attendance ?? "not given",
                    ]
                }))
        return blocks
    }

    private func phraseBlocks() -> [DocumentBlock] {
        guard !group.phrases.isEmpty else { return [] }
        func words(_ phrases: [CompileResult.PhraseCount]) -> String {
            phrases.isEmpty ? "—" : phrases.map { "\($0.phrase) (\($0.count))" }.joined(separator: ", ")
        }
        return [
            .heading(level: 2, text: "In their own words", anchor: nil),
            .paragraph([
                .text(
                    "The words and two-word phrases used most in the answers to \u{201C}what worked\u{201D} and "
                        + "\u{201C}what did not work\u{201D} of the CLPs that chose each option (common words left out)."
                )
            ]),
            Self.everyoneNote,
            .table(
                header: ["Option", "What worked", "What did not work"],
                rows: distinguishing(group.phrases, \.option).map {
                    [$0.title, words($0.worked), words($0.didNotWork)]
                }),
        ]
    }

    /// What CLPs add to their standing orders in their own words, by topic.
    private func localAdditionBlocks() -> [DocumentBlock] {
        guard !group.localAdditions.isEmpty else { return [] }
        return [
            .heading(level: 2, text: "Local additions", anchor: nil),
            .paragraph([
                .text(
                    "Clauses CLPs added to their standing orders in their own words, by the part they go in. "
                        + "Each report lists the texts.")
            ]),
            .table(
                header: ["Topic", "CLPs", "Local additions"],
                rows: group.localAdditions.map { [$0.title, String($0.clps), String($0.additions)] }),
        ]
    }

    /// Said beside the tables that leave out the options every CLP chose.
    static let everyoneNote = DocumentBlock.paragraph([
        .emphasis(
            "Options every CLP in the year chose are left out of the next table: their figures are those of all "
                + "the year's reports. The CSV and JSON give every option.")
    ])

    /// The entries for options some CLPs chose and others did not: the only ones a comparison can tell apart.
    private func distinguishing<Entry>(_ entries: [Entry], _ option: KeyPath<Entry, String>) -> [Entry] {
        let everyone = Set(group.options.filter { $0.count == group.reports }.map(\.option))
        return entries.filter { !everyone.contains($0[keyPath: option]) }
    }
}
