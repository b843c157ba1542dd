import TOML

extension MigrationStep {
    /// `[facts]`: renamed facts renamed in place (or moved), retired ones removed with their lines.
    mutating func migrateFacts(_ entry: TOMLTable.Entry) {
        guard let table = entry.value.table else { return }
        for fact in table.entries {
            let id = "facts." + fact.key
            guard oldItems.kind(of: id) == .fact else { continue }
            guard let change = map.change(for: id) else {
                stated.insert(id)
                record(.kept, id, id)
                continue
            }
            // A list of records (`[[facts.branch]]`) is several tables: it stays as written, and check
            // reports it if the new edition does not read it.
            let isList = fact.value.array != nil && fact.value.array?.first?.table != nil
            switch change.kind {
            case .rename,
                .merge where !isList:
                let winner = change.mergedFrom.first(where: isPresent) ?? id
                if change.kind == .merge, winner != id {
                    delete(fact)
                    record(.merged, id, change.to, oldValue: quoted(fact.value), reason: change.note)
                } else {
                    place(fact, at: change.to ?? id, holder: "facts")
                    record(change.kind == .rename ? .renamed : .merged, id, change.to, reason: change.note)
                }
            case .retire where !isList:
                delete(fact)
                record(
                    .retired, id, nil, oldValue: quoted(fact.value), replacement: change.replacement,
                    reason: change.note)
            default:
                record(.kept, id, id, reason: "a list of records is carried as written; " + change.note)
            }
        }
    }

    /// `[[officers]]`: each renamed post's `post` rewritten; an officer whose post is retired is removed,
    /// with the name quoted in the report.
    mutating func migrateOfficers(_ entry: TOMLTable.Entry) {
        for officer in entry.value.array ?? [] {
            guard let table = officer.table, let post = table.entry("post"), let postID = post.value.string else {
                continue
            }
            let id = "posts." + postID
            guard oldItems.kind(of: id) == .post else { continue }
            let name = table["name"].map(quoted) ?? "(no name)"
            guard let change = map.change(for: id) else {
                record(.kept, id, id, oldValue: nil, reason: "")
                continue
            }
            if let target = change.successor, target.hasPrefix("posts.") {
                edits.replace(post.value.range, with: TOMLWriter.string(String(target.dropFirst("posts.".count))))
                record(change.kind == .retire ? .replaced : .renamed, id, target, value: name, reason: change.note)
            } else {
                let end = table.entries.map { max($0.keyRange.upperBound, $0.value.range.upperBound) }.max()
                edits.deleteLines(officer.range.lowerBound, max(officer.range.upperBound, end ?? 0))
                record(
                    .retired, id, nil, oldValue: name, replacement: change.replacement,
                    reason: change.note)
            }
        }
    }

    /// `[[approvals]]`: an approval for a renamed or merged option now names the new option.
    mutating func migrateApprovals(_ entry: TOMLTable.Entry) {
        for approval in entry.value.array ?? [] {
            guard let approves = approval.table?.entry("approves"), let id = approves.value.string,
                let change = map.change(for: id), let target = change.successor,
                oldItems.kind(of: id) == .option
            else { continue }
            edits.replace(approves.value.range, with: TOMLWriter.string(target))
            record(.renamed, "approvals: " + id, "approvals: " + target, reason: change.note)
        }
    }
}
