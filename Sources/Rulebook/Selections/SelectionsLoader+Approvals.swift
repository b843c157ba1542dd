import Diagnostics
import RuleLanguage
import TOML

/// `[[approvals]]`: each approval a record of what it approves, who gave it, when, and its reference.
extension SelectionsLoader {
    mutating func readApprovals(_ reader: inout TableReader) -> [Selections.Approval] {
        if document.root["approvals"]?.table != nil, let (table, raw) = reader.table("approvals") {
            // The form before approvals were records: `[approvals] nec = { date = ..., reference = ... }`.
            diagnostics.append(SelectionsMessages.approvalsAsTable(bodies: table.keys, at: span(raw)))
            return []
        }
        return reader.tables("approvals").compactMap { table, raw in
            var inner = TableReader(
                table, range: raw.range, document: document, context: "an [[approvals]] entry",
                vocabulary: .selections)
            defer { finish(&inner) }
            let approves = inner.string("approves", required: true)
            let by = inner.string("by", required: true)
            let date = inner.date("date", required: true)
            let reference = inner.string("reference")?.0
            guard let approves, let by, let date else { return nil }
            guard checkApproves(approves.0, at: span(approves.1)), checkBody(by.0, at: span(by.1)) else { return nil }
            return Selections.Approval(
                approves: .init(value: approves.0, span: span(approves.1)), by: .init(value: by.0, span: span(by.1)),
                date: .init(value: date.0, span: span(date.1)), reference: reference, span: span(raw))
        }
    }

    /// Whether `name` is one of the edition's matters or options (`section.option`); reports it if not.
    private mutating func checkApproves(_ name: String, at span: SourceSpan) -> Bool {
        if edition.matters.contains(where: { $0.id == name }) || Self.isOption(name, of: edition) { return true }
        let matters = edition.matters.map(\.id)
        let options = edition.sections.flatMap { section in section.options.map { section.id + "." + $0.id } }
        // An option named without its section is the likeliest slip: name the section it is in.
        let qualified = edition.sections.compactMap { $0.option(name) != nil ? $0.id + "." + name : nil }
        diagnostics.append(
            SelectionsMessages.unknownApprovalSubject(
                name, known: matters + options, qualified: qualified.count == 1 ? qualified.first : nil, at: span))
        return false
    }

    /// Whether `name` is `section.option` for an option of `edition`, found by its parts rather than by
    /// joining every option's name for every approval (ids have no dots: the loader rejects them).
    private static func isOption(_ name: String, of edition: Edition) -> Bool {
        guard let dot = name.firstDot() else { return false }
        let sectionID = name[..<dot]
        let optionID = name[name.index(after: dot)...]
        return edition.sections.contains { section in
            section.id == sectionID && section.options.contains { $0.id == optionID }
        }
    }

    /// Whether `name` is one of the edition's approving bodies; reports it if not.
    private mutating func checkBody(_ name: String, at span: SourceSpan) -> Bool {
        let bodies = edition.approvals.map(\.id)
        guard !bodies.contains(name) else { return true }
        diagnostics.append(SelectionsMessages.unknownName("approving body", name, known: bodies, at: span))
        return false
    }
}
