import Diagnostics
import RuleLanguage

/// A rule the CLP's selections must satisfy, with its citation, message, fix advice and examples.
public struct Constraint: Sendable {
    public var id: String
    /// The section it belongs to, or nil for an edition-wide constraint.
    public var section: String?
    /// Stable diagnostic code, e.g. `GOV02`.
    public var code: String
    public var when: CompiledExpression?
    public var require: CompiledExpression
    public var severity: Severity
    public var message: CompiledTemplate
    /// The menu author's words for why the rule does not hold, with live values; it continues
    /// "because …" in `check`'s output. `nil` when the menu gives none (lint warns, M315).
    public var because: CompiledTemplate?
    public var cite: String?
    public var fix: String?
    public var rationale: String?
    /// Selections snippets (applied on top of the edition's `example.toml`) that must pass / must fail.
    public var passExamples: [ConstraintExample]
    public var failExamples: [ConstraintExample]
    public var span: SourceSpan

    /// `section.id` or `id`.
    public var qualifiedID: String { section.map { $0 + "." + id } ?? id }
}

/// A selections snippet attached to a constraint, with where it was written.
public struct ConstraintExample: Sendable {
    public var text: String
    public var span: SourceSpan
    /// Maps offsets in `text` to offsets in the menu file, so a broken snippet is reported where it is written.
    public var offsets: TextOffsetMap
}
