/// A word-level diff of two texts (longest common subsequence over words), for redlining a clause.
public enum WordDiff {
    /// A run of words kept, added or removed.
    public enum Piece: Sendable, Hashable {
        case same(String)
        case added(String)
        case removed(String)
    }

    /// Above this many words on a side the texts are compared as two whole blocks, so a hostile clause
    /// cannot make the comparison quadratic in time and memory.
    public static let maximumWords = 4_000

    /// The pieces turning `old` into `new`, adjacent words of one kind joined by spaces.
    public static func diff(_ old: String, _ new: String) -> [Piece] {
        let before = old.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
        let after = new.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
        return merge(align(before, after))
    }

    /// The longest common subsequence of two lists, as kept, added and removed items in order (removals
    /// before additions where both are possible). Lists longer than ``maximumWords`` are compared as wholes.
    static func align(_ before: [String], _ after: [String]) -> [Piece] {
        guard before.count <= maximumWords, after.count <= maximumWords else {
            return before.map(Piece.removed) + after.map(Piece.added)
        }
        // lengths[i * columns + j]: the longest common subsequence of before[i...] and after[j...].
        let columns = after.count + 1
        var lengths = [Int](repeating: 0, count: (before.count + 1) * columns)
        for i in stride(from: before.count - 1, through: 0, by: -1) {
            for j in stride(from: after.count - 1, through: 0, by: -1) {
                lengths[i * columns + j] =
                    before[i] == after[j]
                    ? lengths[(i + 1) * columns + j + 1] + 1
                    : max(lengths[(i + 1) * columns + j], lengths[i * columns + j + 1])
            }
        }
        var pieces: [Piece] = []
        var i = 0
        var j = 0
        while i < before.count || j < after.count {
            if i < before.count, j < after.count, before[i] == after[j] {
                pieces.append(.same(before[i]))
                i += 1
                j += 1
            } else if i < before.count,
                j == after.count || lengths[(i + 1) * columns + j] >= lengths[i * columns + j + 1]
            {
                pieces.append(.removed(before[i]))
                i += 1
            } else {
                pieces.append(.added(after[j]))
                j += 1
            }
        }
        return pieces
    }

    /// Joins neighbouring pieces of the same kind; drops empty ones.
    static func merge(_ pieces: [Piece]) -> [Piece] {
        var result: [Piece] = []
        for piece in pieces {
            switch (result.last, piece) {
            case (.same(let a)?, .same(let b)): result[result.count - 1] = .same(a + " " + b)
            case (.added(let a)?, .added(let b)): result[result.count - 1] = .added(a + " " + b)
            case (.removed(let a)?, .removed(let b)): result[result.count - 1] = .removed(a + " " + b)
            case (_, .same(let text)) where text.isEmpty, (_, .added(let text)) where text.isEmpty,
                (_, .removed(let text)) where text.isEmpty:
                continue
            default: result.append(piece)
            }
        }
        return result
    }
}
