import Diagnostics
import RuleLanguage

/// Checks a CLP's selections against its edition: option requirements, approvals (``ApprovalLedger``), parameters that do not
/// apply, and every constraint, reporting each problem with live values, its citation and the keys involved
/// (unless ``explains`` leaves failures out).
public struct Validator: Sendable {
    public let edition: Edition
    /// What is written out in words (``ValidationExplanations``). A caller that needs only which rules failed
    /// (the impact of a draft, for the year as it stands) leaves it empty: a third of a year's check is spent
    /// explaining.
    public var explains: ValidationExplanations

    public init(edition: Edition, explains: ValidationExplanations = .all) {
        self.edition = edition
        self.explains = explains
    }

    /// Every problem found, plus the values that were computed (for documents and reports).
    public func validate(_ selections: Selections) -> ValidationResult {
        let approvals = ApprovalLedger(edition: edition, selections: selections)
        let builder = BindingsBuilder(
            edition: edition, selections: selections, approvals: approvals,
            explainsValues: explains.contains(.derivedValues))
        var bindings = builder.baseBindings()
        let (derived, derivedProblems) = builder.addDerived(to: &bindings)
        var diagnostics = derivedProblems
        let locator = SelectionsLocator(edition: edition, selections: selections)
        diagnostics += checkOptions(selections, bindings: bindings)
        diagnostics += approvals.diagnostics
        diagnostics += checkParameters(selections, bindings: bindings)
        // By index: each constraint is lent to `check`, where a `for` loop would copy every one of them.
        let constraints = edition.allConstraints
        for index in constraints.indices {
            if let diagnostic = check(constraints[index], bindings: bindings, locator: locator, selections: selections)
            {
                diagnostics.append(diagnostic)
            }
        }
        return ValidationResult(diagnostics: diagnostics, bindings: bindings, derived: derived, approvals: approvals)
    }

    /// Whether a constraint is violated by `bindings` (nil when it holds, does not apply, or cannot be evaluated).
    func violates(_ constraint: Constraint, bindings: RuleBindings) -> Bool {
        if let when = constraint.when, RuleEvaluator(bindings: bindings).evaluate(when.expression).boolean != true {
            return false
        }
        return RuleEvaluator(bindings: bindings).evaluate(constraint.require.expression).boolean == false
    }

    private func check(
        _ constraint: Constraint, bindings: RuleBindings, locator: SelectionsLocator, selections: Selections
    ) -> Diagnostic? {
        let evaluator = RuleEvaluator(bindings: bindings)
        var reads: [String] = []
        if let when = constraint.when {
            let evaluation = evaluator.evaluate(when.expression)
            reads += evaluation.reads
            guard let holds = evaluation.boolean else { return evaluationProblem(evaluation, when.source, bindings) }
            if !holds { return nil }
        }
        let evaluation = evaluator.evaluate(constraint.require.expression)
        guard let holds = evaluation.boolean else {
            return evaluationProblem(evaluation, constraint.require.source, bindings)
        }
        if holds { return nil }
        guard explains.contains(.failures) else {
            return Diagnostic(
                code: constraint.code, severity: constraint.severity,
                message: BookletBuilder.plainTemplate(constraint.message.text), location: nil)
        }
        // What the requirement read comes first: it is what is wrong; the condition is context.
        reads = evaluation.reads + reads
        return ConstraintReport(constraint: constraint, bindings: bindings, locator: locator, selections: selections)
            .diagnostic(reads: reads)
    }

    /// An evaluation error is reported only when every input was bound: a missing input has already been
    /// reported where it was (or should have been) written.
    private func evaluationProblem(_ evaluation: RuleEvaluation, _ source: RuleSource, _ bindings: RuleBindings)
        -> Diagnostic?
    {
        guard let error = evaluation.error, !Self.isMissingInput(error) else { return nil }
        return error.diagnostic(in: source)
    }

    /// "No value for 'x'" and "record missing a field": the input was left out or was invalid, and that has
    /// already been reported where it is (or should be) written, so the rule reading it stays quiet.
    static func isMissingInput(_ error: RuleEvaluationError) -> Bool {
        error.isMissingInput
    }

    private func checkOptions(_ selections: Selections, bindings: RuleBindings) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let evaluator = RuleEvaluator(bindings: bindings)
        let names = ReadableNames(edition: edition, bindings: bindings)
        for section in edition.sections {
            for chosen in selections.choices[section.id]?.options ?? [] {
                guard let option = section.option(chosen.value) else { continue }
                let span = selections.choices[section.id]?.usedDefault == true ? nil : chosen.span
                let name = section.id + "." + option.id
                if let requires = option.requires, evaluator.evaluate(requires.expression).boolean == false {
                    diagnostics.append(
                        ValidationMessages.optionRequirementUnmet(
                            name, expression: requires.text, because: names.explanation(of: requires.expression),
                            at: span, cite: option.cite))
                }
                if let from = option.availableFrom, let agm = selections.agmDate?.value, agm < from {
                    diagnostics.append(
                        ValidationMessages.optionNotYetAvailable(
                            name, from: from, agm: agm, at: span, cite: option.cite))
                }
                if let excludes = option.excludes, evaluator.evaluate(excludes.expression).boolean == true {
                    diagnostics.append(
                        ValidationMessages.optionExcluded(
                            name, expression: excludes.text, because: names.exclusion(excludes.expression), at: span,
                            cite: option.cite))
                }
            }
        }
        return diagnostics
    }

    private func checkParameters(_ selections: Selections, bindings: RuleBindings) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let evaluator = RuleEvaluator(bindings: bindings)
        let names = ReadableNames(edition: edition, bindings: bindings)
        for section in edition.sections {
            // Most settings apply always: the file is looked up only for one that may not.
            guard section.parameters.contains(where: { $0.applies != nil }),
                let choice = selections.choices[section.id]
            else { continue }
            // By index, reading each parameter's fields in place: a `for` loop would copy every parameter.
            let parameters = section.parameters
            for index in parameters.indices {
                guard let applies = parameters[index].applies, let set = choice.parameters[parameters[index].id]
                else { continue }
                if evaluator.evaluate(applies.expression).boolean == false {
                    diagnostics.append(
                        ValidationMessages.parameterNotApplicable(
                            parameters[index].qualifiedName, depends: names.dependence(on: applies.expression),
                            condition: applies.text, at: set.span))
                }
            }
        }
        return diagnostics
    }
}

/// What validation found, and the values it computed along the way.
public struct ValidationResult: Sendable {
    public var diagnostics: [Diagnostic]
    /// Facts, choices, parameters and derived values, as the rules read them.
    public var bindings: RuleBindings
    /// Every derived value as computed, in dependency order.
    public var derived: [DerivedResult]
    /// The approvals that count, and those the chosen options still await.
    public var approvals: ApprovalLedger

    public var isValid: Bool { !diagnostics.hasErrors }
}
