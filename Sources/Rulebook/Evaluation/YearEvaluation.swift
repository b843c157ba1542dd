import Diagnostics
import RuleLanguage

/// Everything known about one CLP's year under one edition, computed once: the selections as loaded, every
/// value the rules read (facts, choices, parameters, derived values), every problem, the fixes found and,
/// for an amendment, what it changes. Checks, standing orders, redlines and reports are all views of it.
///
/// Produced by ``YearEvaluator``; holds no file handles and touches no file system.
public struct YearEvaluation: Sendable {
    /// The edition the year was evaluated against.
    public var edition: Edition
    /// The edition's digest (`docs/formats.md`, "Edition digest"), as reports and standing orders show it.
    ///
    /// Unless the evaluator was given it, it is worked out from ``edition`` on each read (that serialises and
    /// hashes the whole edition), so a view that shows it reads it once; checking a year never needs it.
    public var editionDigest: String {
        get { knownDigest ?? edition.digest.hex }
        set { knownDigest = newValue }
    }
    /// The digest the evaluator was given (or one set since), so that reading it costs nothing.
    var knownDigest: String?
    /// The text evaluated (with amendments applied, when there were any).
    public var text: SelectionsText
    /// The loaded selections; nil only when the text is not readable TOML.
    public var selections: Selections?
    /// Every name the rules read, derived values included.
    public var bindings: RuleBindings
    /// Each derived value, in dependency order.
    public var derived: [DerivedResult]
    /// The approvals that count this year and those the chosen options still await (nil until loaded).
    public var approvals: ApprovalLedger?
    /// Problems of the file itself: TOML, names, types, ranges.
    public var loadDiagnostics: [Diagnostic]
    /// Problems with the choices under the Rule Book: requirements, approvals, constraints.
    public var ruleDiagnostics: [Diagnostic]
    /// The verified fixes, when the year is invalid and a search was asked for.
    public var fixes: FixSearch.Outcome?
    /// What the amendments change, when there were any.
    public var amendment: AmendmentEffect?

    /// Every problem: the file's, then the rules'.
    public var diagnostics: [Diagnostic] { loadDiagnostics + ruleDiagnostics }

    /// Whether the year has no errors (warnings allowed).
    public var isValid: Bool { !loadDiagnostics.hasErrors && !ruleDiagnostics.hasErrors }

    /// The files diagnostics may point into: the selections file, the `--set` arguments when there were
    /// any, then the edition's.
    public var files: [SourceFile] { text.document.sources + edition.files }

    /// The derived value with `id`, if the edition has one.
    public func derived(_ id: String) -> DerivedResult? { derived.first { $0.id == id } }
}
