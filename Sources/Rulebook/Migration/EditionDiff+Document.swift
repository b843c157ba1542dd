import Diagnostics

extension EditionDiff {
    /// The diff as a document for `clpconf menu diff`: a short summary, then one heading per section with
    /// one line per change, in plain words, each with its migration note and where it is written.
    public func document() -> DocumentTree {
        var blocks: [DocumentBlock] = []
        blocks += [.heading(level: 2, text: "Summary", anchor: "summary"), .bullets(summary())]
        // Only worth saying when something reads as removed because of it.
        if !followsMap, count(.removed) > 0 {
            let reason =
                mapFrom.map { "is written from edition \($0), not \(old.id)" } ?? "is missing"
            blocks.append(
                .paragraph([
                    .text(
                        "Edition \(new.id)'s migration map \(reason), so renames and retirements are not followed: "
                            + "every item not kept under its id reads as removed.")
                ]))
        }
        if groups.isEmpty {
            blocks.append(.paragraph([.text("Nothing changed between the two editions.")]))
        }
        let lines = ChangeLines(diff: self)
        for group in groups {
            var heading = group.title
            if let oldTitle = group.oldTitle { heading += " (was: \(oldTitle))" }
            if group.isRemoved { heading += " (no longer a section)" }
            blocks.append(.heading(level: 2, text: heading, anchor: (group.sectionID ?? "every-clp").anchorID))
            blocks.append(.bullets(group.changes.map(lines.line)))
        }
        return DocumentTree(
            title: "What changed from edition \(old.id) to edition \(new.id)",
            subtitle: "From \"\(old.title)\" to \"\(new.title)\""
                + (new.isDraft ? " (a draft: not yet published, and it may still change)" : ""), blocks: blocks,
            watermark: new.isDraft ? "DRAFT" : nil)
    }

    /// One line per kind of change, with how many.
    private func summary() -> [[DocumentInline]] {
        let removed = count(.retired) + count(.removed)
        var removedDetail: [String] = []
        if count(.retired) > 0 { removedDetail.append("\(count(.retired)) retired by the migration map") }
        let unmapped = changes.count { $0.kind == .removed && $0.item.followsMap }
        if unmapped > 0 { removedDetail.append("\(unmapped) with no migration entry") }
        let unmigrated = changes.count { $0.kind == .removed && !$0.item.followsMap }
        if unmigrated > 0 {
            removedDetail.append(
                unmigrated == 1 ? "1 rule or report question" : "\(unmigrated) rules or report questions")
        }
        var changedDetail: [String] = []
        if count(.tightened) > 0 { changedDetail.append("\(count(.tightened)) tightened") }
        if count(.loosened) > 0 { changedDetail.append("\(count(.loosened)) loosened") }
        func line(_ label: String, _ number: Int, _ detail: [String] = []) -> [DocumentInline] {
            let more = detail.isEmpty ? "" : " (" + detail.joined(separator: ", ") + ")"
            return [.strong(label + ":"), .text(" \(number)\(more)")]
        }
        return [
            line("Added", count(.added)), line("Removed", removed, removedDetail), line("Renamed", count(.renamed)),
            line("Merged", count(.merged)), line("Changed", count(.changed), changedDetail),
        ]
    }
}

extension EditionChange.Item {
    /// Whether a migration map names items of this kind (rules and report questions are not carried).
    var followsMap: Bool { self != .rule && self != .question }
}

/// The words of one change, as one bulleted line.
private struct ChangeLines {
    let diff: EditionDiff
    let sources: SourceStore

    init(diff: EditionDiff) {
        self.diff = diff
        sources = SourceStore(diff.files)
    }

    func line(_ change: EditionChange) -> [DocumentInline] {
        // Spaces stay outside emphasis, where Markdown needs them to see it.
        var inlines: [DocumentInline] = [.strong(label(change) + ":"), .text(" ")] + subject(change)
        if !change.details.isEmpty {
            inlines.append(.text(" " + change.details.map(sentence).joined(separator: " ")))
        }
        if let note = change.note { inlines += [.text(" "), .emphasis("Note:"), .text(" " + note)] }
        if let place = place(change) { inlines += [.text(" "), .emphasis("(" + place + ")")] }
        return inlines
    }

    private func label(_ change: EditionChange) -> String {
        let word = change.item.word
        switch change.kind {
        case .added: return "Added \(word)"
        case .retired: return "Retired \(word)"
        case .removed: return change.item.followsMap ? "Removed \(word) (no migration entry)" : "Removed \(word)"
        case .renamed: return "Renamed \(word)"
        case .merged: return "Merged \(word)s"
        case .changed:
            switch change.direction {
            case .tightened?: return "Tightened \(word)"
            case .loosened?: return "Loosened \(word)"
            case nil: return "Changed \(word)"
            }
        }
    }

    /// What the change is about: its title (and id) in the newer edition, the older, or both.
    private func subject(_ change: EditionChange) -> [DocumentInline] {
        let oldTitle = change.oldTitle ?? change.oldID ?? ""
        let newTitle = change.newTitle ?? change.newID ?? ""
        switch change.kind {
        case .added: return [.text(newTitle + " ")] + ids(change.newID)
        case .retired, .removed: return [.text(oldTitle + " ")] + ids(change.oldID)
        case .changed:
            var figure = ""
            if let was = change.oldFigure, let now = change.newFigure {
                // "(was 6)" reads right only when the new words show the new figure.
                figure = newTitle.contains(String(now)) ? " (was \(was))" : " (its figure is now \(now), was \(was))"
            }
            return [.text(newTitle + figure + " ")] + ids(change.newID)
        case .renamed:
            let titles = oldTitle == newTitle ? "\(newTitle) has a new id" : "\(oldTitle) is now \(newTitle)"
            return [
                .text(titles + " ("), .code(change.oldID ?? ""), .text(" → "), .code(change.newID ?? ""), .text(")."),
            ]
        case .merged:
            let titles = change.mergedTitles.joinedAsList()
            var inlines: [DocumentInline] = [.text("\(titles) are now \(newTitle) (")]
            for (index, id) in change.mergedFrom.enumerated() {
                if index > 0 { inlines.append(.text(", ")) }
                inlines.append(.code(id))
            }
            return inlines + [.text(" → "), .code(change.newID ?? ""), .text(").")]
        }
    }

    private func ids(_ id: String?) -> [DocumentInline] {
        guard let id else { return [.text(".")] }
        return [.text("("), .code(id), .text(").")]
    }

    /// "2012: 02_executive.toml line 36; 2019: 02_executive.toml line 37".
    private func place(_ change: EditionChange) -> String? {
        let parts = [(diff.old.id, change.oldSpan), (diff.new.id, change.newSpan)].compactMap { edition, span in
            span.flatMap { span in
                sources.location(of: span).map { "\(edition): \(Self.fileName(span.file)) line \($0.line)" }
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }

    private static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// The phrases as a sentence: first letter capitalised, a full stop at the end.
    private func sentence(_ text: String) -> String {
        guard let first = text.first else { return text }
        let ended = text.hasSuffix(".") || text.hasSuffix("?") || text.hasSuffix("!")
        return first.uppercased() + text.dropFirst() + (ended ? "" : ".")
    }
}
