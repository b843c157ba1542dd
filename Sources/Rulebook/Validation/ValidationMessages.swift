import Diagnostics

/// The catalogue of validation diagnostics that are not the menu's own constraints (codes `S2xx`).
enum ValidationMessages {
    static func approvalMissing(_ option: String, approval: String, title: String, at span: SourceSpan?) -> Diagnostic {
        Diagnostic(
            code: "S203", severity: .warning,
            message:
                "option '\(option)' needs approval from the \(title) before it takes effect; no approval is recorded",
            location: span,
            fixIts: [FixIt("once approved, add [approvals] \(approval) = { date = YYYY-MM-DD, reference = \"...\" }")])
    }

    static func optionExcluded(_ option: String, expression: String, at span: SourceSpan?, cite: String?) -> Diagnostic
    {
        Diagnostic(
            code: "S202", severity: .error,
            message: "option '\(option)' cannot be chosen here: its exclusion '\(expression)' holds", location: span,
            citation: cite)
    }

    static func optionRequirementUnmet(
        _ option: String, expression: String, because: String, at span: SourceSpan?, cite: String?
    ) -> Diagnostic {
        Diagnostic(
            code: "S201", severity: .error,
            message: "option '\(option)' requires \(expression)", location: span, citation: cite,
            explanation: because)
    }

    static func parameterNotApplicable(_ name: String, condition: String, at span: SourceSpan) -> Diagnostic {
        Diagnostic(
            code: "S204", severity: .warning,
            message: "'\(name)' has no effect with these choices: it applies only when \(condition)", location: span,
            fixIts: [FixIt("remove '\(name.split(separator: ".").last ?? "")' or change the choice it depends on")])
    }
}
