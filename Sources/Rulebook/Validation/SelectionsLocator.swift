import Diagnostics
import RuleLanguage

/// Finds where in a selections file the value behind an expression name was written, so a failed
/// constraint can point at every key that contributed to it.
struct SelectionsLocator {
    let edition: Edition
    let selections: Selections

    /// The span of `name`'s value in the selections file, or nil when the value came from the menu
    /// (a default) or is not written anywhere.
    func span(of name: String) -> SourceSpan? {
        let parts = name.split(separator: ".").map(String.init)
        guard let root = parts.first else { return nil }
        switch root {
        case "year": return selections.year?.span
        case "agm": return selections.agmDate?.span
        case "clp": return parts.count > 1 && parts[1] == "region" ? selections.region?.span : selections.clpName?.span
        case "facts": return parts.count > 1 ? selections.facts[parts[1]]?.span : nil
        case "officers": return selections.officers.first?.span
        case "votes": return parts.count > 1 ? selections.votes[parts[1]]?.span : nil
        case "approvals":
            // approvals.<matter>.<body>: the record for that matter from that body, else any for the matter.
            guard parts.count > 1 else { return nil }
            let forMatter = selections.approvals.filter { $0.approves.value == parts[1] }
            return (forMatter.first { parts.count > 2 && $0.by.value == parts[2] } ?? forMatter.first)?.span
        default:
            guard let choice = selections.choices[root], parts.count > 1 else { return nil }
            if parts[1] == "option" || parts[1] == "options" {
                return choice.usedDefault ? nil : choice.options.first?.span ?? choice.span
            }
            return choice.parameters[parts[1]]?.span
        }
    }

    /// Where each item of a list of records was written, in the order the rules see them: an officer's name;
    /// for a branch or an affiliate, the first of `fields` its table has (the value the rule read), else the
    /// whole table.
    func itemSpans(of list: String, preferring fields: [String] = []) -> [SourceSpan] {
        if list == "officers" { return selections.officers.map(\.span) }
        return ConstraintReport.tableEntries(list, in: selections.document).map { entry in
            let field = fields.lazy.compactMap { entry.table?[$0] }.first
            return selections.document.span((field ?? entry).range)
        }
    }

    /// The names an evaluation read, with derived values expanded into what they read in turn.
    func inputs(of reads: [String]) -> [String] {
        var result: [String] = []
        var seen = Set<String>()
        var pending = reads
        var steps = 0
        while let name = pending.first, steps < 10_000 {
            pending.removeFirst()
            steps += 1
            guard seen.insert(name).inserted else { continue }
            if let derived = edition.derived(name) {
                pending += derived.value.expression.referencedNames
            } else {
                result.append(name)
            }
        }
        return result
    }
}
