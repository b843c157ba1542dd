/// Lays standing orders out as a ``DocumentTree``: the title block, contents, numbered parts and clauses
/// (each with its source), then the schedules. Every format is written from this one tree.
extension StandingOrders {
    /// The document; a draft carries a DRAFT mark and lists the year's problems first.
    public func document() -> DocumentTree {
        var blocks: [DocumentBlock] = [.definitions(titleBlock())]
        if isDraft {
            var notice: [DocumentBlock] = [
                .paragraph([
                    .text(
                        "This is a draft. It has not been adopted, and it may not satisfy the Rule Book: check it with clpconf check before the AGM."
                    )
                ])
            ]
            if !problems.isEmpty { notice.append(.bullets(problems.map { [.text($0)] })) }
            blocks.append(.callout(label: problems.isEmpty ? "Draft" : "Draft: problems to resolve", notice))
        }
        var contents = parts.map { (anchor: "part-" + $0.id.anchorID, title: partHeading($0)) }
        if !schedules.isEmpty { contents.append((anchor: "schedules", title: "Schedules")) }
        blocks.append(.contents(contents))
        for part in parts {
            blocks.append(.heading(level: 1, text: partHeading(part), anchor: "part-" + part.id.anchorID))
            blocks += part.provisions.map { .provision(provision($0)) }
        }
        if !schedules.isEmpty { blocks.append(.heading(level: 1, text: "Schedules", anchor: "schedules")) }
        for (index, table) in schedules.enumerated() {
            let letter = String(UnicodeScalar(UInt8(65 + index % 26)))
            blocks.append(.heading(level: 2, text: "Schedule \(letter). " + table.title, anchor: table.id.anchorID))
            blocks += Self.blocks(table)
        }
        if let branch = identity.branch {
            return DocumentTree(
                title: branch + " Branch Standing Orders" + (identity.year.map { " \($0)" } ?? ""),
                subtitle: "A branch of " + identity.clpName + " Constituency Labour Party"
                    + (identity.adopted.map { ", under the choices of its annual general meeting on \($0)" } ?? ""),
                blocks: blocks, watermark: isDraft ? "DRAFT" : nil)
        }
        return DocumentTree(
            title: identity.clpName + " Constituency Labour Party: Standing Orders"
                + (identity.year.map { " \($0)" } ?? ""),
            subtitle: identity.adopted.map {
                isDraft
                    ? "Draft for the annual general meeting on \($0)" : "Adopted at the annual general meeting on \($0)"
            } ?? "Not yet adopted",
            blocks: blocks, watermark: isDraft ? "DRAFT" : nil)
    }

    private func partHeading(_ part: Part) -> String {
        "Part \(part.number). " + part.title + (isDraft ? " (DRAFT)" : "")
    }

    private func titleBlock() -> [(term: String, detail: [DocumentInline])] {
        var rows: [(term: String, detail: [DocumentInline])] = [
            ("Constituency Labour Party", [.text(identity.clpName)])
        ]
        if let branch = identity.branch { rows.insert(("Branch", [.text(branch)]), at: 0) }
        if let region = identity.region { rows.append(("Region", [.text(region)])) }
        if let year = identity.year { rows.append(("Year", [.text(String(year))])) }
        if identity.branch != nil {
            rows.append(("CLP AGM", [.text(identity.adopted ?? "not yet held")]))
        } else {
            rows.append(adoptionRow())
        }
        rows.append(("Menu edition", [.text(identity.editionID + ": " + identity.editionTitle)]))
        if !identity.editionDigest.isEmpty { rows.append(("Edition digest", [.code(identity.editionDigest)])) }
        rows.append(("Within", [.text(identity.ruleBook)]))
        return rows
    }

    /// "Adopted: at the AGM on 8 October 2022", or, for a draft, the AGM it is for.
    private func adoptionRow() -> (term: String, detail: [DocumentInline]) {
        (
            isDraft ? "AGM" : "Adopted",
            [
                .text(
                    identity.adopted.map { isDraft ? "\($0) (not yet adopted)" : "at the AGM on \($0)" }
                        ?? "not yet")
            ]
        )
    }

    private func provision(_ provision: Provision) -> DocumentProvision {
        var blocks: [DocumentBlock] = provision.paragraphs.map { paragraph in
            switch paragraph {
            case .text(let text): .paragraph([.text(text)])
            case .list(let items): .bullets(items.map { [.text($0)] })
            }
        }
        for table in provision.tables {
            blocks.append(
                .paragraph([.strong(table.title)] + (table.cite.map { [.text(" \u{2014} rule: " + $0)] } ?? [])))
            blocks += Self.blocks(table)
        }
        let trace = provision.trace
        return DocumentProvision(
            number: provision.number, title: provision.title, anchor: "clause-" + provision.id.anchorID, blocks: blocks,
            source: trace.summary,
            attributes: [
                DocumentAttribute("clause", provision.id),
                DocumentAttribute("options", trace.options.joined(separator: " ")),
                DocumentAttribute("parameters", trace.parameters.joined(separator: "; ")),
                DocumentAttribute("rule", trace.rule ?? ""),
            ] + (trace.isLocalAddition ? [DocumentAttribute("origin", "local addition")] : []))
    }

    static func blocks(_ table: Table) -> [DocumentBlock] {
        if table.rows.isEmpty { return table.emptyText.map { [.paragraph([.emphasis($0)])] } ?? [] }
        return [.table(header: table.header, rows: table.rows)]
    }
}
