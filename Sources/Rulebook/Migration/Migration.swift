import Diagnostics
import TOML

/// How to carry a selections file from the edition this one supersedes: the `[migration]` map of
/// `edition.toml`.
///
/// Every item of the older edition (a section, an option or setting as `section.id`, an officer post as
/// `posts.<id>`, a fact as `facts.<id>`) whose id is unchanged is kept implicitly; the others have one
/// ``Change`` each: renamed, merged into another item, or retired. ``additions`` are the new required
/// choices and settings a migrated file must state. The format is documented in `docs/formats.md`.
public struct Migration: Sendable {
    /// What the map does with one item of the older edition.
    public enum Kind: String, Sendable, Hashable {
        /// `[[migration.rename]]`: the item is now called ``Change/to``.
        case rename
        /// `[[migration.merge]]`: the item and others became ``Change/to``; for settings the first
        /// ``Change/mergedFrom`` value present in the file wins.
        case merge
        /// `[[migration.retire]]`: the item is gone; ``Change/replacement`` may name what to consider.
        case retire
    }

    /// One renamed, merged or retired item, with the note shown to the secretary.
    public struct Change: Sendable {
        public var kind: Kind
        /// The item id in the older edition.
        public var from: String
        /// The item id in this edition; nil when retired.
        public var to: String?
        /// For a merge, every merged item id in the map's order (this one among them); otherwise empty.
        public var mergedFrom: [String]
        /// For a retirement, the item of this edition the secretary should consider.
        public var replacement: String?
        /// For a retired option: whether the migration chooses ``replacement`` in its place.
        public var replaces: Bool
        public var note: String
        /// The map entry.
        public var span: SourceSpan
        /// Where ``from`` is written in the entry (for a merge, this item's element of the list).
        public var fromSpan: SourceSpan

        public init(
            kind: Kind? = nil, from: String, to: String?, mergedFrom: [String] = [], replacement: String? = nil,
            replaces: Bool = false, note: String, span: SourceSpan, fromSpan: SourceSpan? = nil
        ) {
            self.kind = kind ?? (to == nil ? .retire : .rename)
            self.from = from
            self.to = to
            self.mergedFrom = mergedFrom
            self.replacement = replacement
            self.replaces = replaces
            self.note = note
            self.span = span
            self.fromSpan = fromSpan ?? span
        }

        /// The item a migrated file uses instead: the target of a rename or merge, or a retired option's
        /// replacement when the map says `replace = true`.
        public var successor: String? { to ?? (replaces ? replacement : nil) }
    }

    /// A new item a migrated file must state (a required choice or setting with no default), with the value
    /// the migration writes, marked to be confirmed at the AGM.
    public struct Addition: Sendable {
        /// The item id in this edition: a section (its choice), `section.option` or `section.setting`.
        public var id: String
        public var value: TOMLValue
        public var note: String
        public var span: SourceSpan
    }

    /// The edition this map carries files from.
    public var from: String
    /// Words for the secretary about the edition as a whole.
    public var note: String?
    /// Renames, merges and retirements, one per older item, in the map's order (added by ``add(_:)``).
    public private(set) var changes: [Change]
    /// The index in ``changes`` of the first change for each older item id: a migration looks up every
    /// item of every file it carries.
    private var firstChange: [String: Int] = [:]
    public var additions: [Addition]
    /// Where the map's `from` is written (`[migration]` when it has none).
    public var span: SourceSpan?

    public init(
        from: String, note: String? = nil, changes: [Change], additions: [Addition] = [], span: SourceSpan? = nil
    ) {
        self.from = from
        self.note = note
        self.changes = []
        self.additions = additions
        self.span = span
        for change in changes { add(change) }
    }

    /// Adds `change` after the others.
    public mutating func add(_ change: Change) {
        if firstChange[change.from] == nil { firstChange[change.from] = changes.count }
        changes.append(change)
    }

    /// The change the map makes to the older item `id`, if any (the first, if the map names it twice).
    public func change(for id: String) -> Change? { firstChange[id].map { changes[$0] } }
}
