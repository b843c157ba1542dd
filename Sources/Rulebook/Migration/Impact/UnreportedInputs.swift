/// What a secretary's report does not carry, the officers elected and the AGM's votes, and the draft's rules
/// that read them (directly, or through a derived value): such a rule cannot be assessed for a year rebuilt
/// from a report, so ``ImpactAnalyzer`` lists what it says but does not count it against the CLP.
struct UnreportedInputs: Sendable {
    /// The codes of the edition's constraints that read the officers or votes.
    let ruleCodes: Set<String>

    init(_ edition: Edition) {
        let derived = edition.general.derived + edition.sections.flatMap(\.rules.derived)
        let expressions = Dictionary(derived.map { ($0.id, $0.value.expression) }) { first, _ in first }
        var memo: [String: Bool] = [:]
        func reads(_ names: [String], visiting: Set<String>) -> Bool {
            names.contains { name in
                if Self.isUnreported(name) { return true }
                guard let expression = expressions[name], !visiting.contains(name) else { return false }
                if let known = memo[name] { return known }
                let answer = reads(expression.referencedNames, visiting: visiting.union([name]))
                memo[name] = answer
                return answer
            }
        }
        ruleCodes = Set(
            edition.allConstraints.filter { constraint in
                let names =
                    constraint.require.expression.referencedNames
                    + (constraint.when?.expression.referencedNames ?? [])
                return reads(names, visiting: [])
            }.map(\.code))
    }

    /// Whether `name` is read from the officers or the votes.
    static func isUnreported(_ name: String) -> Bool {
        name == "officers" || name.hasPrefix("officers.") || name.hasPrefix("votes.")
    }
}
