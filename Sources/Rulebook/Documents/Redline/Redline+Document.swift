/// Lays a redline out as a ``DocumentTree``: the changed choices as a table, then each changed clause with
/// its added and removed words marked.
extension Redline {
    public func document() -> DocumentTree {
        var blocks: [DocumentBlock] = [
            .definitions([
                ("Last year", [.text(Self.describe(last))]),
                ("This year", [.text(Self.describe(this))]),
            ])
        ]
        blocks.append(.heading(level: 1, text: "Choices and settings that changed", anchor: "choices"))
        if choices.isEmpty {
            blocks.append(.paragraph([.emphasis("No choice or setting changed.")]))
        } else {
            blocks.append(
                .table(
                    header: ["Choice or setting", "Last year", "This year"],
                    rows: choices.map {
                        [
                            $0.title + " (" + $0.name + ")", $0.before ?? "(not in that edition)",
                            $0.after ?? "(not in this edition)",
                        ]
                    }))
        }
        blocks.append(.heading(level: 1, text: "Standing orders, clause by clause", anchor: "clauses"))
        let summary =
            "\(count(.changed)) changed, \(count(.added)) added, \(count(.removed)) removed, \(unchanged) unchanged."
        blocks.append(.paragraph([.text(summary)]))
        for (index, change) in clauses.enumerated() {
            blocks.append(.heading(level: 2, text: heading(change), anchor: "change-\(index + 1)"))
            for pieces in change.paragraphs {
                blocks.append(.paragraph(Self.inlines(pieces)))
            }
        }
        return DocumentTree(
            title: "Redline: " + this.clpName + " standing orders, " + Self.yearText(last) + " to "
                + Self.yearText(this),
            subtitle:
                "What the AGM's choices change. Added words are marked as insertions, removed words as deletions.",
            blocks: blocks)
    }

    private func count(_ kind: ClauseChange.Kind) -> Int { clauses.filter { $0.kind == kind }.count }

    private func heading(_ change: ClauseChange) -> String {
        switch change.kind {
        case .added: "Added: \(change.newNumber ?? "") \(change.title)"
        case .removed: "Removed: \(change.oldNumber ?? "") \(change.title)"
        case .changed:
            change.oldNumber == change.newNumber
                ? "Changed: \(change.newNumber ?? "") \(change.title)"
                : "Changed: \(change.title) (was \(change.oldNumber ?? ""), now \(change.newNumber ?? ""))"
        }
    }

    static func inlines(_ pieces: [WordDiff.Piece]) -> [DocumentInline] {
        var result: [DocumentInline] = []
        for (index, piece) in pieces.enumerated() {
            let space = index < pieces.count - 1 ? " " : ""
            switch piece {
            case .same(let text): result.append(.text(text + space))
            case .added(let text):
                result.append(.inserted(text))
                if !space.isEmpty { result.append(.text(space)) }
            case .removed(let text):
                result.append(.deleted(text))
                if !space.isEmpty { result.append(.text(space)) }
            }
        }
        return result
    }

    static func yearText(_ identity: StandingOrders.Identity) -> String {
        identity.year.map(String.init) ?? "(no year)"
    }

    static func describe(_ identity: StandingOrders.Identity) -> String {
        var text = identity.clpName + ", " + yearText(identity) + ", edition " + identity.editionID
        if let adopted = identity.adopted { text += ", AGM on " + adopted }
        return text
    }
}
