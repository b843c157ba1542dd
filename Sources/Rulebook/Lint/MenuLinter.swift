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
                        MenuMessages.missingCitation("option", name, ruleBook: edition.ruleBook, at: option.span))
                }
                if let requires = option.requires, !satisfiability.canHold(requires.expression) {
                    diagnostics.append(MenuMessages.optionNeverChosen(name, at: requires.span))
                }
            }
            for parameter in section.parameters where parameter.cite == nil && section.cite == nil {
                diagnostics.append(
                    MenuMessages.missingCitation(
                        "parameter", parameter.qualifiedName, ruleBook: edition.ruleBook, at: parameter.span))
            }
        }
        for constraint in edition.allConstraints {
            diagnostics += lint(constraint, satisfiability: satisfiability)
        }
        for clause in edition.allClauses {
            if let when = clause.when, !satisfiability.canHold(when.expression) {
                diagnostics.append(MenuMessages.clauseNeverEmitted(clause.id, at: when.span))
            }
        }
        return diagnostics
    }

    private func lint(_ constraint: Constraint, satisfiability: Satisfiability) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let name = constraint.qualifiedID
        if constraint.cite == nil {
            diagnostics.append(
                MenuMessages.missingCitation("constraint", name, ruleBook: edition.ruleBook, at: constraint.span))
        }
        if constraint.passExamples.isEmpty || constraint.failExamples.isEmpty {
            diagnostics.append(MenuMessages.missingExamples(name, at: constraint.span))
        }
        let whenCanHold = constraint.when.map { satisfiability.canHold($0.expression) } ?? true
        if !whenCanHold || !satisfiability.canHold(constraint.require.expression, negated: true) {
            diagnostics.append(MenuMessages.constraintNeverFires(name, at: constraint.require.span))
        }
        return diagnostics
    }
}
