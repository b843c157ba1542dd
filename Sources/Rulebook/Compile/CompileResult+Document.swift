/// The compile as a document: the Markdown summary and the HTML dashboard (`compile --format md|html`). The
/// governance choice is shown by region and membership band here; every option's breakdown is in the CSV
/// and JSON.
extension CompileResult {
    public func document() -> DocumentTree {
        var blocks: [DocumentBlock] = [
            .definitions([
                ("Files read", [.text(Figures.thousands(receipts.count))]),
                ("Reports counted", [.strong(Figures.thousands(count(.counted)))]),
                ("Replaced by a later report", [.text(Figures.thousands(count(.superseded)))]),
                ("Left out", [.text(Figures.thousands(count(.rejected) + count(.unreadable)))]),
                (
                    "Editions and years",
                    [.text(groups.map { "\($0.year) (edition \($0.editionID))" }.joined(separator: ", "))]
                ),
            ])
        ]
        var contents: [(anchor: String, title: String)] = [("files-left-out", "Files left out")]
        contents += groups.map { (Self.anchor($0), Self.heading($0)) }
        if !transitions.isEmpty { contents.append(("transitions", "Year on year")) }
        if !missing.isEmpty { contents.append(("missing", "Missing returns")) }
        blocks.append(.contents(contents))
        blocks += leftOutBlocks()
        for group in groups {
            blocks += CompileGroupDocument(group: group).blocks(anchor: Self.anchor(group), title: Self.heading(group))
        }
        blocks += transitionBlocks() + missingBlocks()
        return DocumentTree(
            title: "What CLPs reported",
            subtitle: "The central compile of CLPs' year-end reports: what they chose, how it worked, and who has "
                + "not yet reported.",
            blocks: blocks)
    }

    static func heading(_ group: Group) -> String { "\(group.year), edition \(group.editionID)" }
    static func anchor(_ group: Group) -> String { "year-\(group.year)-edition-\(group.editionID.anchorID)" }

    private func leftOutBlocks() -> [DocumentBlock] {
        let rows = receipts.filter { $0.status != .counted }.map {
            [$0.file, $0.status.rawValue, $0.reason, $0.codes.joined(separator: ", ")]
        }
        var blocks: [DocumentBlock] = [.heading(level: 1, text: "Files left out", anchor: "files-left-out")]
        if rows.isEmpty {
            blocks.append(.paragraph([.emphasis("None: every file was a report the compile could count.")]))
        } else {
            blocks.append(.table(header: ["File", "What became of it", "Why", "Codes"], rows: rows))
        }
        return blocks
    }

    private func transitionBlocks() -> [DocumentBlock] {
        guard !transitions.isEmpty else { return [] }
        return [
            .heading(level: 1, text: "Year on year", anchor: "transitions"),
            .paragraph([
                .text(
                    "CLPs that reported in two years running, by the governance they chose each year; attendance "
                        + "is per 100 members, over the CLPs that gave it both years.")
            ]),
            .table(
                header: ["Years", "From", "To", "CLPs", "Attendance per 100 members, before → after"],
                rows: transitions.map { move in
                    let before = Figures.meanTenths(move.attendanceBeforeTenths, over: move.attendanceCLPs)
                    let after = Figures.meanTenths(move.attendanceAfterTenths, over: move.attendanceCLPs)
                    let attendance =
                        before.flatMap { before in
                            after.map {
                                Figures.tenths1(before) + " → " + Figures.tenths1($0) + " ("
                                    + Figures.count(move.attendanceCLPs, "CLP") + ")"
                            }
                        } ?? "not given"
                    return [
                        "\(move.fromYear) → \(move.toYear)", optionTitles[move.from] ?? move.from,
                        optionTitles[move.to] ?? move.to, String(move.clps), attendance,
                    ]
                }),
        ]
    }

    private func missingBlocks() -> [DocumentBlock] {
        guard !missing.isEmpty else { return [] }
        var blocks: [DocumentBlock] = [.heading(level: 1, text: "Missing returns", anchor: "missing")]
        for year in missing {
            blocks.append(
                .heading(level: 2, text: "\(year.year): \(year.clps.count) on the roster sent nothing", anchor: nil))
            if year.clps.isEmpty {
                blocks.append(.paragraph([.emphasis("Every CLP on the roster reported.")]))
            } else {
                blocks.append(
                    .table(header: ["CLP", "Region"], rows: year.clps.map { [$0.name, $0.region ?? ""] }))
            }
        }
        return blocks
    }
}
