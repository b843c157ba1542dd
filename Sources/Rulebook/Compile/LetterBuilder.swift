/// Writes one CLP's letter as a ``DocumentTree`` (the renderers escape every text, and every name and answer
/// in it came from a CLP's file).
struct LetterBuilder {
    let result: CompileResult
    let responses: [CentreResponse]
    let roster: Roster?

    /// The letter on `report` (nil when none of the CLP's files could be counted); `awaiting` is the latest
    /// year, when the CLP has not yet reported on it.
    func letter(name: String, receipts: [Receipt], report: ReceivedReport?, awaiting: Int64? = nil) -> DocumentTree {
        var blocks: [DocumentBlock] = [
            .paragraph([.text("To the secretary of " + name + " CLP,")]),
            .paragraph([
                .text(
                    "thank you for your year-end report. This letter tells you what became of it: what we "
                        + "received, what the check found, which figures it was counted in, and how your choices "
                        + "compare with other CLPs'.")
            ]),
            .heading(level: 1, text: "What we received", anchor: "received"),
            .table(
                header: ["File", "Generated", "What became of it"],
                rows: receipts.map { [$0.file, $0.generatedAt ?? "", Self.fate($0)] }),
        ]
        if let report,
            let group = result.groups.first(where: { $0.editionID == report.editionID && $0.year == report.year })
        {
            blocks +=
                checkBlocks(report) + countedBlocks(report, group: group)
                + LetterComparison(report: report, group: group, titles: result.optionTitles).blocks()
                + changeBlocks(report)
        } else {
            blocks.append(
                .paragraph([
                    .strong("None of your files could be counted."),
                    .text(" The table above says why; please correct the file and send the report again."),
                ]))
        }
        if let awaiting {
            blocks.append(
                .callout(
                    label: "Still to come",
                    [.paragraph([.text("We have not yet received your report for \(awaiting).")])]))
        }
        blocks += responseBlocks(name, year: report?.year)
        blocks.append(
            .paragraph([.text("With thanks for all the work behind your report,"), .text(" the central party")]))
        return DocumentTree(
            title: "Your report: " + name
                + ((report?.year ?? receipts.compactMap(\.year).max()).map { ", " + String($0) } ?? ""),
            subtitle: "What became of the report you sent to the central party.", blocks: blocks)
    }

    func reminder(_ entry: Roster.Entry, year: Int64) -> DocumentTree {
        DocumentTree(
            title: "A reminder: " + entry.name + ", " + String(year),
            subtitle: "We have not received your CLP's report for the year.",
            blocks: [
                .paragraph([.text("To the secretary of " + entry.name + " CLP,")]),
                .paragraph([
                    .text("we have not yet received your CLP's year-end report for \(year). "),
                    .text(
                        "The reports are how the party learns which ways of organising work, and every CLP's "
                            + "counts. You can write it from your selections file with "),
                    .code("clpconf report FILE --feedback FEEDBACK.toml -o report.json"),
                    .text(" and send the file to your regional office."),
                ]),
            ] + responseBlocks(entry.name, year: year))
    }

    static func fate(_ receipt: Receipt) -> String {
        switch receipt.status {
        case .counted: "counted"
        case .superseded, .rejected, .unreadable: "not counted: " + receipt.reason
        }
    }

    private func checkBlocks(_ report: ReceivedReport) -> [DocumentBlock] {
        var words: String
        switch report.standing {
        case .valid: words = "Your choices fit the Rule Book, with no warnings."
        case .warnings:
            words =
                "Your choices fit the Rule Book, with \(report.warningCount) warning\(report.warningCount == 1 ? "" : "s")."
        case .invalid:
            words =
                "Your choices did not fit the Rule Book: " + report.errorCodes.joined(separator: ", ")
                + ". Your secretary's copy of the report lists each problem and how to put it right."
        }
        if !report.pendingApprovals.isEmpty {
            words +=
                " Still awaiting approval: "
                + report.pendingApprovals.map { result.optionTitles[$0] ?? $0 }.joined(separator: ", ") + "."
        }
        return [.heading(level: 1, text: "What the check found", anchor: "check"), .paragraph([.text(words)])]
    }

    private func countedBlocks(_ report: ReceivedReport, group: CompileResult.Group) -> [DocumentBlock] {
        let band = MembershipBand(members: report.members)
        let region = group.regions.first { $0.id == (report.region ?? YearTally.noRegion) }
        let bandGroup = group.bands.first { $0.id == band.id }
        var items: [[DocumentInline]] = [
            [
                .text(
                    "the \(report.year) figures for edition \(report.editionID): "
                        + Figures.count(group.reports, "report"))
            ]
        ]
        if let region {
            items.append([.text("the \(region.label) region's: " + Figures.count(region.reports, "report"))])
        }
        if let bandGroup {
            items.append([.text("CLPs with \(bandGroup.label): " + Figures.count(bandGroup.reports, "report"))])
        }
        return [
            .heading(level: 1, text: "Where it was counted", anchor: "counted"),
            .paragraph([.text("Your report is one of those behind")]), .bullets(items),
        ]
    }

    private func changeBlocks(_ report: ReceivedReport) -> [DocumentBlock] {
        guard let changes = report.changes else { return [] }
        var blocks: [DocumentBlock] = [.heading(level: 1, text: "What you changed since last year", anchor: "changes")]
        if changes.isEmpty {
            blocks.append(.paragraph([.text("Your report says no choice or setting changed from last year.")]))
        } else {
            blocks.append(
                .table(
                    header: ["Choice or setting", "Last year", "This year"],
                    rows: changes.map {
                        [$0.title, $0.before ?? "(not in that edition)", $0.after ?? "(not in this edition)"]
                    }))
        }
        return blocks
    }

    private func responseBlocks(_ name: String, year: Int64?) -> [DocumentBlock] {
        let key = CLPName.key(name)
        let mine = responses.filter { CLPName.key($0.clp) == key && ($0.year == nil || $0.year == year) }
        guard !mine.isEmpty else { return [] }
        var blocks: [DocumentBlock] = [.heading(level: 1, text: "Our response", anchor: "response")]
        for response in mine {
            if let from = response.from { blocks.append(.paragraph([.strong("From " + from)])) }
            let paragraphs = response.text.trimmingOuterNewlines.split(separator: "\n\n").map {
                DocumentBlock.paragraph([.text($0.split(whereSeparator: \.isNewline).joined(separator: " "))])
            }
            blocks += paragraphs
        }
        return blocks
    }
}

extension String {
    /// The text without leading and trailing line breaks (a TOML multi-line string starts with one).
    var trimmingOuterNewlines: String {
        var text = Substring(self)
        while text.first == "\n" || text.first == "\r" { text.removeFirst() }
        while text.last == "\n" || text.last == "\r" { text.removeLast() }
        return String(text)
    }
}
