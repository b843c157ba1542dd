import Diagnostics
import RuleLanguage

/// Turns selections into the names expressions read: facts, choices, parameters (chosen or default),
/// officers, votes, approvals, and then the derived values in dependency order.
struct BindingsBuilder {
    let edition: Edition
    let selections: Selections
    /// The approvals that count this year.
    let approvals: ApprovalLedger
    /// Whether each derived value's `because` is written out (``ValidationExplanations/derivedValues``).
    var explainsValues = true

    /// Bindings for everything the file states (derived values not yet added).
    func baseBindings() -> RuleBindings {
        var bindings = RuleBindings()
        // Room for every name bound here and for the derived values bound after, so the table grows once (up to
        // a bound: a hostile edition's matters times approvals must not reserve gigabytes up front).
        let names =
            4 + selections.facts.count + edition.sections.reduce(1) { $0 + 1 + $1.parameters.count }
            + 3 * edition.votes.count + edition.matters.count * edition.approvals.count + edition.allDerived.count
        bindings.reserveCapacity(min(names, 1 << 14))
        if let year = selections.year { bindings.bind("year", .integer(year.value)) }
        if let date = selections.agmDate { bindings.bind("agm.date", .date(date.value)) }
        bindings.bind("clp.name", .string(selections.clpName?.value ?? ""))
        bindings.bind("clp.region", .string(selections.region?.value ?? ""))
        for (id, fact) in selections.facts { bindings.bind("facts." + id, fact.value) }
        for section in edition.sections {
            let choice = selections.choices[section.id]
            let options = choice?.options.map(\.value) ?? []
            switch section.choose {
            case .one: if let first = options.first { bindings.bind(section.id + ".option", .string(first)) }
            case .any: bindings.bind(section.id + ".options", .list(options.map(RuleValue.string)))
            case .none: break
            }
            // By index, reading each parameter's fields in place: a `for` loop would copy every parameter.
            let parameters = section.parameters
            for index in parameters.indices {
                if let value = choice?.parameters[parameters[index].id]?.value ?? parameters[index].defaultValue {
                    bindings.bind(parameters[index].qualifiedName, value)
                }
            }
        }
        bindings.bind("officers", .list(selections.officers.map(Self.record)))
        for vote in edition.votes {
            let recorded = selections.votes[vote.id]
            bindings.bind(.joining("votes.", vote.id, ".for"), .integer(recorded?.inFavour ?? 0))
            bindings.bind(.joining("votes.", vote.id, ".against"), .integer(recorded?.against ?? 0))
            bindings.bind(.joining("votes.", vote.id, ".recorded"), .boolean(recorded != nil))
        }
        for matter in edition.matters {
            for body in edition.approvals {
                bindings.bind(
                    .joining("approvals.", matter.id, ".", body.id),
                    .boolean(approvals.isApproved(matter.id, by: body.id)))
            }
        }
        return bindings
    }

    static func record(_ officer: Selections.Officer) -> RuleValue {
        .record(
            RuleRecord([
                ("post", .string(officer.post)), ("name", .string(officer.name)), ("woman", .boolean(officer.woman)),
                ("job_share", .boolean(officer.jobShare)), ("union_member", .boolean(officer.unionMember)),
            ]))
    }

    /// Adds every derived value, evaluating each after the ones it reads. A derived value that cannot be
    /// computed (its inputs are missing, or it divides by zero) is reported once and left unbound.
    ///
    /// - Returns: Each derived value as computed, in dependency order, and the problems found.
    func addDerived(to bindings: inout RuleBindings) -> (results: [DerivedResult], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var results: [DerivedResult] = []
        let order = edition.derivedInDependencyOrder
        results.reserveCapacity(order.count)
        // By index: a `for` loop would copy each definition whole.
        for index in order.indices {
            let derived = order[index]
            // What a value read is kept only when values are explained (nothing else shows it).
            let evaluation = RuleEvaluator(bindings: bindings).evaluate(
                derived.value.expression, tracesReads: explainsValues)
            let inputs = evaluation.reads.compactMap { name in bindings[name].map { (name: name, value: $0) } }
            var result = DerivedResult(definition: derived, value: evaluation.value, inputs: inputs)
            if explainsValues, evaluation.value != nil, let because = derived.because {
                if case .success(let text) = RuleEvaluator(bindings: bindings).render(because.template) {
                    result.because = text
                }
            }
            results.append(result)
            switch evaluation.result {
            case .success(let value): bindings.bind(derived.id, value)
            case .failure(let error):
                if !Validator.isMissingInput(error) {
                    diagnostics.append(error.diagnostic(in: derived.value.source))
                }
            }
        }
        return (results, diagnostics)
    }
}
