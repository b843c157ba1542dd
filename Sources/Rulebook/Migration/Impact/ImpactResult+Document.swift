/// The impact as a document (`impact --format md|html`): the totals, each rule the draft would make fail
/// with the CLPs under it, the choices the migration would drop, and the files left out. Every CLP is in the
/// CSV and JSON; the document lists up to ``shownPerRule`` under each rule.
extension ImpactResult {
    /// The most CLPs listed under one rule in the document.
    public static let shownPerRule = 50

    public func document() -> DocumentTree {
        var blocks: [DocumentBlock] = [
            .definitions([
                ("CLPs assessed", [.text(Figures.thousands(cases.count))]),
                ("Valid now, invalid under the draft", [.strong(Figures.thousands(becomingInvalid))]),
                ("Invalid now, valid under the draft", [.text(Figures.thousands(becomingValid))]),
                ("Valid now and under the draft", [.text(Figures.thousands(stayingValid))]),
                ("Invalid now and under the draft", [.text(Figures.thousands(stayingInvalid))]),
                ("Files left out", [.text(Figures.thousands(leftOut.count))]),
            ]),
            .paragraph([
                .text(
                    "Each year is checked under its own edition and again after it is carried to the draft; "
                        + "a problem is counted here only when the second check finds it and the first does not. "
                        + "Each is assessed as if its next AGM fell under the draft, so the dates an edition or "
                        + "an option governs are not held against it. A year rebuilt from a report has no officers "
                        + "or votes (a report does not carry them): a rule that reads them is listed for it but not "
                        + "counted.")
            ]),
        ]
        blocks += ruleBlocks() + lossBlocks() + leftOutBlocks()
        return DocumentTree(
            title: "What edition \(draftID) would change",
            subtitle: draftTitle + ": its effect on every CLP assessed, before it is published.", blocks: blocks)
    }

    private func ruleBlocks() -> [DocumentBlock] {
        var blocks: [DocumentBlock] = [.heading(level: 1, text: "Rules the draft would make fail", anchor: "rules")]
        guard !groups.isEmpty else {
            return blocks + [.paragraph([.emphasis("None: the draft adds no problem to any CLP assessed.")])]
        }
        for group in groups {
            let clps = Set(group.affected.map(\.file)).count
            blocks.append(
                .heading(level: 2, text: "\(group.code): \(group.title)", anchor: "rule-" + group.code.anchorID))
            var facts: [(term: String, detail: [DocumentInline])] = [
                ("Severity", [.text(group.severity == .error ? "error" : "warning")]),
                ("CLPs", [.strong(Figures.thousands(clps))]),
            ]
            if group.severity == .error {
                facts.append(("Made invalid by it", [.text(Figures.thousands(group.newlyInvalid))]))
            }
            let unassessed = group.affected.count { !$0.assessed }
            if unassessed > 0 {
                facts.append(
                    (
                        "Not assessed",
                        [
                            .text(
                                "\(Figures.thousands(unassessed)) of them from reports: the rule reads the officers "
                                    + "or the AGM's votes, which a report does not carry, so it is not counted "
                                    + "against them; ask them to check it")
                        ]
                    ))
            }
            if let rule = group.rule { facts.append(("Rule", [.code(rule)])) }
            if let citation = group.citation { facts.append(("Source", [.text(citation)])) }
            blocks.append(.definitions(facts))
            let rows = group.affected.prefix(Self.shownPerRule).map {
                [$0.clp, $0.year.map { String($0) } ?? "", $0.assessed ? "yes" : "no", $0.message, $0.fix ?? ""]
            }
            blocks.append(
                .table(header: ["CLP", "Year", "Counted", "What the check would say", "What to change"], rows: rows))
            if group.affected.count > Self.shownPerRule {
                blocks.append(
                    .paragraph([
                        .emphasis(
                            "…and \(Figures.thousands(group.affected.count - Self.shownPerRule)) more: the CSV and "
                                + "JSON list every one.")
                    ]))
            }
        }
        return blocks
    }

    private func lossBlocks() -> [DocumentBlock] {
        var blocks: [DocumentBlock] = [
            .heading(level: 1, text: "Choices the migration would drop", anchor: "dropped")
        ]
        guard !losses.isEmpty else {
            return blocks + [.paragraph([.emphasis("None: every choice assessed survives into the draft.")])]
        }
        blocks.append(
            .table(
                header: ["Item", "What happens", "CLPs", "Why", "Consider instead"],
                rows: losses.map {
                    [$0.item, $0.kind.rawValue, Figures.thousands($0.clps.count), $0.reason, $0.replacement ?? ""]
                }))
        return blocks
    }

    private func leftOutBlocks() -> [DocumentBlock] {
        var blocks: [DocumentBlock] = [.heading(level: 1, text: "Files left out", anchor: "files-left-out")]
        guard !leftOut.isEmpty else {
            return blocks + [.paragraph([.emphasis("None: every file could be assessed.")])]
        }
        blocks.append(
            .table(
                header: ["File", "Why", "Codes"],
                rows: leftOut.map { [$0.file, $0.reason, $0.codes.joined(separator: ", ")] }))
        return blocks
    }
}
