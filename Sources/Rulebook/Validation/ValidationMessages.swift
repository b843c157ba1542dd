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

    static func optionExcluded(
        _ option: String, expression: String, because: String, at span: SourceSpan?, cite: String?
    ) -> Diagnostic {
        RulebookCatalogue.optionExcluded.diagnostic(
            "option '\(option)' cannot be chosen with the other choices", at: span, citation: cite,
            explanation: "because " + because, rule: expression)
    }

    static func optionRequirementUnmet(
        _ option: String, expression: String, because: String, at span: SourceSpan?, cite: String?
    ) -> Diagnostic {
        RulebookCatalogue.optionRequirementUnmet.diagnostic(
            "option '\(option)' needs other choices or facts than this file has", at: span, citation: cite,
            explanation: "because " + because, rule: expression)
    }

    /// A setting whose `applies` does not hold; `depends` names what it depends on, in words.
    static func parameterNotApplicable(
        _ name: String, depends: String, condition: String, at span: SourceSpan
    ) -> Diagnostic {
        RulebookCatalogue.parameterNotApplicable.diagnostic(
            "'\(name)' has no effect with these choices: it depends on \(depends)", at: span,
            fixIts: [FixIt("remove '\(name.split(separator: ".").last ?? "")' or change the choice it depends on")],
            rule: condition)
    }
}
