import Diagnostics

/// What ``EditionMigrator`` made of a selections file: the migrated text, one ``MigrationChange`` per item
/// with its reason, and the migrated file checked against the new edition.
public struct MigrationResult: Sendable {
    /// A note an edition's map gives for the edition as a whole.
    public struct EditionNote: Sendable, Hashable {
        public var edition: String
        public var note: String
    }

    /// The file's path, as reports show it.
    public var fileName: String
    /// The edition the file named, when it names one.
    public var fromEdition: String?
    /// The edition asked for.
    public var toEdition: String
    /// The editions passed through, from the file's to the one asked for (one id when already there).
    public var steps: [String]
    /// The migrated file; nil when it could not be migrated (see ``problems``).
    public var text: String?
    /// One line per item, in file order for each step.
    public var changes: [MigrationChange]
    public var notes: [EditionNote]
    /// Why the file could not be migrated: it is not TOML, names no edition, or no chain of maps leads to
    /// the edition asked for.
    public var problems: [Diagnostic]
    /// The migrated file checked against the new edition (nil when it could not be migrated).
    public var evaluation: YearEvaluation?

    /// Whether the file was migrated and the result is valid under the new edition.
    public var isValid: Bool { problems.isEmpty && evaluation?.isValid == true }

    /// The changes a report lists (every change except items kept as they were).
    public var reported: [MigrationChange] { changes.filter { $0.kind != .kept } }
}
