import TOML

extension MigrationStep {
    /// Reads a section's `option` or `options` and works out each option's place in `new`.
    mutating func collectChoice(_ section: String, _ entry: TOMLTable.Entry, holder: String?, successor: String?) {
        let ids = entry.value.array?.compactMap(\.string) ?? entry.value.string.map { [$0] } ?? []
        if let holder, choiceEntries[holder] == nil {
            choiceEntries[holder] = entry
            chosen[holder, default: []] += []
        } else {
            delete(entry)
        }
        for option in ids {
            let id = section + "." + option
            guard oldItems.kind(of: id) == .option else {
                choose(option, in: successor ?? section, changed: successor != holder)
                continue
            }
            guard let change = map.change(for: id) else {
                guard let successor else {
                    record(
                        .retired, id, nil, oldValue: TOMLWriter.string(option),
                        reason: map.change(for: section)?.note ?? "")
                    continue
                }
                choose(option, in: successor, changed: successor != holder)
                record(.kept, id, successor + "." + option)
                continue
            }
            switch change.kind {
            case .rename, .merge:
                chooseItem(change.to ?? id, holder: holder)
                record(change.kind == .rename ? .renamed : .merged, id, change.to, reason: change.note)
            case .retire:
                if change.replaces, let replacement = change.replacement {
                    chooseItem(replacement, holder: holder)
                    record(.replaced, id, replacement, reason: change.note)
                } else {
                    if let holder { choiceChanged.insert(holder) }
                    record(
                        .retired, id, nil, oldValue: TOMLWriter.string(option), replacement: change.replacement,
                        reason: change.note)
                }
            }
        }
    }

    private mutating func chooseItem(_ item: String, holder: String?) {
        let (section, option) = Self.split(item)
        choose(option, in: section, changed: true)
        if let holder { choiceChanged.insert(holder) }
    }

    /// Adds `option` to the options chosen in `section` of `new` (once).
    mutating func choose(_ option: String, in section: String, changed: Bool) {
        stated.insert(section + "." + option)
        stated.insert(section)
        if changed { choiceChanged.insert(section) }
        guard !(chosen[section] ?? []).contains(option) else {
            choiceChanged.insert(section)
            return
        }
        chosen[section, default: []].append(option)
    }

    /// Writes each section's choice where it changed: in place of the file's `option(s)` entry, or as a
    /// new line of the section's table.
    mutating func writeChoices() {
        for section in new.sections {
            guard let options = chosen[section.id], choiceChanged.contains(section.id) else { continue }
            let confirm = choiceToConfirm.contains(section.id) ? "  # to confirm at the AGM" : ""
            let line: String
            if section.choose == .one, options.count == 1, let only = options.first {
                line = "option = " + TOMLWriter.string(only) + confirm
            } else {
                line = "options = [" + options.map(TOMLWriter.string).joined(separator: ", ") + "]" + confirm
            }
            if let entry = choiceEntries[section.id] {
                edits.replace(entry.keyRange.lowerBound..<entry.value.range.upperBound, with: line)
            } else {
                pending.append((section.id, line))
            }
        }
    }

    /// States each new required choice or setting the file does not already state.
    mutating func addRequired() throws {
        let items = newItems
        for addition in map.additions where !stated.contains(addition.id) {
            let value = try TOMLWriter.value(addition.value.kind)
            switch items.kind(of: addition.id) {
            case .section?:
                let options = addition.value.array?.compactMap(\.string) ?? addition.value.string.map { [$0] } ?? []
                guard (chosen[addition.id] ?? []).isEmpty else { continue }
                for option in options { choose(option, in: addition.id, changed: true) }
                choiceToConfirm.insert(addition.id)
            case .option?:
                let (section, option) = Self.split(addition.id)
                choose(option, in: section, changed: true)
                choiceToConfirm.insert(section)
            case .setting?:
                let (section, key) = Self.split(addition.id)
                pending.append((section, TOMLWriter.key(key) + " = " + value + "  # to confirm at the AGM"))
                stated.insert(addition.id)
            default:
                continue
            }
            record(
                .added, nil, addition.id, value: items.kind(of: addition.id) == .option ? nil : value,
                reason: addition.note)
        }
    }

    /// Adds the pending lines at the end of their tables, or in new tables at the end of the file.
    mutating func writePending() {
        var order: [String] = []
        var lines: [String: [String]] = [:]
        for (table, line) in pending {
            if lines[table] == nil { order.append(table) }
            lines[table, default: []].append(line)
        }
        for table in order {
            let text = (lines[table] ?? []).map { $0 + "\n" }.joined()
            if let entry = tables[table], let contents = entry.value.table {
                // After the table's own last key: its sub-tables (`[[facts.branch]]`) come after it, in their
                // own header's table.
                let last = contents.entries.filter { !isUnderOwnHeader($0) }
                    .map { max($0.keyRange.upperBound, $0.value.range.upperBound) }.max()
                let offset = edits.lineEnd(max(0, (last ?? entry.keyRange.upperBound) - 1))
                edits.insert(separated(text, at: offset), at: offset)
            } else {
                let body = "\n" + TOMLWriter.tableHeader([table]) + "\n" + text
                edits.insert(separated(body, at: edits.bytes.count), at: edits.bytes.count)
            }
        }
    }

    /// Whether `entry` is a table with its own `[header]` or `[[header]]` line, rather than a key of its table.
    private func isUnderOwnHeader(_ entry: TOMLTable.Entry) -> Bool {
        var position = edits.lineStart(entry.keyRange.lowerBound)
        while position < edits.bytes.count,
            edits.bytes[position] == UInt8(ascii: " ") || edits.bytes[position] == UInt8(ascii: "\t")
        {
            position += 1
        }
        return position < edits.bytes.count && edits.bytes[position] == UInt8(ascii: "[")
    }

    /// `text` with a line break before it when `offset` is the end of a last line that has none.
    private func separated(_ text: String, at offset: Int) -> String {
        offset == edits.bytes.count && edits.bytes.last.map { $0 != UInt8(ascii: "\n") } == true ? "\n" + text : text
    }
}
