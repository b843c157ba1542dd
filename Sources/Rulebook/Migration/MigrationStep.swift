import RuleLanguage
import TOML

/// Carries one selections document across one edition's `[migration]` map: from `old` to `new`.
///
/// It edits the file's text by the source ranges the TOML reader keeps (renamed keys and headers in place,
/// moved settings as whole lines with their comments, retired items' lines removed), so everything it does
/// not change stays as written. Values it writes go through ``TOMLWriter``.
struct MigrationStep {
    let old: Edition
    let new: Edition
    let map: Migration
    let oldItems: MigrationItems
    let newItems: MigrationItems
    let root: TOMLTable
    var edits: ByteEdits
    var changes: [MigrationChange] = []
    /// Lines to add to a table of the migrated file, by table (a section id or `facts`), in order.
    var pending: [(table: String, line: String)] = []
    /// The file's table that holds each section (by its id in `new`) and `facts`.
    var tables: [String: TOMLTable.Entry] = [:]
    /// The options chosen in each section of `new`, in order, and the file's `option(s)` entry for it.
    var chosen: [String: [String]] = [:]
    var choiceEntries: [String: TOMLTable.Entry] = [:]
    var choiceChanged: Set<String> = []
    var choiceToConfirm: Set<String> = []
    /// Items of `new` the migrated file states.
    var stated: Set<String> = []

    /// `items` are `old`'s and `new`'s ``MigrationItems``.
    init(
        old: Edition, new: Edition, map: Migration, document: TOMLDocument,
        items: (old: MigrationItems, new: MigrationItems)
    ) {
        self.old = old
        self.new = new
        self.map = map
        self.oldItems = items.old
        self.newItems = items.new
        self.root = document.root
        self.edits = ByteEdits(Array(document.source.text.utf8))
    }

    /// The migrated text and the report's lines.
    ///
    /// - Throws: ``TOMLWriteError`` when a value the map adds cannot be written as TOML.
    mutating func run() throws -> (text: [UInt8], changes: [MigrationChange]) {
        placeTables()
        for entry in root.entries {
            switch entry.key {
            case "edition" where entry.value.string != nil:
                edits.replace(entry.value.range, with: TOMLWriter.string(new.id))
            case "facts": migrateFacts(entry)
            case "officers": migrateOfficers(entry)
            case "approvals": migrateApprovals(entry)
            default:
                if old.section(entry.key) != nil, let table = entry.value.table { migrateSection(entry, table) }
            }
        }
        try addRequired()
        writeChoices()
        writePending()
        return (edits.applied(), changes)
    }

    // MARK: - Items

    /// The id `section` has in `new`: nil when retired.
    func sectionSuccessor(_ section: String) -> String? {
        guard let change = map.change(for: section) else { return section }
        return change.to
    }

    /// Splits `section.key` into its two parts.
    static func split(_ id: String) -> (String, String) {
        guard let dot = id.firstDot() else { return (id, "") }
        return (String(id[..<dot]), String(id[id.index(after: dot)...]))
    }

    /// Whether the file states the older item `id` (a setting or fact, or a chosen option).
    func isPresent(_ id: String) -> Bool {
        let (section, key) = Self.split(id)
        guard let table = root[section]?.table else { return false }
        if table[key] != nil { return true }
        let chosen = (table["options"] ?? table["option"]).map { $0.array?.compactMap(\.string) ?? [$0.string ?? ""] }
        return chosen?.contains(key) ?? false
    }

    /// The value of `entry` for the report, as TOML on one line.
    func quoted(_ value: TOMLValue) -> String {
        (try? TOMLWriter.value(value.kind)) ?? edits.text(value.range)
    }

    mutating func record(
        _ kind: MigrationChange.Kind, _ from: String?, _ to: String?, oldValue: String? = nil, value: String? = nil,
        replacement: String? = nil, reason: String = ""
    ) {
        changes.append(
            MigrationChange(
                kind, from: from, to: to, oldValue: oldValue, value: value, replacement: replacement, reason: reason,
                edition: new.id))
    }

    // MARK: - Tables

    /// Decides which of the file's tables holds each section of `new`, renaming the headers of renamed
    /// sections; a section merged into one the file already has moves its settings there.
    private mutating func placeTables() {
        for entry in root.entries where entry.value.table != nil {
            if entry.key == "facts" {
                tables["facts"] = entry
            } else if old.section(entry.key) != nil, let successor = sectionSuccessor(entry.key),
                tables[successor] == nil
            {
                tables[successor] = entry
            } else if old.section(entry.key) == nil, new.section(entry.key) != nil, tables[entry.key] == nil {
                tables[entry.key] = entry
            }
        }
    }

    /// The id of the section of `new` whose table `entry` is, if it is one.
    func physical(_ entry: TOMLTable.Entry) -> String? {
        tables.first { $0.value.keyRange == entry.keyRange && $0.value.key == entry.key }?.key
    }

    private mutating func migrateSection(_ entry: TOMLTable.Entry, _ table: TOMLTable) {
        let section = entry.key
        let successor = sectionSuccessor(section)
        let holder = physical(entry)
        let change = map.change(for: section)
        if let successor, holder == successor, successor != section {
            edits.replace(entry.keyRange, with: TOMLWriter.key(successor))
        }
        if let change {
            record(
                change.kind == .retire ? .retired : change.kind == .merge ? .merged : .renamed, section, successor,
                replacement: change.replacement, reason: change.note)
        } else {
            record(.kept, section, section)
        }
        if holder == nil, entry.value.range.upperBound > 0 {
            edits.deleteLines(entry.value.range.lowerBound, entry.value.range.upperBound)
        }
        for item in table.entries {
            if item.key == "option" || item.key == "options" {
                collectChoice(section, item, holder: holder, successor: successor)
            } else {
                migrateSetting(section, item, holder: holder, successor: successor)
            }
        }
    }

    private mutating func migrateSetting(
        _ section: String, _ entry: TOMLTable.Entry, holder: String?, successor: String?
    ) {
        let id = section + "." + entry.key
        guard oldItems.kind(of: id) == .setting else {
            // Not a setting of the older edition: carried as written (check reports it), or dropped with its
            // retired section.
            if let successor, holder != successor {
                move(entry, to: successor + "." + entry.key)
            } else if successor == nil {
                delete(entry)
                record(.retired, id, nil, oldValue: quoted(entry.value), reason: map.change(for: section)?.note ?? "")
            }
            return
        }
        guard let change = map.change(for: id) else {
            guard let successor else {
                delete(entry)
                record(.retired, id, nil, oldValue: quoted(entry.value), reason: map.change(for: section)?.note ?? "")
                return
            }
            // Kept: the commonest case, so its target is joined once and never split again.
            let target = successor + "." + entry.key
            place(entry, at: target, section: successor, key: entry.key, holder: holder)
            record(.kept, id, target)
            return
        }
        switch change.kind {
        case .rename:
            place(entry, at: change.to ?? id, holder: holder)
            record(.renamed, id, change.to, reason: change.note)
        case .merge:
            let winner = change.mergedFrom.first(where: isPresent) ?? id
            if winner == id {
                place(entry, at: change.to ?? id, holder: holder)
                record(.merged, id, change.to, reason: change.note)
            } else {
                delete(entry)
                record(
                    .merged, id, change.to, oldValue: quoted(entry.value),
                    reason: "'\(winner)' is also set and comes first, so its value is kept. " + change.note)
            }
        case .retire:
            delete(entry)
            record(
                .retired, id, nil, oldValue: quoted(entry.value), replacement: change.replacement,
                reason: change.note)
        }
    }

    /// Puts `entry`'s value at the item `target` of `new`: renamed in place when it stays in its table,
    /// else moved there as a whole line (with its comment).
    mutating func place(_ entry: TOMLTable.Entry, at target: String, holder: String?) {
        let (section, key) = Self.split(target)
        place(entry, at: target, section: section, key: key, holder: holder)
    }

    /// ``place(_:at:holder:)`` with `target`'s two parts already known.
    private mutating func place(
        _ entry: TOMLTable.Entry, at target: String, section: String, key: String, holder: String?
    ) {
        stated.insert(target)
        if section == holder {
            if key != entry.key { edits.replace(entry.keyRange, with: TOMLWriter.key(key)) }
        } else {
            move(entry, to: target)
        }
    }

    private mutating func move(_ entry: TOMLTable.Entry, to target: String) {
        let (section, key) = Self.split(target)
        let line =
            TOMLWriter.key(key) + " = " + edits.text(entry.value.range)
            + edits.restOfLine(after: entry.value.range.upperBound)
        delete(entry)
        pending.append((section, line))
    }

    /// Removes `entry`'s lines.
    mutating func delete(_ entry: TOMLTable.Entry) {
        edits.deleteLines(entry.keyRange.lowerBound, max(entry.keyRange.upperBound, entry.value.range.upperBound))
    }
}
