import Diagnostics
import RuleLanguage

/// Finds things in a loaded edition that are legal but almost certainly mistakes: options that can never be
/// chosen, constraints that can never fire, clauses never emitted, missing citations and missing examples.
public struct MenuLinter: Sendable {
    public let edition: Edition

    public init(edition: Edition) {
        self.edition = edition
    }

    public func lint() -> [Diagnostic] {
        let satisfiability = Satisfiability(edition: edition)
        var diagnostics: [Diagnostic] = []
        for section in edition.sections {
            for option in section.options {
                let name = "\(section.id).\(option.id)"
                if option.cite == nil, section.cite == nil {
                    diagnostics.append(
                        MenuMessages.lint(
                            "M301", "option '\(name)' has no citation", at: option.span,
                            fix: "add cite = \"\(edition.ruleBook), Chapter N, Clause X\""))
                }
                if let requires = option.requires, !satisfiability.canHold(requires.expression) {
                    diagnostics.append(
                        MenuMessages.lint(
                            "M304", "option '\(name)' can never be chosen: its 'requires' can never hold",
                            at: requires.span))
                }
            }
            for parameter in section.parameters where parameter.cite == nil && section.cite == nil {
                diagnostics.append(
                    MenuMessages.lint(
                        "M301", "parameter '\(parameter.qualifiedName)' has no citation", at: parameter.span,
                        fix: "add cite = \"...\""))
            }
        }
        for constraint in edition.allConstraints {
            diagnostics += lint(constraint, satisfiability: satisfiability)
        }
        for clause in edition.allClauses {
            if let when = clause.when, !satisfiability.canHold(when.expression) {
                diagnostics.append(
                    MenuMessages.lint(
                        "M306", "clause '\(clause.id)' can never be emitted: its 'when' can never hold", at: when.span))
            }
        }
        return diagnostics
    }

    private func lint(_ constraint: Constraint, satisfiability: Satisfiability) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let name = constraint.qualifiedID
        if constraint.cite == nil {
            diagnostics.append(
                MenuMessages.lint(
                    "M301", "constraint '\(name)' has no citation", at: constraint.span,
                    fix: "add cite = \"\(edition.ruleBook), Chapter N, Clause X\""))
        }
        if constraint.passExamples.isEmpty || constraint.failExamples.isEmpty {
            diagnostics.append(
                MenuMessages.lint(
                    "M302", "constraint '\(name)' needs at least one 'pass' and one 'fail' example",
                    at: constraint.span, fix: "add pass = [\"...\"] and fail = [\"...\"] snippets"))
        }
        let whenCanHold = constraint.when.map { satisfiability.canHold($0.expression) } ?? true
        if !whenCanHold || !satisfiability.canHold(constraint.require.expression, negated: true) {
            diagnostics.append(
                MenuMessages.lint("M305", "constraint '\(name)' can never fire", at: constraint.require.span))
        }
        return diagnostics
    }
}
