import Diagnostics
import RuleLanguage
import TOML

extension SelectionsWizard {
    /// The year so far evaluated by the engine; nil when the answers cannot be written as TOML.
    ///
    /// A setting that no longer applies (a fix changed the option it belongs to) is dropped from the answers,
    /// so the file never sets what has no effect.
    mutating func evaluate(searchingFixes: Bool) -> YearEvaluation? {
        var evaluator = self.evaluator
        evaluator.searchesFixes = searchingFixes
        guard let first = try? evaluator.evaluate(selectionsText()) else { return nil }
        let checker = RuleEvaluator(bindings: first.bindings)
        var dropped = false
        for section in edition.sections {
            for parameter in section.parameters {
                guard answers.sections[section.id]?.parameters[parameter.id] != nil, let applies = parameter.applies,
                    checker.evaluate(applies.expression).boolean == false
                else { continue }
                answers.sections[section.id]?.parameters[parameter.id] = nil
                dropped = true
            }
        }
        guard dropped else { return first }
        return try? evaluator.evaluate(selectionsText())
    }

    /// The answers as the engine reads them.
    private func selectionsText() throws -> SelectionsText {
        let text = try answers.selectionsText(edition: edition, year: fileYear)
        return SelectionsText(bytes: Array(text.utf8), path: "selections.toml")
    }

    /// The file's year: the AGM date's, else the year the wizard was started for.
    public var fileYear: Int { answers.agmDate?.year ?? year }

    /// Before the sections: problems with what the file says (an AGM date the edition does not govern, a
    /// value out of range) and rules that read no section's choices (facts that contradict each other) are
    /// shown now, with the offer to change the facts; the other rules' problems wait for the sections that
    /// settle them.
    mutating func baseline() -> [WizardOutput] {
        stage = .section(0)
        guard let year = evaluate(searchingFixes: false) else { return [] }
        previous = Set(year.diagnostics.map(Self.key))
        let now = year.loadDiagnostics + year.ruleDiagnostics.filter { !readsSection($0) }
        let fresh = now.filter { shown.insert(Self.key($0)).inserted }
        guard !fresh.isEmpty else { return [] }
        return [.text("Check this before going on:")] + fresh.map(Self.problem) + offerFacts(returningTo: .section(0))
    }

    /// Whether `diagnostic`'s rule reads a section's choices or settings: the constraint's `when` and
    /// `require` when the edition has a constraint of its code, else the rule the diagnostic quotes.
    func readsSection(_ diagnostic: Diagnostic) -> Bool {
        reads(diagnostic, prefixes: edition.sections.map { $0.id + "." })
    }

    /// Whether `diagnostic`'s rule (see ``readsSection(_:)``) mentions any of `prefixes`.
    func reads(_ diagnostic: Diagnostic, prefixes: [String]) -> Bool {
        let texts: [String]
        if let constraint = edition.allConstraints.first(where: { $0.code == diagnostic.code }) {
            texts = [constraint.when?.text, constraint.require.text].compactMap { $0 }
        } else {
            texts = [diagnostic.rule].compactMap { $0 }
        }
        return texts.contains { text in prefixes.contains { text.contains($0) } }
    }

    /// Queues "change the facts?"; yes asks each fact that is not a list again, then goes on at `stage`.
    private mutating func offerFacts(returningTo stage: Stage) -> [WizardOutput] {
        resumeStage = stage
        queue.append(
            WizardQuestion(
                "Go back and change the AGM date, the facts or the officers", kind: .boolean, default: .boolean(false),
                target: .revisitFacts))
        return []
    }

    /// After a section: the problems not shown before that are new or read this section's choices, and the
    /// fix the fix search found.
    mutating func review(section: Section) -> [WizardOutput] {
        guard let year = evaluate(searchingFixes: true) else { return [] }
        let now = year.diagnostics
        let fresh = now.filter { diagnostic in
            let key = Self.key(diagnostic)
            let relevant = !previous.contains(key) || reads(diagnostic, prefixes: [section.id + "."])
            return relevant && !shown.contains(key)
        }
        previous = Set(now.map(Self.key))
        for diagnostic in fresh { shown.insert(Self.key(diagnostic)) }
        guard !fresh.isEmpty else {
            let open = now.filter { $0.severity == .error }
            let earlier = open.filter { shown.contains(Self.key($0)) }.count
            var words = "  Checked: " + (open.isEmpty ? "no problems so far." : "nothing new here.")
            if earlier > 0 { words += " \(Self.count(earlier, "error")) shown earlier still to settle." }
            if open.count > earlier {
                words +=
                    " \(Self.count(open.count - earlier, "other error")) will be shown with its section or before writing."
            }
            return [.text(WizardText.wrap(words, indent: "", hanging: "  "))]
        }
        return [.text("The rules find:")] + fresh.map(Self.problem) + offerFixes(year, for: Set(fresh.map(\.code)))
    }

    /// Queues a yes/no question for the complete fix, or else for each partial fix of a code in `codes`.
    private mutating func offerFixes(_ year: YearEvaluation, for codes: Set<String>) -> [WizardOutput] {
        guard let outcome = year.fixes else { return [] }
        offered = []
        if let fix = outcome.fixes.first {
            offered = [fix]
        } else {
            for (code, fix) in outcome.partial where codes.contains(code) { offered.append(fix) }
        }
        guard !offered.isEmpty else { return [] }
        var out: [WizardOutput] = []
        for (index, fix) in offered.enumerated() {
            let scope =
                outcome.fixes.isEmpty
                ? "A change that settles one of these" : "A change that settles every error"
            out.append(
                .text(
                    scope + " (checked by the rules):\n"
                        + WizardText.wrap(Self.capitalisedFirst(describe(fix)) + ".", indent: "    ")))
            queue.append(
                WizardQuestion("Apply this fix?", kind: .boolean, default: .boolean(false), target: .applyFix(index)))
        }
        return out
    }

    /// At the end: every problem still there, and the complete fix when there is one.
    mutating func finalReview() -> [WizardOutput] {
        stage = .summary
        guard let year = evaluate(searchingFixes: true) else { return [] }
        guard !year.diagnostics.isEmpty else { return [] }
        let remaining = year.diagnostics.filter { $0.severity == .error || !shown.contains(Self.key($0)) }
        for diagnostic in remaining { shown.insert(Self.key(diagnostic)) }
        guard !remaining.isEmpty else { return [] }
        var out: [WizardOutput] = [.heading("Before writing"), .text("Still to settle:")] + remaining.map(Self.problem)
        out += offerFixes(year, for: Set(remaining.map(\.code)))
        if remaining.contains(where: { $0.severity == .error && !readsSection($0) }) {
            out += offerFacts(returningTo: .finalReview)
        }
        return out
    }

    /// The summary, and the file's text.
    mutating func finish() -> [WizardOutput] {
        stage = .done
        let year = evaluate(searchingFixes: false)
        let text: String
        do {
            text = try answers.selectionsText(edition: edition, year: fileYear)
        } catch {
            state = .stopped
            question = nil
            return [.problem("The answers cannot be written as TOML: \(error). No file was written.")]
        }
        state = .finished(text)
        return [.heading("Summary"), .text(summary(year))]
    }

    private func summary(_ year: YearEvaluation?) -> String {
        var lines = [
            "  CLP: " + WizardQuestion.shown(answers.clpName ?? "") + " (" + WizardQuestion.shown(answers.region ?? "")
                + ")",
            "  AGM: " + (answers.agmDate?.description ?? "not given"),
            "  Officers: \(answers.officers?.count ?? 0)",
        ]
        for section in edition.sections where section.choose != .none {
            let ids = answers.sections[section.id]?.options ?? section.defaults
            let titles = ids.map { id in section.option(id)?.title ?? WizardQuestion.shown(id) }
            let chosen = section.title + ": " + (titles.isEmpty ? "none" : titles.joined(separator: "; "))
            lines.append(WizardText.wrap(chosen, indent: "  ", hanging: "      "))
        }
        let errors = year?.diagnostics.filter { $0.severity == .error }.count ?? 0
        let warnings = (year?.diagnostics.count ?? 0) - errors
        lines.append(
            errors == 0
                ? "  The rules find no errors"
                    + (warnings > 0 ? " (\(warnings) warning\(warnings == 1 ? "" : "s"))." : ".")
                : "  " + Self.count(errors, "error") + (errors == 1 ? " remains" : " remain")
                    + ": the file is written, and 'clpconf check' shows how to settle "
                    + (errors == 1 ? "it." : "them.")
        )
        return lines.joined(separator: "\n")
    }

    /// A fix in words: "choose 'All-member meetings' in Governance and set 'Meetings a year' to 8".
    func describe(_ fix: FixSearch.Fix) -> String {
        fix.edits.map { edit in
            guard let section = edition.sections.first(where: { $0.id == edit.section }) else { return edit.summary }
            switch edit.key {
            case "option", "options":
                let titles = Self.ids(edit.value).map { section.option($0)?.title ?? $0 }
                return "choose " + (titles.isEmpty ? "none" : titles.map { "'" + $0 + "'" }.joined(separator: ", "))
                    + " in " + section.title
            default:
                let title = section.parameter(edit.key)?.title ?? edit.key
                let unit = section.parameter(edit.key)?.unit.map { " " + $0 } ?? ""
                return "set '" + title + "' (" + section.title + ") to " + Self.words(edit.value) + unit
            }
        }.joined(separator: " and ")
    }

    /// A problem in plain words: the message as a sentence, why (when the menu says), and what to do.
    static func problem(_ diagnostic: Diagnostic) -> WizardOutput {
        var text = diagnostic.message
        if let first = text.first { text = first.uppercased() + text.dropFirst() }
        let label = diagnostic.severity == .error ? "" : "Warning: "
        var lines = [WizardText.wrap(label + text + " [" + diagnostic.code + "]", indent: "", hanging: "    ")]
        if let because = diagnostic.explanation, !because.isEmpty {
            lines.append(WizardText.wrap(because, indent: "    "))
        }
        if let advice = diagnostic.fixIts.first?.summary, !advice.isEmpty {
            lines.append(WizardText.wrap("What to do: " + advice, indent: "    ", hanging: "      "))
        }
        return .problem(lines.joined(separator: "\n"))
    }

    /// `1 error`, `2 errors`.
    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)" + (number == 1 ? "" : "s")
    }

    static func capitalisedFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    static func key(_ diagnostic: Diagnostic) -> String { diagnostic.code + " " + diagnostic.message }
}
