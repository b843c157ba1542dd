import Diagnostics

/// "Did you mean" for the rule language: ``NameSuggester``'s nearest name, or else a name that differs by
/// two neighbouring letters swapped (`nmae` → `name`), the commonest typo in short names.
enum RuleSuggester {
    /// The candidate `name` was most likely meant to be, if any.
    static func suggestion(for name: String, among candidates: some Collection<String>) -> String? {
        if let nearest = NameSuggester.suggestion(for: name, among: candidates) { return nearest }
        let letters = Array(name)
        return candidates.filter { isTransposition(letters, Array($0)) }.min()
    }

    private static func isTransposition(_ lhs: [Character], _ rhs: [Character]) -> Bool {
        guard lhs.count == rhs.count, lhs != rhs else { return false }
        let differences = lhs.indices.filter { lhs[$0] != rhs[$0] }
        guard differences.count == 2, differences[1] == differences[0] + 1 else { return false }
        return lhs[differences[0]] == rhs[differences[1]] && lhs[differences[1]] == rhs[differences[0]]
    }
}
