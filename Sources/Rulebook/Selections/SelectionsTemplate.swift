import Diagnostics
import RuleLanguage
import TOML

/// Writes a complete selections file for an edition, for a secretary to edit rather than write from nothing:
/// every section with its options listed as comments (with their one-line summaries), defaults filled in,
/// and the facts to complete. Starting from last year's file keeps last year's choices and facts.
///
/// Every key, value and comment goes through ``TOMLWriter``, so nothing last year's file or the menu holds
/// (a newline in an officer's name, a `[table]` in a summary) can add a key or a table to the new file.
public struct SelectionsTemplate: Sendable {
    public let edition: Edition
    public let year: Int
    /// Last year's selections (same edition), whose choices and facts are carried forward.
    public let last: Selections?

    /// The years `init` writes: four digits, as a TOML date needs, and no earlier than any CLP.
    public static let years: ClosedRange<Int> = 1000...9999

    public init(edition: Edition, year: Int, last: Selections? = nil) {
        self.edition = edition
        self.year = year
        self.last = last
    }

    /// The year after last year's, or why there is none that `init` can write.
    public enum NextYear: Sendable {
        case year(Int)
        /// A diagnostic at last year's `year`.
        case unwritable(Diagnostic)
    }

    /// The year after last year's `year`, worked out without overflow; a diagnostic at that value when the
    /// result is not in ``years``.
    public static func year(after last: Selections.Located<Int>) -> NextYear {
        let (next, overflow) = last.value.addingReportingOverflow(1)
        guard !overflow, years.contains(next) else {
            return .unwritable(SelectionsMessages.nextYearOutOfRange(last.value, years: years, at: last.span))
        }
        return .year(next)
    }

    /// The file's text.
    ///
    /// - Throws: ``TOMLWriteError`` when a value cannot be written as TOML (a date in a year without four
    ///   digits, say); nothing is written then.
    public func render() throws -> String {
        var out = line(comment: edition.title)
        out += line(comment: "Selections for the \(year) AGM. Edit the values, then run: clpconf check THIS-FILE")
        out += line(comment: "Lines starting with '#' are notes; remove the '#' from a line to use it.") + "\n"
        out += try setting("edition", .text(edition.id)) + setting("year", .integer(Int64(year))) + "\n"
        out += TOMLWriter.tableHeader(["clp"]) + "\n"
        out += try setting("name", .text(last?.clpName?.value ?? ""), note: "the CLP's name")
        out += try setting("region", .text(last?.region?.value ?? ""), note: "the party region") + "\n"
        out += TOMLWriter.tableHeader(["agm"]) + "\n"
        out += try setting("date", .date(year: year, month: 9, day: 1), note: "change to the date of the AGM") + "\n"
        out += try facts()
        for section in edition.sections { out += try self.section(section) }
        out += officers()
        out += try votesAndApprovals()
        out += try localAdditions()
        return out
    }

    // MARK: - Lines

    /// `# text` and a newline.
    private func line(comment text: String) -> String { TOMLWriter.comment(text) + "\n" }

    /// `key = value # note` and a newline.
    private func setting(_ key: String, _ value: TOMLValue.Kind, note: String? = nil) throws -> String {
        try TOMLWriter.assignment(key, value) + (note.map { " " + TOMLWriter.comment($0) } ?? "") + "\n"
    }

    /// `# key = value # note`: a setting left for the secretary to uncomment.
    private func suggestion(_ key: String, _ value: TOMLValue.Kind, note: String) throws -> String {
        line(comment: try TOMLWriter.assignment(key, value) + " # " + note)
    }

    // MARK: - Parts

    private func facts() throws -> String {
        var out = TOMLWriter.tableHeader(["facts"]) + " " + line(comment: "what the CLP is: the rules read these")
        var lists = ""
        for fact in edition.facts {
            let known = last?.facts[fact.id]?.value
            switch fact.kind {
            case .list(let fields):
                let header = TOMLWriter.arrayOfTablesHeader(["facts", fact.id])
                lists += "\n" + line(comment: "\(fact.title): one \(header) table each")
                let items: [RuleValue] = if case .list(let values)? = known { values } else { [] }
                if items.isEmpty {
                    lists += line(comment: header)
                    for field in fields {
                        lists += try suggestion(field.id, placeholder(field.kind), note: field.title)
                    }
                }
                for case .record(let record) in items {
                    lists += header + "\n"
                    for field in record.fields { lists += try setting(field.name, field.value.tomlKind) }
                }
            default:
                let note = fact.title + range(fact.kind)
                if let known {
                    out += try setting(fact.id, known.tomlKind, note: note)
                } else if let value = fact.defaultValue {
                    out += try setting(fact.id, value.tomlKind, note: note + " (default)")
                } else {
                    out += try suggestion(fact.id, placeholder(fact.kind), note: note + " (required: fill in)")
                }
            }
        }
        return out + lists + "\n"
    }

    private func range(_ kind: FactDefinition.Kind) -> String {
        if case .integer(let range?) = kind { return " (\(range.lowerBound) to \(range.upperBound))" }
        return ""
    }

    private func placeholder(_ kind: FactDefinition.Kind) -> TOMLValue.Kind {
        switch kind {
        case .integer: .integer(0)
        case .boolean: .boolean(false)
        case .string: .text("")
        case .date: .date(year: year, month: 1, day: 1)
        case .list: .array([])
        }
    }

    private func section(_ section: Section) throws -> String {
        let sentence = BookletBuilder.choiceSentence(section).lowercased()
        var out = TOMLWriter.tableHeader([section.id]) + " " + line(comment: "\(section.title): " + sentence)
        let chosen =
            last?.choices[section.id].flatMap { $0.usedDefault ? nil : $0.options.map(\.value) } ?? section.defaults
        for option in section.options {
            out += line(comment: "  \(option.id): \(option.summary)")
        }
        switch section.choose {
        case .one:
            if let first = chosen.first {
                out += try setting("option", .text(first))
            } else {
                out += try suggestion("option", .text(""), note: "required: choose one of the above")
            }
        case .any:
            out += try setting("options", .array(chosen.map { TOMLValue(.text($0), range: 0..<0) }))
        case .none:
            break
        }
        for parameter in section.parameters {
            let note = parameter.title + " (" + BookletBuilder.allowed(parameter) + ")"
            if let value = last?.choices[section.id]?.parameters[parameter.id]?.value {
                out += try setting(parameter.id, value.tomlKind, note: note)
            } else if let value = parameter.defaultValue {
                out += try suggestion(
                    parameter.id, value.tomlKind, note: note + "; the default applies unless you set it")
            } else {
                out += line(comment: TOMLWriter.key(parameter.id) + " =  # " + note + " required")
            }
        }
        return out + "\n"
    }

    private func officers() -> String {
        var out = line(comment: "The officers elected at the AGM: one [[officers]] table each.")
        out += line(comment: "Posts: " + edition.posts.map(\.id).joined(separator: ", "))
        if let previous = last?.officers, !previous.isEmpty {
            out += line(comment: "Last year's officers, for reference:")
            for officer in previous { out += line(comment: "  \(officer.post): \(officer.name)") }
        }
        for example in [
            "[[officers]]", "post = \"chair\"", "name = \"\"", "woman = true", "job_share = false # optional",
        ] {
            out += line(comment: example)
        }
        return out + "\n"
    }

    private func votesAndApprovals() throws -> String {
        var out = ""
        if !edition.votes.isEmpty {
            out += line(comment: "Votes recorded at the AGM, where a decision needs a majority:")
            out += line(comment: "[votes]")
            for vote in edition.votes {
                let tally = TOMLTable([Self.entry("for", .integer(0)), Self.entry("against", .integer(0))])
                out += try suggestion(vote.id, .table(tally), note: vote.title)
            }
        }
        if !edition.approvals.isEmpty {
            out += line(comment: "Approvals received: one record each, saying what it approves and who gave it;")
            out += line(
                comment: "each counts only for this year. Matters: " + edition.matters.map(\.id).joined(separator: ", ")
            )
            out += line(comment: "Bodies: " + edition.approvals.map(\.id).joined(separator: ", "))
            // Last year's choices that need approval get a record each to fill in; otherwise one example.
            let needed = edition.sections.flatMap { section in
                section.options.filter { option in
                    !option.approvals.isEmpty
                        && last?.choices[section.id]?.options.contains { $0.value == option.id } == true
                }.flatMap { option in option.approvals.map { (section.id + "." + option.id, $0) } }
            }
            let records =
                needed.isEmpty ? [(edition.matters.first?.id ?? "", edition.approvals.first?.id ?? "")] : needed
            for (subject, body) in records {
                out += line(comment: TOMLWriter.arrayOfTablesHeader(["approvals"]))
                out += try suggestion("approves", .text(subject), note: "an option (section.option) or a matter")
                out += try suggestion("by", .text(body), note: edition.approverTitle(body))
                out += try suggestion("date", .date(year: year, month: 1, day: 1), note: "when it was given")
                out += try suggestion("reference", .text(""), note: "the letter's or minute's reference")
            }
        }
        return out
    }

    /// Last year's local additions, carried over as written; without any, one commented-out example.
    private func localAdditions() throws -> String {
        var out = "\n" + line(comment: "Local additions: clauses the CLP adds in its own words, one record each,")
        out += line(comment: "placed at the end of the part of the standing orders its topic names:")
        out += line(comment: "  " + edition.parts.map(\.id).joined(separator: ", "))
        let previous = last?.localAdditions ?? []
        guard !previous.isEmpty else {
            out += line(comment: TOMLWriter.arrayOfTablesHeader(["local_addition"]))
            out += try suggestion("topic", .text(edition.parts.first?.id ?? ""), note: "a part of the standing orders")
            out += try suggestion("text", .text(""), note: "the clause, in the CLP's words")
            return out
        }
        for addition in previous {
            out += TOMLWriter.arrayOfTablesHeader(["local_addition"]) + "\n"
            out += try setting("topic", .text(addition.topic.value))
            out += try setting("text", .text(addition.text.value))
        }
        return out
    }

    private static func entry(_ key: String, _ value: TOMLValue.Kind) -> TOMLTable.Entry {
        TOMLTable.Entry(key: key, keyRange: 0..<0, value: TOMLValue(value, range: 0..<0))
    }
}
