import Diagnostics

/// The validation messages that are not the menu's own constraints (codes `S2xx`), sorted by name. Each takes
/// its code and severity from its entry in ``RulebookCatalogue``.
enum ValidationMessages {
    static func approvalMissing(_ option: String, approval: String, title: String, at span: SourceSpan?) -> Diagnostic {
        RulebookCatalogue.approvalMissing.diagnostic(
            "option '\(option)' needs approval from the \(title) before it takes effect; no approval is recorded",
            at: span,
            fixIts: [FixIt("once approved, add [approvals] \(approval) = { date = YYYY-MM-DD, reference = \"...\" }")])
    }

    static func optionExcluded(_ option: String, expression: String, at span: SourceSpan?, cite: String?) -> Diagnostic
    {
        RulebookCatalogue.optionExcluded.diagnostic(
            "option '\(option)' cannot be chosen here: its exclusion '\(expression)' holds", at: span, citation: cite)
    }

    static func optionRequirementUnmet(
        _ option: String, expression: String, because: String, at span: SourceSpan?, cite: String?
    ) -> Diagnostic {
        RulebookCatalogue.optionRequirementUnmet.diagnostic(
            "option '\(option)' requires \(expression)", at: span, citation: cite, explanation: because)
    }

    static func parameterNotApplicable(_ name: String, condition: String, at span: SourceSpan) -> Diagnostic {
        RulebookCatalogue.parameterNotApplicable.diagnostic(
            "'\(name)' has no effect with these choices: it applies only when \(condition)", at: span,
            fixIts: [FixIt("remove '\(name.split(separator: ".").last ?? "")' or change the choice it depends on")])
    }
}
