import TOML

/// Writes the feedback file a secretary fills in at year end: the edition's report questions, each as a
/// commented-out answer to uncomment, then a rating table for each option the year chose. Every value and
/// comment goes through ``TOMLWriter``, so text from the menu or the file cannot break out of its place.
public struct FeedbackTemplate: Sendable {
    let year: YearEvaluation

    public init(_ year: YearEvaluation) { self.year = year }

    /// The template's text.
    public func render() -> String {
        let selections = year.selections
        var lines: [String] = [
            TOMLWriter.comment(
                "Year-end feedback for " + (selections?.clpName?.value ?? "the CLP")
                    + (selections?.year.map { ", " + String($0.value) } ?? "") + ", for the central party."),
            TOMLWriter.comment("Answer each question by removing the '# ' before it; required ones must be answered."),
            TOMLWriter.comment("Check it with: clpconf report SELECTIONS.toml --feedback THIS.toml"),
            line("edition", TOMLWriter.string(year.edition.id)),
        ]
        if let value = selections?.year?.value {
            lines.append(line("year", TOMLWriter.integer(Int64(value))))
        }
        lines += ["", TOMLWriter.tableHeader(["answers"])]
        for question in year.edition.questions {
            lines.append(TOMLWriter.comment(question.text + " (" + Self.describe(question) + ")"))
            lines.append(TOMLWriter.comment(line(question.id, Self.example(question))))
            lines.append("")
        }
        lines.append(TOMLWriter.tableHeader(["figures"]))
        let members = year.bindings["facts.members"].flatMap { value -> Int? in
            if case .integer(let number) = value { number } else { nil }
        }
        lines.append(
            TOMLWriter.comment(
                "Members at the end of the year (a whole number, 0 or more, required)"
                    + (members.map { "; the selections give " + String($0) + " at the AGM" } ?? "")))
        lines.append(TOMLWriter.comment(line("members_at_year_end", TOMLWriter.integer(Int64(members ?? 0)))))
        lines.append("")
        for option in year.chosenOptions {
            lines.append(TOMLWriter.tableHeader(["ratings", option.name]))
            lines.append(TOMLWriter.comment(option.title + ": how well did it work, from 1 (badly) to 5 (very well)?"))
            lines.append(TOMLWriter.comment(line("rating", TOMLWriter.integer(3))))
            lines.append(TOMLWriter.comment(line("comment", TOMLWriter.string(""))))
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    static func describe(_ question: ReportQuestion) -> String {
        let kind =
            switch question.kind {
            case .text: "text"
            case .integer: "a whole number, 0 or more"
            case .boolean: "true or false"
            case .rating: "a rating from 1 to 5"
            case .choice(let choices): "one of " + choices.map(TOMLWriter.string).joined(separator: ", ")
            }
        return kind + (question.required ? ", required" : ", optional")
    }

    private static func example(_ question: ReportQuestion) -> String {
        switch question.kind {
        case .text: TOMLWriter.string("")
        case .integer: TOMLWriter.integer(0)
        case .boolean: TOMLWriter.boolean(false)
        case .rating: TOMLWriter.integer(3)
        case .choice(let choices): TOMLWriter.string(choices.first ?? "")
        }
    }
}

/// `key = value`, the key quoted when it needs to be and `value` already written by ``TOMLWriter``.
private func line(_ key: String, _ value: String) -> String { TOMLWriter.key(key) + " = " + value }
