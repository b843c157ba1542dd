/// Finds the known name closest to a misspelt one, for "did you mean 'x'?" messages.
///
/// The work is bounded: names longer than ``maximumLength`` characters (the unknown one or a candidate)
/// are never compared, candidates whose length alone puts them out of reach are skipped, and at most
/// ``maximumCandidates`` are compared.
public enum NameSuggester {
    /// The longest name, in characters, that is compared.
    public static let maximumLength = 64
    /// The most candidates compared for one name.
    public static let maximumCandidates = 10_000

    /// The candidate nearest to `name` by edit distance, if it is close enough to be a likely typo.
    public static func suggestion(for name: String, among candidates: some Sequence<String>) -> String? {
        guard let target = comparable(name) else { return nil }
        var best: (name: String, distance: Int)?
        var compared = 0
        for candidate in candidates where candidate != name {
            guard compared < maximumCandidates else { break }
            guard let other = comparable(candidate) else { continue }
            let limit = max(1, min(3, (max(target.count, other.count) + 2) / 4))
            guard abs(target.count - other.count) <= limit else { continue }
            compared += 1
            let edits = Self.distance(target, other)
            guard edits <= limit else { continue }
            if best == nil || edits < best?.distance ?? .max
                || (edits == best?.distance && candidate < best?.name ?? "")
            {
                best = (candidate, edits)
            }
        }
        return best?.name
    }

    /// The lowercased scalars of `name`, or nil when it is too long to compare (checked on its bytes first,
    /// so a megabyte-long name costs nothing). Scalars compare as integers, far faster than characters.
    private static func comparable(_ name: String) -> [Unicode.Scalar]? {
        guard name.utf8.count <= maximumLength * 4 else { return nil }
        let scalars = Array(name.lowercased().unicodeScalars)
        return scalars.count <= maximumLength ? scalars : nil
    }

    /// Edit distance counting insertions, deletions, substitutions and swaps of neighbours as one edit
    /// each (optimal string alignment), so `tmol` is one edit from `toml`.
    public static func editDistance(_ lhs: [Character], _ rhs: [Character]) -> Int {
        distance(lhs, rhs)
    }

    /// ``editDistance(_:_:)`` over any comparable units.
    static func distance<Unit: Equatable>(_ lhs: [Unit], _ rhs: [Unit]) -> Int {
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

    /// `"; did you mean 'x'?"` or the empty string.
    public static func didYouMean(_ name: String, among candidates: some Sequence<String>) -> String {
        didYouMean(suggestion(for: name, among: candidates))
    }

    /// `"; did you mean 'x'?"` for a suggestion already found, or the empty string for none.
    public static func didYouMean(_ suggestion: String?) -> String {
        suggestion.map { "; did you mean '\($0)'?" } ?? ""
    }
}
