import Diagnostics
import TOML

/// Reads a feedback file against the year it reports on: every answer checked against its question's type
/// and range, every rating against 1–5 and the options chosen, with located diagnostics (the selections
/// file's codes: S101 missing, S102 unknown, S103 out of range, S105 wrong type), all found in one pass.
public enum FeedbackLoader {
    /// The answers that could be read, and every problem found.
    public static func load(_ document: TOMLDocument, for year: YearEvaluation) -> (Feedback, [Diagnostic]) {
        var root = TableReader(
            document.root, range: 0..<0, document: document, context: "the feedback file", vocabulary: .selections)
        var diagnostics: [Diagnostic] = []
        if let (id, value) = root.string("edition", required: true), id != year.edition.id {
            diagnostics.append(
                SelectionsMessages.wrongValue(
                    "edition", problem: "is '\(id)' but the selections follow edition '\(year.edition.id)'",
                    at: root.span(value.range)))
        }
        if let (number, value) = root.integer("year"), let expected = year.selections?.year?.value, number != expected {
            diagnostics.append(
                SelectionsMessages.wrongValue(
                    "year", problem: "is \(number) but the selections are for \(expected)", at: root.span(value.range)))
        }
        let answersTable = root.table("answers")
        var answers = TableReader(
            answersTable?.0 ?? TOMLTable(), range: answersTable?.1.range ?? 0..<0, document: document,
            context: "[answers]", vocabulary: .selections)
        let answered = year.edition.questions.compactMap { read($0, from: &answers) }
        answers.reportUnknownKeys()
        let figures = readFigures(&root, document: document)
        diagnostics += figures.diagnostics
        var ratings: [Feedback.OptionRating] = []
        if let (table, value) = root.table("ratings") {
            var reader = TableReader(
                table, range: value.range, document: document, context: "[ratings]", vocabulary: .selections)
            for option in year.chosenOptions {
                guard let (rated, at) = reader.table(option.name) else { continue }
                var rating = TableReader(
                    rated, range: at.range, document: document,
                    context: TableContext("[ratings.'", option.name, nil, "']"),
                    vocabulary: .selections)
                ratings.append(
                    Feedback.OptionRating(
                        option: option.name, rating: score(&rating, key: "rating", of: option.name),
                        comment: rating.string("comment")?.0))
                rating.reportUnknownKeys()
                diagnostics += rating.diagnostics
            }
            reader.reportUnknownKeys()
            diagnostics += reader.diagnostics
        }
        root.reportUnknownKeys()
        let feedback = Feedback(answers: answered, membersAtYearEnd: figures.members, ratings: ratings)
        return (feedback, root.diagnostics + diagnostics + answers.diagnostics)
    }

    /// `[figures]`: members at year end, required, 0 or more.
    private static func readFigures(_ root: inout TableReader, document: TOMLDocument) -> (
        members: Int?, diagnostics: [Diagnostic]
    ) {
        guard let (table, value) = root.table("figures", required: true) else { return (nil, []) }
        var reader = TableReader(
            table, range: value.range, document: document, context: "[figures]", vocabulary: .selections)
        var members: Int?
        if let (number, at) = reader.integer("members_at_year_end", required: true) {
            if number < 0 {
                reader.report(
                    SelectionsMessages.wrongValue(
                        "figures.members_at_year_end", problem: "is \(number) but must be 0 or more",
                        at: reader.span(at.range), nearest: "0"))
            } else {
                members = number
            }
        }
        reader.reportUnknownKeys()
        return (members, reader.diagnostics)
    }

    private static func read(_ question: ReportQuestion, from reader: inout TableReader) -> Feedback.QuestionAnswer? {
        let required = question.required
        let answer: Feedback.Answer?
        switch question.kind {
        case .text: answer = reader.string(question.id, required: required).map { .text($0.0) }
        case .boolean: answer = reader.boolean(question.id, required: required).map { .boolean($0.0) }
        case .integer:
            answer = reader.integer(question.id, required: required).flatMap { number, value in
                guard number >= 0 else {
                    reader.report(
                        SelectionsMessages.wrongValue(
                            "answers." + question.id, problem: "is \(number) but must be 0 or more",
                            at: reader.span(value.range), nearest: "0"))
                    return nil
                }
                return .integer(number)
            }
        case .rating:
            answer = reader.integer(question.id, required: required).flatMap { number, value in
                inRange(number, value, key: "answers." + question.id, reader: &reader).map { .integer($0) }
            }
        case .choice(let choices):
            answer = reader.string(question.id, required: required).flatMap { text, value in
                guard choices.contains(text) else {
                    let known = choices.map { "'" + $0 + "'" }.joined(separator: ", ")
                    reader.report(
                        SelectionsMessages.wrongValue(
                            "answers." + question.id, problem: "is '\(text)' but must be one of \(known)",
                            at: reader.span(value.range)))
                    return nil
                }
                return .text(text)
            }
        }
        return answer.map { Feedback.QuestionAnswer(id: question.id, question: question.text, answer: $0) }
    }

    private static func score(_ reader: inout TableReader, key: String, of option: String) -> Int? {
        reader.integer(key).flatMap { number, value in
            inRange(number, value, key: "ratings.'\(option)'.\(key)", reader: &reader)
        }
    }

    /// `number` when it is a rating, 1 to 5; otherwise an S103 at `value`.
    private static func inRange(_ number: Int, _ value: TOMLValue, key: String, reader: inout TableReader) -> Int? {
        guard (1...5).contains(number) else {
            reader.report(
                SelectionsMessages.wrongValue(
                    key, problem: "is \(number) but must be between 1 and 5", at: reader.span(value.range),
                    nearest: number < 1 ? "1" : "5"))
            return nil
        }
        return number
    }
}
