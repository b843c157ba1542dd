import Diagnostics

/// One item of an edition as the diff sees it: its id as a migration map writes it, the section it sits
/// in, its title, where it is written, and the value compared.
struct DiffItem<Value> {
    var id: String
    /// The section id, or nil for an edition-wide item (facts, posts, report questions, general rules).
    var section: String?
    var title: String
    var span: SourceSpan
    var value: Value
}

/// Where a change is shown: under a section of the newer edition, under a section the newer edition no
/// longer has, or with the edition-wide items.
enum DiffPlace: Hashable, Sendable {
    case section(String)
    case removedSection(String)
    case general
}

/// A change with where it is shown and its place in the order (the newer edition's order, then what is
/// gone in the older edition's).
struct PlacedChange: Sendable {
    var place: DiffPlace
    var order: Int
    var change: EditionChange
}

/// Pairs the items of one kind across two editions: kept under the same id, linked by the migration map
/// (renamed, merged, retired), moved with a renamed section, added or removed.
struct ItemMatcher: Sendable {
    let links: MigrationLinks
    /// Each older section id and the newer section it became (same id, or renamed by the map).
    let sectionMap: [String: String]

    /// The changes for one kind of item.
    ///
    /// - Parameters:
    ///   - followsMap: Whether migration maps name this kind of item (not rules or report questions); when
    ///     false, an item moved with its renamed section is the same item, and a missing one is `removed`.
    ///   - compare: What changed between an old item and the new item it became.
    func changes<Value>(
        _ item: EditionChange.Item, old: [DiffItem<Value>], new: [DiffItem<Value>], followsMap: Bool = true,
        compare: (Value, Value) -> ItemComparison
    ) -> [PlacedChange] {
        var newIndex: [String: Int] = [:]
        for (index, candidate) in new.enumerated() where newIndex[candidate.id] == nil {
            newIndex[candidate.id] = index
        }
        var claimed = Set<Int>()
        var result: [PlacedChange] = []
        var merges: [String: Int] = [:]  // new id -> index in result
        for (oldPosition, before) in old.enumerated() {
            let order = new.count + oldPosition
            if followsMap, let link = links.link(for: before.id) {
                follow(
                    link, item, before, order: order, new: new, newIndex: newIndex, into: &result, claimed: &claimed,
                    merges: &merges, compare: compare)
                continue
            }
            let moved = before.section.flatMap { sectionMap[$0] }.map { section in
                section + before.id.dropFirst(before.section.map { $0.count } ?? 0)
            }
            if let target = newIndex[before.id] ?? moved.flatMap({ newIndex[$0] }), !claimed.contains(target) {
                claimed.insert(target)
                let after = new[target]
                var change = linked(item, before, after, to: after.id, compare: compare)
                if after.id == before.id || !followsMap {
                    change.kind = .changed
                    // A new title alone is a rewording, not a change a secretary acts on.
                    guard !change.details.isEmpty || change.newFigure != nil else { continue }
                    if before.title != after.title, !Self.onlyFigure(change, before.title, after.title),
                        let words = retitled(item, before)
                    {
                        change.details.insert(words, at: 0)
                    }
                } else {
                    change.details.insert("it moved with its section", at: 0)
                }
                result.append(PlacedChange(place: place(of: after, else: before), order: target, change: change))
                continue
            }
            result.append(gone(.removed, item, before, note: nil, order: order))
        }
        for (index, after) in new.enumerated() where !claimed.contains(index) && links.sources(of: after.id).isEmpty {
            var change = EditionChange(kind: .added, item: item)
            change.newID = after.id
            change.newTitle = after.title
            change.newSpan = after.span
            result.append(PlacedChange(place: place(of: after, else: nil), order: index, change: change))
        }
        return result
    }

    /// Follows the map's entry for `before`: retired, renamed, or one more old item of a merge.
    private func follow<Value>(
        _ link: MigrationLinks.Link, _ item: EditionChange.Item, _ before: DiffItem<Value>, order: Int,
        new: [DiffItem<Value>], newIndex: [String: Int], into result: inout [PlacedChange], claimed: inout Set<Int>,
        merges: inout [String: Int], compare: (Value, Value) -> ItemComparison
    ) {
        guard let to = link.to else {
            result.append(gone(.retired, item, before, note: link.note, order: order))
            return
        }
        let target = newIndex[to]
        if let target { claimed.insert(target) }
        let isMerge = links.sources(of: to).count > 1
        if isMerge, let existing = merges[to] {
            result[existing].change.mergedFrom.append(before.id)
            result[existing].change.mergedTitles.append(before.title)
            if !(result[existing].change.note ?? "").contains(link.note) {
                result[existing].change.note = [result[existing].change.note, link.note].compactMap { $0 }
                    .joined(separator: " ")
            }
            return
        }
        var change = linked(item, before, target.map { new[$0] }, to: to, compare: compare)
        change.note = link.note
        if isMerge {
            change.kind = .merged
            change.mergedFrom = [before.id]
            change.mergedTitles = [before.title]
            merges[to] = result.count
        }
        result.append(
            PlacedChange(place: place(of: target.map { new[$0] }, else: before), order: target ?? order, change: change)
        )
    }

    /// An old item and the new one the map or its id links it to (nil when the map's target is missing).
    private func linked<Value>(
        _ item: EditionChange.Item, _ before: DiffItem<Value>, _ after: DiffItem<Value>?, to: String,
        compare: (Value, Value) -> ItemComparison
    ) -> EditionChange {
        var change = EditionChange(kind: .renamed, item: item)
        change.oldID = before.id
        change.oldTitle = before.title
        change.oldSpan = before.span
        change.newID = to
        change.newTitle = after?.title
        change.newSpan = after?.span
        if let after {
            let comparison = compare(before.value, after.value)
            change.details = comparison.details
            change.direction = comparison.direction
            change.oldFigure = comparison.figure?.old
            change.newFigure = comparison.figure?.new
        }
        return change
    }

    private func gone<Value>(
        _ kind: EditionChange.Kind, _ item: EditionChange.Item, _ before: DiffItem<Value>, note: String?,
        order: Int
    ) -> PlacedChange {
        var change = EditionChange(kind: kind, item: item)
        change.oldID = before.id
        change.oldTitle = before.title
        change.oldSpan = before.span
        change.note = note
        return PlacedChange(place: place(of: nil, else: before), order: order, change: change)
    }

    /// What the item was called, when that is not among the details already (a question's text is).
    private func retitled<Value>(_ item: EditionChange.Item, _ before: DiffItem<Value>) -> String? {
        switch item {
        case .rule: "it used to say: \(before.title)"
        case .question: nil
        default: "it was called \"\(before.title)\""
        }
    }

    /// Whether a rule's words differ only by its changed figure ("at least 6" and "at least 8").
    private static func onlyFigure(_ change: EditionChange, _ before: String, _ after: String) -> Bool {
        guard let old = change.oldFigure, let new = change.newFigure else { return false }
        return before.replacing(String(old), with: String(new)) == after
    }

    /// Under the new item's section, else the old item's section where it went, else the edition-wide part.
    private func place<Value>(of after: DiffItem<Value>?, else before: DiffItem<Value>?) -> DiffPlace {
        if let after { return after.section.map { .section($0) } ?? .general }
        guard let section = before?.section else { return .general }
        if let kept = sectionMap[section] { return .section(kept) }
        return .removedSection(section)
    }
}
