import Diagnostics

/// One difference between two editions: an item added, removed, renamed, merged or changed, in words a
/// secretary reads, with the migration note where the newer edition's map has one and where the item is
/// written in each edition.
public struct EditionChange: Sendable {
    /// What happened to the item.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// New in the newer edition.
        case added
        /// Gone, and the newer edition's migration map retires it (with a note).
        case retired
        /// Gone, and the migration map says nothing about it ("removed (no migration entry)").
        case removed
        /// Kept under another id (the map's `rename`, or moved with its renamed section).
        case renamed
        /// One of two or more old items that became one new item.
        case merged
        /// Kept under the same id, but something about it changed.
        case changed
    }

    /// What sort of item it is.
    public enum Item: String, Sendable, Hashable {
        case section
        case option
        case setting
        case post
        case fact
        case question
        case rule

        /// The word for it in a sentence: "setting", "officer post", "rule".
        public var word: String {
            switch self {
            case .section: "section"
            case .option: "option"
            case .setting: "setting"
            case .post: "officer post"
            case .fact: "fact"
            case .question: "report question"
            case .rule: "rule"
            }
        }
    }

    /// Whether a changed rule, range or list of choices lets fewer selections through or more.
    public enum Direction: String, Sendable, Hashable {
        /// Fewer selections are valid than before (a higher minimum, a narrower range).
        case tightened
        /// More selections are valid than before.
        case loosened
    }

    public var kind: Kind
    public var item: Item
    /// The item's id in the older edition, as the migration map writes it (`executive.bame_officer`).
    public var oldID: String?
    /// The item's id in the newer edition.
    public var newID: String?
    public var oldTitle: String?
    public var newTitle: String?
    /// For a merge: every old id that became the new item, in the map's order.
    public var mergedFrom: [String] = []
    /// The old titles of ``mergedFrom``.
    public var mergedTitles: [String] = []
    /// What changed about it, one phrase each ("the default is now 10 (was 8)").
    public var details: [String] = []
    /// Set when every detail that can be ordered points the same way.
    public var direction: Direction?
    /// For a rule whose only change is one figure (`>= 6` to `>= 8`): the old and the new figure.
    public var oldFigure: Int?
    public var newFigure: Int?
    /// The migration map's note for it.
    public var note: String?
    public var oldSpan: SourceSpan?
    public var newSpan: SourceSpan?

    public init(kind: Kind, item: Item) {
        self.kind = kind
        self.item = item
    }
}

/// What comparing one item in the two editions found: phrases and the direction they point.
struct ItemComparison: Sendable {
    var details: [String] = []
    /// A rule's one changed figure, old and new.
    var figure: (old: Int, new: Int)?
    /// The directions of the details that have one; a detail with none makes the whole undecided.
    private var directions: [EditionChange.Direction?] = []

    var isEmpty: Bool { details.isEmpty && figure == nil }

    /// Both directions, or one with a detail that has none, make no overall direction.
    var direction: EditionChange.Direction? {
        guard let first = directions.first ?? nil else { return nil }
        return directions.allSatisfy { $0 == first } ? first : nil
    }

    mutating func add(_ detail: String, _ direction: EditionChange.Direction? = nil) {
        details.append(detail)
        directions.append(direction)
    }

    /// A rule's one changed figure, which the diff shows beside the rule's new words.
    mutating func figure(_ old: Int, _ new: Int, _ direction: EditionChange.Direction?) {
        figure = (old, new)
        directions.append(direction)
    }

    mutating func add(_ other: ItemComparison) {
        details += other.details
        directions += other.directions
    }

    /// `old` and `new` when they differ, as "what is now NEW (was OLD)".
    mutating func compare(
        _ old: String?, _ new: String?, _ what: String, direction: EditionChange.Direction? = nil
    ) {
        guard old != new else { return }
        switch (old, new) {
        case (let old?, let new?): add("\(what) is now \(new) (was \(old))", direction)
        case (nil, let new?): add("\(what) is now \(new) (there was none)", direction)
        case (let old?, nil): add("\(what) is no longer given (was \(old))", direction)
        case (nil, nil): break
        }
    }
}
