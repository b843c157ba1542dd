/// One line of a migration report: what happened to one item of a selections file, and why.
public struct MigrationChange: Sendable, Hashable {
    /// What the migration did.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The item's id is unchanged; its value is carried across as written.
        case kept
        /// The item has a new id (or moved to another section); its value is carried across.
        case renamed
        /// The item was merged into another: its value is carried across unless ``MigrationChange/oldValue``
        /// is set, when another merged item's value won and this one was dropped.
        case merged
        /// The item is gone from the new edition: its value (quoted in ``MigrationChange/oldValue``) was dropped.
        case retired
        /// A retired option was replaced by ``MigrationChange/to``.
        case replaced
        /// A new required choice or setting was written with ``MigrationChange/value``, to confirm at the AGM.
        case added
    }

    public var kind: Kind
    /// The item id in the edition migrated from (nil for an addition).
    public var from: String?
    /// The item id in the edition migrated to (nil when retired or dropped).
    public var to: String?
    /// The value dropped, as TOML (retired items, and merged items whose value lost).
    public var oldValue: String?
    /// The value written, as TOML (additions).
    public var value: String?
    /// An item of the new edition the secretary should consider instead (retirements).
    public var replacement: String?
    /// Why: the migration map's note.
    public var reason: String
    /// The edition this step migrated to.
    public var edition: String

    public init(
        _ kind: Kind, from: String?, to: String?, oldValue: String? = nil, value: String? = nil,
        replacement: String? = nil, reason: String, edition: String
    ) {
        self.kind = kind
        self.from = from
        self.to = to
        self.oldValue = oldValue
        self.value = value
        self.replacement = replacement
        self.reason = reason
        self.edition = edition
    }

    /// Whether the value the item had is gone from the migrated file.
    public var losesValue: Bool { kind == .retired || (kind == .merged && oldValue != nil) }
}
