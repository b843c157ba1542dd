import Diagnostics
import RuleLanguage
import TOML

/// The one evaluation of a CLP's year: selections text (optionally amended, optionally with last year's
/// text) against a loaded edition, into a ``YearEvaluation``. Every command and the workbench go through it.
///
/// An edition can evaluate any number of years; nothing is cached between calls, so a long-running process
/// does not grow.
public struct YearEvaluator: Sendable {
    /// The edition every year is evaluated against.
    public let edition: Edition
    /// Whether to search for fixes when the year has errors.
    public var searchesFixes: Bool
    /// How long the fix search may run, beside its budget of evaluations (``FixSearch``).
    public var fixSearchTimeLimit: Duration = FixSearch.defaultTimeLimit
    /// What the check writes out in words (``ValidationExplanations``); without failures, a year's diagnostics
    /// say only which rules failed, and where the file itself is wrong.
    public var explains: ValidationExplanations
    /// The digest given to ``init(edition:digest:searchesFixes:explains:)``, if any.
    private let knownDigest: EditionDigest?

    /// The edition's digest: the one given when the evaluator was made, or else worked out on each access.
    ///
    /// Working it out serialises and hashes the whole edition (a few hundred KiB for a shipped edition, far more
    /// than checking a year), so an evaluation leaves it to the views that show it: see
    /// ``YearEvaluation/editionDigest``.
    public var editionDigest: EditionDigest { knownDigest ?? EditionDigest.compute(edition) }

    /// An evaluator for `edition`; `digest` saves working the edition's digest out again when it is known.
    public init(
        edition: Edition, digest: EditionDigest? = nil, searchesFixes: Bool = true,
        explains: ValidationExplanations = .all
    ) {
        self.edition = edition
        self.knownDigest = digest
        self.searchesFixes = searchesFixes
        self.explains = explains
    }

    /// Evaluates `text`, amended by `amendments` in order (the file itself is never changed).
    ///
    /// - Parameters:
    ///   - text: The selections file as read.
    ///   - amendments: `section.key=value` changes moved at the AGM, applied to the parsed file in one pass;
    ///     a problem with an amended value is located in its `--set` argument and says so. The result's
    ///     ``YearEvaluation/amendment`` compares the amended year with the year as written.
    ///   - last: Last year's file, read against this edition: fixes that keep its choices rank first.
    /// - Throws: ``AmendmentError`` when an amendment cannot be applied (its section is not a table).
    public func evaluate(
        _ text: SelectionsText, amendments: [SelectionsAmendment] = [], last: SelectionsText? = nil
    ) throws -> YearEvaluation {
        let lastSelections = last.flatMap {
            $0.isReadable ? SelectionsLoader.load($0.document, edition: edition).0 : nil
        }
        guard !amendments.isEmpty, text.isReadable else {
            return evaluateOnce(text, last: lastSelections)
        }
        let amendedText: SelectionsText
        switch SelectionsAmendment.apply(amendments, to: text.document) {
        case .success(let document): amendedText = SelectionsText(document: document, diagnostics: text.diagnostics)
        case .failure(let error): throw error
        }
        let before = evaluateOnce(text, last: nil, searching: false)
        var after = evaluateOnce(amendedText, last: lastSelections)
        // The what-if lists rules in their own words; the diagnostics printed above it say which --set they come from.
        var effect = AmendmentEffect(amendments: amendments, before: before.diagnostics, after: after.diagnostics)
        after.loadDiagnostics = SelectionsAmendment.attribute(after.loadDiagnostics, to: amendments)
        after.ruleDiagnostics = SelectionsAmendment.attribute(after.ruleDiagnostics, to: amendments)
        if before.selections != nil, after.selections != nil {
            let redline = Redline(last: before, this: after)
            effect.changes = redline.choices
            effect.changedClauses = redline.clauses.map { ($0.newNumber ?? $0.oldNumber ?? "") + " " + $0.title }
        }
        after.amendment = effect
        return after
    }

    private func evaluateOnce(_ text: SelectionsText, last: Selections?, searching: Bool = true) -> YearEvaluation {
        var evaluation = YearEvaluation(
            edition: edition, knownDigest: knownDigest?.hex, text: text, selections: nil, bindings: RuleBindings(),
            derived: [], approvals: nil,
            loadDiagnostics: text.diagnostics, ruleDiagnostics: [], fixes: nil, amendment: nil)
        guard text.isReadable else { return evaluation }
        let (selections, problems) = SelectionsLoader.load(text.document, edition: edition)
        evaluation.loadDiagnostics += problems
        guard let selections else { return evaluation }
        evaluation.selections = selections
        let validation = Validator(edition: edition, explains: explains).validate(selections)
        evaluation.bindings = validation.bindings
        evaluation.derived = validation.derived
        evaluation.approvals = validation.approvals
        evaluation.ruleDiagnostics = validation.diagnostics
        if searching, searchesFixes, validation.diagnostics.hasErrors {
            evaluation.fixes = FixSearch(edition: edition, timeLimit: fixSearchTimeLimit).search(selections, last: last)
        }
        return evaluation
    }
}
