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
        for clause in edition.allClauses + edition.allBranchClauses {
            if let when = clause.when, !satisfiability.canHold(when.expression) {
                diagnostics.append(MenuMessages.clauseNeverEmitted(clause.id, at: when.span))
            }
        }
        return diagnostics + lintPlacement()
    }

    /// Clauses no declared part places, and cross-references to clauses that do not exist.
    private func lintPlacement() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let keys = edition.allClauses.map(StandingOrdersBuilder.key)
        let bare = edition.allClauses.map(\.id)
        let declared = edition.parts.contains(where: \.isDeclared)
        let placedSections = Set(edition.parts.flatMap(\.sections))
        let placedGeneral = Set(edition.parts.flatMap(\.clauses))
        for clause in edition.allClauses {
            let placed = clause.section.map { placedSections.contains($0) } ?? placedGeneral.contains(clause.id)
            if declared, !placed { diagnostics.append(MenuMessages.clauseInNoPart(clause.id, at: clause.span)) }
            for reference in ClauseNumbering.references(in: clause.text.text)
            where !keys.contains(reference) && !bare.contains(reference) {
                diagnostics.append(
                    MenuMessages.unknownClauseReference(reference, in: clause.id, known: bare, at: clause.span))
            }
        }
        // A branch's clauses refer only to each other: the CLP's clauses are not in its standing orders.
        let branchKeys = edition.allBranchClauses.map(StandingOrdersBuilder.key)
        let branchBare = edition.allBranchClauses.map(\.id)
        for clause in edition.allBranchClauses {
            for reference in ClauseNumbering.references(in: clause.text.text)
            where !branchKeys.contains(reference) && !branchBare.contains(reference) {
                diagnostics.append(
                    MenuMessages.unknownClauseReference(reference, in: clause.id, known: branchBare, at: clause.span))
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
        if constraint.because == nil {
            diagnostics.append(MenuMessages.missingBecause(name, at: constraint.span))
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
