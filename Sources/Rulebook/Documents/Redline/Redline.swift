/// What changes from last year's standing orders to this year's: the choices and settings first, then the
/// standing orders clause by clause (added, removed, changed with the words that changed). Works across
/// editions: clauses are matched by id, then by title.
public struct Redline: Sendable {
    /// One clause's fate.
    public struct ClauseChange: Sendable {
        /// What happened to a clause.
        public enum Kind: Sendable, Hashable {
            case added
            case removed
            case changed
        }

        public var kind: Kind
        public var title: String
        /// Its number last year and this year (nil where it does not exist).
        public var oldNumber: String?
        public var newNumber: String?
        /// The words, paragraph by paragraph: kept, added and removed runs.
        public var paragraphs: [[WordDiff.Piece]]
    }

    public var last: StandingOrders.Identity
    public var this: StandingOrders.Identity
    public var choices: [ChoiceChange]
    public var clauses: [ClauseChange]
    /// Clauses whose text is the same both years.
    public var unchanged: Int

    /// Compares two evaluated years (each with its own edition).
    public init(last: YearEvaluation, this: YearEvaluation) {
        let before = StandingOrdersBuilder(last).build()
        let after = StandingOrdersBuilder(this).build()
        self.last = before.identity
        self.this = after.identity
        choices = ChoiceChange.between(last, this)
        (clauses, unchanged) = Self.compare(before.provisions, after.provisions)
    }

    /// Whether anything at all changed.
    public var isEmpty: Bool { choices.isEmpty && clauses.isEmpty }

    static func compare(_ before: [StandingOrders.Provision], _ after: [StandingOrders.Provision]) -> (
        [ClauseChange], Int
    ) {
        var remaining = before
        var changes: [ClauseChange] = []
        var unchanged = 0
        // Local additions kept word for word are paired first, so one added before them (which takes their
        // place, and so their id) does not make them look changed.
        var keptAdditions = Set<Int>()
        for (index, provision) in after.enumerated() where provision.trace.isLocalAddition {
            if let old = remaining.firstIndex(where: { $0.trace.isLocalAddition && $0.texts == provision.texts }) {
                remaining.remove(at: old)
                keptAdditions.insert(index)
            }
        }
        unchanged += keptAdditions.count
        for (index, provision) in after.enumerated() where !keptAdditions.contains(index) {
            let match =
                remaining.firstIndex { $0.id == provision.id }
                ?? remaining.firstIndex { $0.title.lowercased() == provision.title.lowercased() }
            guard let index = match else {
                changes.append(
                    ClauseChange(
                        kind: .added, title: provision.title, oldNumber: nil, newNumber: provision.number,
                        paragraphs: provision.texts.map { [.added($0)] }))
                continue
            }
            let old = remaining.remove(at: index)
            if old.texts == provision.texts && old.tables == provision.tables {
                unchanged += 1
                continue
            }
            changes.append(
                ClauseChange(
                    kind: .changed, title: provision.title, oldNumber: old.number, newNumber: provision.number,
                    paragraphs: Self.diff(old.texts, provision.texts)))
        }
        for old in remaining {
            changes.append(
                ClauseChange(
                    kind: .removed, title: old.title, oldNumber: old.number, newNumber: nil,
                    paragraphs: old.texts.map { [.removed($0)] }))
        }
        return (changes, unchanged)
    }
}

extension Redline {
    /// Paragraphs are aligned first (kept, added, removed); a run of removed paragraphs followed by as many
    /// added ones is read as those paragraphs changed, and diffed word by word.
    static func diff(_ old: [String], _ new: [String]) -> [[WordDiff.Piece]] {
        let aligned = WordDiff.align(old, new)
        var result: [[WordDiff.Piece]] = []
        var index = 0
        while index < aligned.count {
            var removed: [String] = []
            while index < aligned.count, case .removed(let text) = aligned[index] {
                removed.append(text)
                index += 1
            }
            var added: [String] = []
            while index < aligned.count, case .added(let text) = aligned[index] {
                added.append(text)
                index += 1
            }
            if removed.count == added.count {
                result += zip(removed, added).map { WordDiff.diff($0, $1) }
            } else {
                result += removed.map { [.removed($0)] } + added.map { [.added($0)] }
            }
            if index < aligned.count, case .same(let text) = aligned[index] {
                result.append([.same(text)])
                index += 1
            }
        }
        return result
    }
}

extension StandingOrders.Provision {
    /// The clause's words, paragraph by paragraph, tables included as rows of text.
    var texts: [String] {
        paragraphs.map(\.plain)
            + tables.flatMap { table in
                [table.title + ":"]
                    + table.rows.map {
                        zip(table.header, $0).filter { !$1.isEmpty }.map { "\($0): \($1)" }.joined(separator: "; ")
                            + "."
                    }
            }
    }
}
