import Diagnostics
import RuleLanguage
import TOML

extension ConstraintReport {
    /// Where a failed rule's list items point: the first offending item (else the list a missing post
    /// belongs in, else the first item counted), notes for the others, and a fix-it adding a missing post.
    struct Witness {
        var primary: SourceSpan?
        var notes: [Note] = []
        var fixIts: [FixIt] = []
        /// The list the rule is about as a whole (a missing record, or a count), when no item offends.
        var wholeList: String?

        init(report: ConstraintReport) {
            let findings = FailureWitnesses(edition: report.locator.edition, bindings: report.bindings)
                .findings(report.constraint.require.expression)
            let offending = findings.compactMap { finding -> (String, [Int], [String])? in
                if case .offending(let list, let items, let fields) = finding, !items.isEmpty {
                    return (list, items, fields)
                }
                return nil
            }
            if let (list, items, fields) = offending.first {
                locate(list, items, fields: fields, in: report, label: "")
                return
            }
            for case .missing(let list, let post) in findings {
                wholeList = wholeList ?? list
                missing(list, post: post, in: report)
            }
            if primary != nil { return }
            for case .counted(let list, let items) in findings where !items.isEmpty {
                wholeList = list
                locate(list, items, fields: [], in: report, label: "counted: ")
                return
            }
        }

        /// The primary location at the first item, and a note at each of the others.
        private mutating func locate(
            _ list: String, _ items: [Int], fields: [String], in report: ConstraintReport, label: String
        ) {
            let spans = report.locator.itemSpans(of: list, preferring: fields)
            for (position, item) in items.enumerated() where item < spans.count {
                if position == 0 && primary == nil {
                    // The excerpt at the primary location already shows where it is.
                    primary = spans[item]
                    notes.append(Note(label + report.describeItem(list, item)))
                } else {
                    notes.append(Note(label + report.describeItem(list, item), at: spans[item]))
                }
            }
        }

        /// Nobody holds `post` (or no item of `list` meets the rule): point at the list, offer to add it.
        private mutating func missing(_ list: String, post: String?, in report: ConstraintReport) {
            let document = report.selections.document
            let entries = ConstraintReport.tableEntries(list, in: document)
            let at = entries.first.map { document.span($0.range) } ?? document.span(0..<0)
            if primary == nil { primary = at }
            guard list == "officers", let post else {
                notes.append(Note("no entry of [[\(list)]] meets the rule"))
                return
            }
            let title = report.locator.edition.posts.first { $0.id == post }?.title ?? post
            notes.append(Note("no one holds the post '\(post)' (\(title)) in [[officers]]"))
            guard let block = try? ConstraintReport.officerBlock(post) else { return }
            // Inserted before the first [[officers]] table, or at the end of a file that has none.
            let end = document.source.text.utf8.count
            let insertion =
                entries.first.map { document.span($0.range.lowerBound..<$0.range.lowerBound) }
                ?? document.span(end..<end)
            fixIts.append(
                FixIt(
                    "add the \(title) to [[officers]] once elected",
                    edits: [TextEdit(span: insertion, replacement: entries.isEmpty ? "\n" + block : block + "\n")]))
        }
    }

    /// A new `[[officers]]` table for `post`, through the one TOML writer; the name is left to fill in.
    static func officerBlock(_ post: String) throws -> String {
        var block = TOMLWriter.arrayOfTablesHeader(["officers"]) + "\n"
        for (key, value) in [("post", TOMLValue.Kind.text(post)), ("name", .text("")), ("woman", .boolean(false))] {
            try TOMLWriter.appendAssignment(key, value, to: &block)
            block += "\n"
        }
        return block
    }

    /// The tables of the array `list` (`officers`, `facts.branch`) as written in `document`.
    static func tableEntries(_ list: String, in document: TOMLDocument) -> [TOMLValue] {
        var table = document.root
        let keys = list.dottedParts().map(String.init)
        for key in keys.dropLast() {
            guard let inner = table[key]?.table else { return [] }
            table = inner
        }
        guard let last = keys.last else { return [] }
        return (table[last]?.array ?? []).filter { $0.table != nil }
    }

    /// An officer as "Helen Brooks, Treasurer, a woman, sharing the post" (the post by its title); a record
    /// by its name.
    func describeItem(_ list: String, _ item: Int) -> String {
        if list == "officers", item < selections.officers.count {
            let officer = selections.officers[item]
            let post = locator.edition.posts.first { $0.id == officer.post }?.title ?? officer.post
            return "\(officer.name), \(post), \(officer.woman ? "a woman" : "not a woman")"
                + (officer.jobShare ? ", sharing the post" : "") + (officer.unionMember ? ", a union member" : "")
        }
        guard case .list(let items)? = bindings[list], item < items.count, case .record(let record) = items[item],
            case .string(let name)? = record["name"]
        else { return "entry \(item + 1) of [[\(list)]]" }
        return "'\(name)' in [[\(list)]]"
    }
}
