/// Finds the known name closest to a misspelt one, for "did you mean 'x'?" messages.
public enum NameSuggester {
    /// The candidate nearest to `name` by edit distance, if it is close enough to be a likely typo.
    public static func suggestion(for name: String, among candidates: some Sequence<String>) -> String? {
        let target = Array(name.lowercased())
        var best: (name: String, distance: Int)?
        for candidate in candidates where candidate != name {
            let distance = editDistance(target, Array(candidate.lowercased()))
            let limit = max(1, min(3, (max(target.count, candidate.count) + 2) / 4))
            guard distance <= limit else { continue }
            if best == nil || distance < best?.distance ?? .max
                || (distance == best?.distance && candidate < best?.name ?? "")
            {
                best = (candidate, distance)
            }
        }
        return best?.name
    }

    /// Edit distance counting insertions, deletions, substitutions and swaps of neighbours as one edit
    /// each (optimal string alignment), so `tmol` is one edit from `toml`.
    public static func editDistance(_ lhs: [Character], _ rhs: [Character]) -> Int {
        if lhs.isEmpty { return rhs.count }
        if rhs.isEmpty { return lhs.count }
        var beforePrevious = [Int](repeating: 0, count: rhs.count + 1)
        var previous = Array(0...rhs.count)
        var current = [Int](repeating: 0, count: rhs.count + 1)
        for i in 1...lhs.count {
            current[0] = i
            for j in 1...rhs.count {
                let cost = lhs[i - 1] == rhs[j - 1] ? 0 : 1
                var best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, lhs[i - 1] == rhs[j - 2], lhs[i - 2] == rhs[j - 1] {
                    best = min(best, beforePrevious[j - 2] + 1)
                }
                current[j] = best
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[rhs.count]
    }

    /// `" (did you mean 'x'?)"` or the empty string.
    public static func didYouMean(_ name: String, among candidates: some Sequence<String>) -> String {
        guard let match = suggestion(for: name, among: candidates) else { return "" }
        return "; did you mean '\(match)'?"
    }
}
