import RuleLanguage
import TOML

extension WizardAnswers {
    /// The answers as a selections file for `edition` and `year`, every key and value written through
    /// ``TOMLWriter``: whatever a name holds (a newline, `[table]` syntax, terminal escapes) it reads back as
    /// the same text and adds no key, table or line. Sections not answered have no table, so their
    /// defaults apply.
    ///
    /// - Throws: ``TOMLWriteError`` when a value cannot be written (a date whose year is not four digits).
    public func selectionsText(edition: Edition, year: Int) throws -> String {
        var out = TOMLWriter.comment(edition.title) + "\n"
        out += TOMLWriter.comment("Selections for the \(year) AGM, written by 'clpconf init --interactive'.") + "\n"
        out += TOMLWriter.comment("Check it with: clpconf check THIS-FILE") + "\n\n"
        out += try line("edition", .text(edition.id)) + line("year", .integer(Int64(year))) + "\n"
        out += TOMLWriter.tableHeader(["clp"]) + "\n"
        out += try line("name", .text(clpName ?? "")) + line("region", .text(region ?? "")) + "\n"
        if let agmDate {
            out += TOMLWriter.tableHeader(["agm"]) + "\n" + (try line("date", RuleValue.date(agmDate).tomlKind)) + "\n"
        }
        out += try factsText(edition)
        for section in edition.sections {
            guard let answer = sections[section.id] else { continue }
            out += TOMLWriter.tableHeader([section.id]) + " " + TOMLWriter.comment(section.title) + "\n"
            if let options = answer.options {
                switch section.choose {
                case .one: if let first = options.first { out += try line("option", .text(first)) }
                case .any: out += try line("options", RuleValue.list(options.map(RuleValue.string)).tomlKind)
                case .none: break
                }
            }
            for parameter in section.parameters {
                if let value = answer.parameters[parameter.id] { out += try line(parameter.id, value.tomlKind) }
            }
            out += "\n"
        }
        for officer in officers ?? [] {
            out += TOMLWriter.arrayOfTablesHeader(["officers"]) + "\n"
            out += try line("post", .text(officer.post)) + line("name", .text(officer.name))
            out += try line("woman", .boolean(officer.woman))
            if officer.jobShare { out += try line("job_share", .boolean(true)) }
            if officer.unionMember { out += try line("union_member", .boolean(true)) }
            out += "\n"
        }
        for approval in approvals where isChosen(approval.approves) {
            out += TOMLWriter.arrayOfTablesHeader(["approvals"]) + "\n"
            out += try line("approves", .text(approval.approves)) + line("by", .text(approval.by))
            out += try line("date", RuleValue.date(approval.date).tomlKind)
            if let reference = approval.reference { out += try line("reference", .text(reference)) }
            out += "\n"
        }
        for addition in localAdditions where edition.parts.contains(where: { $0.id == addition.topic }) {
            out += TOMLWriter.arrayOfTablesHeader(["local_addition"]) + "\n"
            out += try line("topic", .text(addition.topic)) + line("text", .text(addition.text)) + "\n"
        }
        return out
    }

    /// Whether `qualified` (`section.option`) is among the options answered for its section: an approval for
    /// an option a fix has since replaced is not written.
    private func isChosen(_ qualified: String) -> Bool {
        let parts = qualified.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return false }
        return sections[parts[0]]?.options?.contains(parts[1]) ?? false
    }

    private func factsText(_ edition: Edition) throws -> String {
        var out = TOMLWriter.tableHeader(["facts"]) + "\n"
        var lists = ""
        for fact in edition.facts {
            guard let value = facts[fact.id] else { continue }
            guard case .list(let items) = value else {
                out += try line(fact.id, value.tomlKind)
                continue
            }
            for case .record(let record) in items {
                lists += "\n" + TOMLWriter.arrayOfTablesHeader(["facts", fact.id]) + "\n"
                for field in record.fields { lists += try line(field.name, field.value.tomlKind) }
            }
        }
        return out + lists + "\n"
    }

    private func line(_ key: String, _ value: TOMLValue.Kind) throws -> String {
        try TOMLWriter.assignment(key, value) + "\n"
    }
}
