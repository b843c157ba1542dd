import Diagnostics
import RuleLanguage
import TOML

/// The dialogue of `clpconf init --interactive`, as a value: it is given the secretary's answers a line at a
/// time and says what to show next, so it can be driven by a terminal, a test or a script alike.
///
/// It walks the CLP's identity, the AGM date, the edition's facts, the officers elected, then each section
/// in booklet order (its intro in a sentence, its options with their summaries, advice on `?`, the choice,
/// then each setting that applies with its range, unit and default). Each answer is checked as it is
/// typed and asked again with a plain message when it is not one. After each section the year so far is
/// evaluated by ``YearEvaluator``; problems it has not shown before are shown in plain words, with the fix
/// the fix search found offered. At the end it shows a summary and the file's text (``State/finished(_:)``).
///
/// Every value goes into the file through ``TOMLWriter`` (``WizardAnswers/selectionsText(edition:year:)``),
/// and every echo of typed text has its terminal escapes shown, not obeyed.
public struct SelectionsWizard: Sendable {
    /// Where the dialogue is.
    public enum State: Sendable, Equatable {
        /// Waiting for an answer to ``SelectionsWizard/question``.
        case asking
        /// Every question answered: the selections file's text.
        case finished(String)
        /// Input ended before the last answer: nothing is to be written.
        case stopped
    }

    /// The parts of the dialogue, in order.
    enum Stage: Sendable, Equatable {
        case identity
        case facts
        case list(Int)
        case officers
        case baseline
        case section(Int)
        case approvals(Int)
        case parameters(Int)
        case review(Int)
        case finalReview
        case summary
        case done
    }

    public let edition: Edition
    /// The AGM year the wizard starts from (the file's year is the AGM date's).
    public let year: Int
    /// What has been answered so far.
    public internal(set) var answers = WizardAnswers()
    /// Last year's answers (`--from`), the defaults of every question; empty without one.
    let last: WizardAnswers
    public internal(set) var state: State = .asking
    /// The question waiting for an answer, while ``state`` is ``State/asking``.
    public internal(set) var question: WizardQuestion?
    var stage: Stage = .identity
    var queue: [WizardQuestion] = []
    /// The record of a list fact being typed, field by field.
    var record: [RuleRecord.Field] = []
    /// The approval being typed (its reference comes next).
    var approval: WizardAnswers.Approval?
    /// The officer being typed.
    var officer = WizardAnswers.Officer(post: "", name: "", woman: false)
    /// Where the dialogue goes on after the facts are asked again.
    var resumeStage: Stage = .section(0)
    /// Fixes offered and waiting for a yes or no.
    var offered: [FixSearch.Fix] = []
    /// Problems already shown (code and message), so each is shown once.
    var shown: Set<String> = []
    /// The problems of the previous evaluation, to tell which are new.
    var previous: Set<String> = []
    let evaluator: YearEvaluator

    /// A wizard for `edition`, for an AGM in `year`, with `last` year's file (same edition) as defaults.
    ///
    /// - Parameter fixSearchTimeLimit: How long each fix search may take (tests make it long, so that the
    ///   search's budget alone ends it and a scripted run gives the same fixes on a loaded machine).
    public init(
        edition: Edition, year: Int, last: Selections? = nil,
        fixSearchTimeLimit: Duration = FixSearch.defaultTimeLimit
    ) {
        self.edition = edition
        self.year = year
        self.last = last.map { WizardAnswers(last: $0, year: year) } ?? WizardAnswers()
        // Nothing asks about the CLP's own clauses: last year's are kept as they were written.
        answers.localAdditions = self.last.localAdditions
        var evaluator = YearEvaluator(edition: edition)
        evaluator.fixSearchTimeLimit = fixSearchTimeLimit
        self.evaluator = evaluator
    }

    /// The opening words and the first question.
    public mutating func start() -> [WizardOutput] {
        var out: [WizardOutput] = [
            .heading("A new selections file, from " + edition.title),
            .text(
                WizardText.wrap(
                    "Answer each question and press Enter. The answer in [brackets] is kept if you just press"
                        + " Enter; type ? for advice. Press Ctrl-D at any time to stop: nothing is written until"
                        + " the end.", indent: "")),
        ]
        out += advance()
        return out
    }

    /// What to show after the secretary typed `line` (without its line end).
    public mutating func receive(_ line: String) -> [WizardOutput] {
        guard state == .asking, let question else { return [] }
        switch question.parse(line) {
        case .invalid(let message):
            return [.text("  " + message + "."), .prompt(prompt(question))]
        case .help(let number):
            return [.text(help(question, option: number)), .prompt(prompt(question))]
        case .answer(let value):
            self.question = nil
            return take(value, for: question) + advance()
        case .leftOut:
            self.question = nil
            return take(nil, for: question) + advance()
        }
    }

    /// Input ended (Ctrl-D): the dialogue stops and nothing is to be written.
    public mutating func endOfInput() -> [WizardOutput] {
        guard state == .asking else { return [] }
        state = .stopped
        question = nil
        return [.text("\nStopped before the end: no file was written.")]
    }

    /// Asks the next question, moving through the stages until one has a question or the dialogue ends.
    mutating func advance() -> [WizardOutput] {
        var out: [WizardOutput] = []
        while queue.isEmpty {
            if case .finished = state { return out }
            out += fill()
        }
        let next = queue.removeFirst()
        question = next
        return out + [.prompt(prompt(next))]
    }

    /// The prompt line: the question, what an answer looks like, and the default in brackets.
    func prompt(_ question: WizardQuestion) -> String {
        var text = question.text
        switch question.kind {
        case .integer(let range, let unit):
            let span = range.map { "\($0.lowerBound) to \($0.upperBound)" }
            let hint = [span, unit].compactMap { $0 }.joined(separator: " ")
            if !hint.isEmpty { text += " (" + hint + ")" }
        case .choice(let values): text += " (" + values.joined(separator: ", ") + ")"
        case .date: text += " (YYYY-MM-DD)"
        case .boolean, .text, .options: break
        }
        switch (question.kind, question.defaultValue) {
        case (.boolean, .boolean(true)?): text += " [Y/n]"
        case (.boolean, .boolean(false)?): text += " [y/N]"
        case (.boolean, nil): text += " [y/n]"
        case (.options(let ids, _), let value?): text += " [" + Self.optionNumbers(value, ids: ids) + "]"
        case (_, let value?): text += " [" + SelectionsWizard.words(value) + "]"
        case (_, nil): break
        }
        return WizardText.wrap(text + ":", indent: "  ", hanging: Self.indent(of: question.text) + "  ")
    }

    /// The advice shown for `?` (or `?N`, option N's).
    func help(_ question: WizardQuestion, option number: Int?) -> String {
        guard case .choice(let section) = question.target,
            let section = edition.sections.first(where: { $0.id == section })
        else {
            return question.advice.map { WizardText.paragraphs($0) + "\n  Expected: " + question.expected }
                ?? "  Expected: " + question.expected
        }
        let options = number.map { [section.options[$0 - 1]] } ?? section.options
        return options.map { option in
            "  " + option.title + ":\n" + WizardText.paragraphs(option.advice, indent: "    ")
        }.joined(separator: "\n\n")
    }

    /// The spaces `text` starts with (a field of a record is indented under its list).
    static func indent(of text: String) -> String {
        String(text.prefix { $0 == " " })
    }

    /// A value as the dialogue shows it: text as typed (escapes shown), yes/no, dates as written.
    static func words(_ value: RuleValue) -> String {
        switch value {
        case .string(let text): WizardQuestion.shown(text)
        case .date(let date): date.description
        case .list(let items): items.isEmpty ? "none" : items.map(words).joined(separator: ", ")
        default: WizardQuestion.shown(RuleValueFormatter.text(value))
        }
    }

    /// Options chosen, by their numbers in the list: `2` or `1, 3`; `none` when the list is empty.
    static func optionNumbers(_ value: RuleValue, ids: [String]) -> String {
        let chosen: [String] =
            switch value {
            case .string(let id): [id]
            case .list(let items): items.compactMap { if case .string(let id) = $0 { id } else { nil } }
            default: []
            }
        let numbers = chosen.compactMap { id in ids.firstIndex(of: id).map { String($0 + 1) } }
        return numbers.isEmpty ? "none" : numbers.joined(separator: ", ")
    }
}
