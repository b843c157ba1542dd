import Diagnostics
import RuleLanguage

/// Proposes single edits that might repair failing rules: for each choice or parameter a failing
/// constraint reads, the values worth trying (other options, numbers at the edges the rule's own
/// literals and ranges suggest, a flipped yes/no).
struct CandidateGenerator {
    let edition: Edition
    let selections: Selections
    let bindings: RuleBindings
    /// Last year's selections: their values are always worth trying.
    var last: Selections?

    func candidates(for diagnostics: [Diagnostic]) -> [FixSearch.Edit] {
        let failing = Set(diagnostics.filter { $0.severity == .error }.map(\.code))
        var names: [String] = []
        var literals: [Int] = []
        let locator = SelectionsLocator(edition: edition, selections: selections)
        for constraint in edition.allConstraints where failing.contains(constraint.code) {
            let expressions = [constraint.when?.expression, constraint.require.expression].compactMap { $0 }
            for expression in expressions {
                names += locator.inputs(of: expression.referencedNames)
                literals += expression.integerLiterals
            }
        }
        names += sectionsWithFailingOptions().map { $0 + ".option" }
        names += sectionsWithOptionsNotYetAvailable()
        var seen = Set<String>()
        var edits: [FixSearch.Edit] = []
        for name in names where seen.insert(name).inserted {
            edits += candidates(forName: name, literals: literals)
        }
        var unique = Set<FixSearch.Edit>()
        return edits.filter { unique.insert($0).inserted }
    }

    private func sectionsWithFailingOptions() -> [String] {
        let evaluator = RuleEvaluator(bindings: bindings)
        return edition.sections.filter { section in
            guard section.choose == .one, let chosen = selections.choices[section.id]?.options.first?.value,
                let option = section.option(chosen)
            else { return section.choose == .one && selections.choices[section.id]?.options.isEmpty != false }
            let requiresFails =
                option.requires.map { evaluator.evaluate($0.expression, tracesReads: false).boolean == false } ?? false
            let excludesHolds =
                option.excludes.map { evaluator.evaluate($0.expression, tracesReads: false).boolean == true } ?? false
            return requiresFails || excludesHolds
        }.map(\.id)
    }

    /// `section.option` or `section.options` for each section with a choice the AGM was too early for (S207):
    /// another option is the fix.
    private func sectionsWithOptionsNotYetAvailable() -> [String] {
        guard let agm = selections.agmDate?.value else { return [] }
        return edition.sections.compactMap { section in
            let chosen = selections.choices[section.id]?.options.map(\.value) ?? []
            let early = chosen.contains { id in section.option(id)?.availableFrom.map { agm < $0 } ?? false }
            guard early else { return nil }
            return section.id + (section.choose == .one ? ".option" : ".options")
        }
    }

    private func candidates(forName name: String, literals: [Int]) -> [FixSearch.Edit] {
        let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2, let section = edition.section(parts[0]) else { return [] }
        let key = parts[1]
        let current = bindings[name]
        if key == "option" {
            return section.options.map(\.id).filter { current != .string($0) }
                .map { FixSearch.Edit(section: section.id, key: key, value: .string($0)) }
        }
        if key == "options", case .list(let chosen)? = current {
            var edits: [FixSearch.Edit] = []
            for option in section.options {
                let value = RuleValue.string(option.id)
                let next = chosen.contains(value) ? chosen.filter { $0 != value } : chosen + [value]
                edits.append(FixSearch.Edit(section: section.id, key: key, value: .list(next)))
            }
            return edits
        }
        guard let parameter = section.parameter(key) else { return [] }
        var values = values(for: parameter, current: current, literals: literals)
        if let previous = last?.choices[section.id]?.parameters[key]?.value, previous != current,
            !values.contains(previous)
        {
            values.insert(previous, at: 0)
        }
        return values.map { FixSearch.Edit(section: section.id, key: key, value: $0) }
    }

    private func values(for parameter: Parameter, current: RuleValue?, literals: [Int]) -> [RuleValue] {
        switch parameter.kind {
        case .boolean:
            return [.boolean(current != .boolean(true))]
        case .choice(let values):
            return values.map(RuleValue.string).filter { $0 != current }
        case .integer(let range):
            var numbers = Set(literals.flatMap { [$0] + Self.steps(from: $0) })
            if let range { numbers.formUnion([range.lowerBound, range.upperBound]) }
            if case .integer(let now)? = current { numbers.formUnion(Self.steps(from: now)) }
            return numbers.filter { range?.contains($0) ?? true }.sorted().map(RuleValue.integer).filter {
                $0 != current
            }
        case .string, .date:
            return []
        }
    }

    /// `value - 1` and `value + 1`, leaving out a step past the edge of 64 bits (a skipped candidate, never a
    /// trap: a constraint may compare with 9223372036854775807, or a setting with no range hold it).
    static func steps(from value: Int) -> [Int] {
        let (below, underflow) = value.subtractingReportingOverflow(1)
        let (above, overflow) = value.addingReportingOverflow(1)
        return (underflow ? [] : [below]) + (overflow ? [] : [above])
    }
}
