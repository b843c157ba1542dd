import RuleLanguage

/// The report laid out for the executive or the AGM to read (`report --format md`): the same facts as the
/// JSON, as a ``DocumentTree`` whose renderers escape every text taken from the file or the menu.
extension YearReport {
    public func document() -> DocumentTree {
        var blocks: [DocumentBlock] = [
            .definitions(
                [
                    ("CLP", [.text(clpName ?? "(not given)")]), ("Region", [.text(region ?? "(not given)")]),
                    ("Year", [.text(year.map(String.init) ?? "(not given)")]),
                    ("AGM", [.text(agmDate ?? "(not given)")]),
                    ("Edition", [.text(editionTitle + " (" + editionID + ")")]),
                    ("Edition digest", [.code(editionDigest)]), ("File", [.code(file)]),
                    ("Valid", [.strong(valid ? "yes" : "no")]),
                    (
                        "Generated", [.text("by clpconf " + generator.version + " at " + generator.generatedAt)]
                    ),
                ])
        ]
        blocks +=
            factBlocks() + choicesBlocks() + derivedBlocks() + problemBlocks() + approvalBlocks() + adoptionBlocks()
            + localAdditionBlocks()
            + changeBlocks()
            + feedbackBlocks()
        return DocumentTree(
            title: "Report: " + (clpName ?? file) + (year.map { ", " + String($0) } ?? ""),
            subtitle: "What the CLP chose this year and how it stands under the Rule Book. Defaults are marked.",
            blocks: blocks)
    }

    private func choicesBlocks() -> [DocumentBlock] {
        var rows: [[String]] = []
        for section in sections {
            if let options = section.options {
                let chosen = options.isEmpty ? "none" : options.map(\.title).joined(separator: ", ")
                rows.append([section.title, chosen, section.optionsAreDefault ? "default" : "chosen"])
            }
            for setting in section.settings {
                let from = setting.isDefault ? "default" : "set"
                rows.append([
                    setting.title + " (" + setting.name + ")", Self.words(setting.value, unit: setting.unit),
                    setting.applies ? from : from + ", does not apply this year",
                ])
            }
        }
        return [
            .heading(level: 1, text: "Choices and settings", anchor: "selections"),
            .table(header: ["Choice or setting", "Value", "From"], rows: rows),
        ]
    }

    private func factBlocks() -> [DocumentBlock] {
        guard !facts.isEmpty else { return [] }
        return [
            .heading(level: 1, text: "Facts", anchor: "facts"),
            .table(
                header: ["Fact", "Is", "From"],
                rows: facts.map {
                    [$0.title + " (" + $0.id + ")", Self.factWords($0.value), $0.isDefault ? "default" : "given"]
                }),
        ]
    }

    private func derivedBlocks() -> [DocumentBlock] {
        guard !derived.isEmpty else { return [] }
        return [
            .heading(level: 1, text: "Values worked out", anchor: "derived"),
            .table(
                header: ["Value", "Is", "Because"],
                rows: derived.map {
                    [$0.title + " (" + $0.id + ")", Self.words($0.value, unit: nil), $0.because ?? ""]
                }
            ),
        ]
    }

    private func problemBlocks() -> [DocumentBlock] {
        var blocks: [DocumentBlock] = [.heading(level: 1, text: "Problems", anchor: "problems")]
        if problems.isEmpty {
            blocks.append(.paragraph([.emphasis("None: the choices fit the Rule Book.")]))
        } else {
            blocks.append(
                .table(
                    header: ["Code", "Severity", "Message", "Where"],
                    rows: problems.map {
                        [$0.code, $0.severity.rawValue, $0.message, Self.place($0)]
                    }))
        }
        return blocks
    }

    private func approvalBlocks() -> [DocumentBlock] {
        guard !approvals.isEmpty else { return [] }
        var blocks: [DocumentBlock] = [.heading(level: 1, text: "Approvals", anchor: "approvals")]
        if let period = approvalPeriod {
            blocks.append(.paragraph([.text("Approvals count from " + period.from + " to " + period.to + ".")]))
        }
        blocks.append(
            .table(
                header: ["Option", "Approved by", "Status", "Date", "Reference"],
                rows: approvals.map { [$0.approves, $0.by, $0.status.rawValue, $0.date ?? "", $0.reference ?? ""] }))
        return blocks
    }

    private func adoptionBlocks() -> [DocumentBlock] {
        guard !adoptions.isEmpty else { return [] }
        return [
            .heading(level: 1, text: "Amendments adopted at the AGM", anchor: "adoptions"),
            .table(
                header: ["Changes", "Moved by", "For", "Against", "Abstaining", "Adopted"],
                rows: adoptions.map {
                    [
                        $0.changes.joined(separator: "; "), $0.movedBy, String($0.votesFor), String($0.votesAgainst),
                        String($0.abstaining), $0.adoptedAt,
                    ]
                }),
        ]
    }

    private func localAdditionBlocks() -> [DocumentBlock] {
        guard !localAdditions.isEmpty else { return [] }
        return [
            .heading(level: 1, text: "Local additions", anchor: "local-additions"),
            .paragraph([.text("Clauses the CLP added to its standing orders in its own words.")]),
            .table(
                header: ["Topic", "Text", "Characters"],
                rows: localAdditions.map { [$0.topic, $0.text, String($0.characters)] }),
        ]
    }

    private func changeBlocks() -> [DocumentBlock] {
        guard let lastYear else { return [] }
        var blocks: [DocumentBlock] = [
            .heading(level: 1, text: "Changes from last year", anchor: "changes"),
            .paragraph([.text("Compared with "), .code(lastYear.file), .text(".")]),
        ]
        if lastYear.changes.isEmpty {
            blocks.append(.paragraph([.emphasis("No choice or setting changed.")]))
        } else {
            blocks.append(
                .table(
                    header: ["Choice or setting", "Last year", "This year"],
                    rows: lastYear.changes.map {
                        [
                            $0.title + " (" + $0.name + ")", $0.before ?? "(not in that edition)",
                            $0.after ?? "(not in this edition)",
                        ]
                    }))
        }
        return blocks
    }

    private func feedbackBlocks() -> [DocumentBlock] {
        guard let feedback else { return [] }
        var blocks: [DocumentBlock] = [.heading(level: 1, text: "The secretary's feedback", anchor: "feedback")]
        blocks.append(
            .definitions(
                feedback.answers.map { answer in
                    let text =
                        switch answer.answer {
                        case .text(let text): text
                        case .integer(let number): String(number)
                        case .boolean(let flag): flag ? "yes" : "no"
                        }
                    return (answer.question, [.text(text)])
                } + [("Members at the end of the year", [.text(feedback.membersAtYearEnd.map(String.init) ?? "")])]))
        if !feedback.ratings.isEmpty {
            blocks.append(
                .table(
                    header: ["Option", "Rating (1 to 5)", "Comment"],
                    rows: feedback.ratings.map { [$0.option, $0.rating.map(String.init) ?? "", $0.comment ?? ""] }))
        }
        return blocks
    }

    private static func words(_ value: RuleValue?, unit: String?) -> String {
        guard let value else { return "(not set)" }
        let count: Int? = if case .integer(let number) = value { number } else { nil }
        return RuleValueFormatter.text(value) + (unit.map { " " + UnitWords.unit($0, count: count) } ?? "")
    }

    /// A list fact (the branches, the affiliates) as how many it lists; the JSON carries every entry.
    private static func factWords(_ value: RuleValue?) -> String {
        if case .list(let items) = value { return String(items.count) + " listed" }
        return words(value, unit: nil)
    }

    private static func place(_ problem: Problem) -> String {
        guard let file = problem.file, let line = problem.line, let column = problem.column else { return "" }
        return "\(file):\(line):\(column)"
    }
}
