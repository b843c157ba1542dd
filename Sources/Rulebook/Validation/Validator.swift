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
        // Each rule is judged by its two expressions, read in place by index; the whole constraint is
        // copied only for a diagnostic (passing `constraints[index]` copied it, retaining and releasing each
        // of its fields, for every rule of every check).
        let constraints = edition.allConstraints
        let evaluator = RuleEvaluator(bindings: bindings)
        for index in constraints.indices {
            switch Self.verdict(
                when: constraints[index].when?.expression, require: constraints[index].require.expression,
                evaluator: evaluator)
            {
            case .holds: continue
            case .fails:
                diagnostics.append(
                    failure(constraints[index], evaluator: evaluator, locator: locator, selections: selections))
            case .cannotEvaluate(let error, let inCondition):
                // A missing input has already been reported where it was (or should have been) written.
                guard !Self.isMissingInput(error),
                    let source = inCondition ? constraints[index].when?.source : constraints[index].require.source
                else { continue }
                diagnostics.append(error.diagnostic(in: source))
            }
        }
        return ValidationResult(diagnostics: diagnostics, bindings: bindings, derived: derived, approvals: approvals)
    }

    /// Whether a constraint is violated by `bindings` (nil when it holds, does not apply, or cannot be evaluated).
    func violates(_ constraint: Constraint, bindings: RuleBindings) -> Bool {
        let evaluator = RuleEvaluator(bindings: bindings)
        if let when = constraint.when, evaluator.evaluate(when.expression, tracesReads: false).boolean != true {
            return false
        }
        return evaluator.evaluate(constraint.require.expression, tracesReads: false).boolean == false
    }

    /// What checking one rule found.
    private enum Verdict {
        /// It holds, does not apply, or gives no yes/no (the type checker refuses such a rule when the menu
        /// loads).
        case holds
        case fails
        /// Its condition (`inCondition`) or its requirement could not be evaluated.
        case cannotEvaluate(RuleEvaluationError, inCondition: Bool)
    }

    /// Judges a rule without tracing what it reads, since most hold; a failure that is explained is
    /// evaluated again by ``failure(_:evaluator:locator:selections:)`` (evaluation is pure: the same answer).
    private static func verdict(
        when: RuleExpression?, require: RuleExpression, evaluator: RuleEvaluator
    ) -> Verdict {
        if let when {
            switch evaluator.evaluate(when, tracesReads: false).result {
            case .success(.boolean(true)): break
            case .success: return .holds
            case .failure(let error): return .cannotEvaluate(error, inCondition: true)
            }
        }
        switch evaluator.evaluate(require, tracesReads: false).result {
        case .success(.boolean(false)): return .fails
        case .success: return .holds
        case .failure(let error): return .cannotEvaluate(error, inCondition: false)
        }
    }

    /// The diagnostic for a rule that fails: the menu's plain message when failures are not explained, else
    /// the full report, with what the requirement read first (it is what is wrong; the condition is context).
    private func failure(
        _ constraint: Constraint, evaluator: RuleEvaluator, locator: SelectionsLocator, selections: Selections
    ) -> Diagnostic {
        guard explains.contains(.failures) else {
            return Diagnostic(
                code: constraint.code, severity: constraint.severity,
                message: BookletBuilder.plainTemplate(constraint.message.text), location: nil)
        }
        var reads = evaluator.evaluate(constraint.require.expression).reads
        if let when = constraint.when { reads += evaluator.evaluate(when.expression).reads }
        return ConstraintReport(
            constraint: constraint, bindings: evaluator.bindings, locator: locator, selections: selections
        )
        .diagnostic(reads: reads)
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
                if let requires = option.requires,
                    evaluator.evaluate(requires.expression, tracesReads: false).boolean == false
                {
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
                if let excludes = option.excludes,
                    evaluator.evaluate(excludes.expression, tracesReads: false).boolean == true
                {
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
                if evaluator.evaluate(applies.expression, tracesReads: false).boolean == false {
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
