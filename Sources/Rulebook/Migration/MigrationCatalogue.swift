import Diagnostics

/// Every diagnostic code of edition migration, each declared once with its severity and docs: the
/// `[migration]` map of an edition (`M4xx`, menu codes) and the hints `check` gives for a file from an
/// older edition (`S12x`, selections codes).
///
/// The factories in `MigrationMessages.swift` build the diagnostics from these entries. Codes are never reused.
public enum MigrationCatalogue {
    /// Every code, in code order, for `clpconf explain` and the docs.
    public static let all: [MessageDescriptor] = [
        invalidEntry, itemUnmapped, targetMissing, mappedTwice, supersededEdition, noMigrationPath,
    ]

    static let invalidEntry = MessageDescriptor(
        "M401", .menu, .error, summary: "a migration map entry is malformed",
        documentation: """
            An entry of an edition's [migration] map names an item id that is not 'section', 'section.id', \
            'posts.id' or 'facts.id', merges fewer than two items, or asks to replace a retired option \
            without naming the replacement. Correct the entry; docs/formats.md ("The migration map") gives \
            each field.
            """)

    static let itemUnmapped = MessageDescriptor(
        "M402", .menu, .warning,
        summary: "lint: an item of the older edition is neither kept, renamed, merged nor retired",
        documentation: """
            The older edition has a section, option, setting, post or fact whose id this edition no longer has, \
            and the [migration] map says nothing about it, so a migrated file would lose it without a word. \
            Add a [[migration.rename]], [[migration.merge]] or [[migration.retire]] entry for it, with a note.
            """)

    static let targetMissing = MessageDescriptor(
        "M403", .menu, .error, summary: "a migration map entry points at an item this edition does not have",
        documentation: """
            The 'to' of a rename or merge, the 'replacement' of a retirement or the 'id' of an addition must be \
            an item of this edition (for an addition, an option, a setting or a section with a choice). \
            Correct the id; the message suggests the nearest.
            """)

    static let mappedTwice = MessageDescriptor(
        "M404", .menu, .error, summary: "a migration map names one item of the older edition twice",
        documentation: """
            Each item of the older edition is renamed, merged or retired at most once (an item whose id is \
            unchanged needs no entry at all). Remove one of the entries; the note points at the first.
            """)

    static let supersededEdition = MessageDescriptor(
        "S120", .selections, .note, summary: "the file follows an edition a newer edition supersedes",
        documentation: """
            A newer menu edition supersedes the one the file names. The file can still be checked against its \
            own edition, but to adopt the new one run 'clpconf migrate FILE --to NEW -o NEW_FILE': it carries \
            every choice across, says why for each one it renames, merges or drops, and checks the result.
            """)

    static let noMigrationPath = MessageDescriptor(
        "S121", .selections, .error,
        summary: "no chain of migration maps leads from the file's edition to the one asked for",
        documentation: """
            'clpconf migrate --to EDITION' follows each edition's [migration] map back, through the editions it \
            supersedes, to the edition the file names. None leads there: the file's edition is newer than the \
            one asked for, is not found, or an edition between them has no map. Ask for a newer edition \
            ('clpconf menu list' shows each edition and what it supersedes).
            """)
}
