import RuleLanguage
import TOML

/// Writes a complete selections file for an edition, for a secretary to edit rather than write from nothing:
/// every section with its options listed as comments (with their one-line summaries), defaults filled in,
/// and the facts to complete. Starting from last year's file keeps last year's choices and facts.
public struct SelectionsTemplate: Sendable {
    public let edition: Edition
    public let year: Int
    /// Last year's selections (same edition), whose choices and facts are carried forward.
    public let last: Selections?

    public init(edition: Edition, year: Int, last: Selections? = nil) {
        self.edition = edition
        self.year = year
        self.last = last
    }

    public func render() -> String {
        var out = "# \(edition.title)\n"
        out += "# Selections for the \(year) AGM. Edit the values, then run: clpconf check THIS-FILE\n"
        out += "# Lines starting with '#' are notes; remove the '#' from a line to use it.\n\n"
        out += "edition = \(quote(edition.id))\nyear = \(year)\n\n"
        out += "[clp]\nname = \(quote(last?.clpName?.value ?? "")) # the CLP's name\n"
        out += "region = \(quote(last?.region?.value ?? "")) # the party region\n\n"
        out += "[agm]\ndate = \(year)-\(TOMLDate.pad2(9))-01 # change to the date of the AGM\n\n"
        out += facts()
        for section in edition.sections { out += self.section(section) }
        out += officers()
        out += votesAndApprovals()
        return out
    }

    private func quote(_ text: String) -> String { FixSearch.tomlLiteral(.string(text)) }

    private func facts() -> String {
        var out = "[facts] # what the CLP is: the rules read these\n"
        var lists = ""
        for fact in edition.facts {
            let known = last?.facts[fact.id]?.value
            switch fact.kind {
            case .list(let fields):
                lists += "\n# \(fact.title): one [[facts.\(fact.id)]] table each\n"
                let items: [RuleValue] = if case .list(let values)? = known { values } else { [] }
                if items.isEmpty {
                    lists +=
                        "# [[facts.\(fact.id)]]\n"
                        + fields.map { "# \($0.id) = \(placeholder($0.kind)) # \($0.title)\n" }.joined()
                }
                for case .record(let record) in items {
                    lists +=
                        "[[facts.\(fact.id)]]\n"
                        + record.fields.map { "\($0.name) = \(FixSearch.tomlLiteral($0.value))\n" }.joined()
                }
            default:
                let note = " # \(fact.title)" + range(fact.kind)
                if let known {
                    out += "\(fact.id) = \(FixSearch.tomlLiteral(known))\(note)\n"
                } else if let value = fact.defaultValue {
                    out += "\(fact.id) = \(FixSearch.tomlLiteral(value))\(note) (default)\n"
                } else {
                    out += "# \(fact.id) = \(placeholder(fact.kind))\(note) (required: fill in)\n"
                }
            }
        }
        return out + lists + "\n"
    }

    private func range(_ kind: FactDefinition.Kind) -> String {
        if case .integer(let range?) = kind { return " (\(range.lowerBound) to \(range.upperBound))" }
        return ""
    }

    private func placeholder(_ kind: FactDefinition.Kind) -> String {
        switch kind {
        case .integer: "0"
        case .boolean: "false"
        case .string: "\"\""
        case .date: "\(year)-01-01"
        case .list: "[]"
        }
    }

    private func section(_ section: Section) -> String {
        var out = "[\(section.id)] # \(section.title): " + BookletBuilder.choiceSentence(section).lowercased() + "\n"
        let chosen =
            last?.choices[section.id].flatMap { $0.usedDefault ? nil : $0.options.map(\.value) } ?? section.defaults
        for option in section.options {
            out += "#   \(option.id): \(option.summary)\n"
        }
        switch section.choose {
        case .one:
            out +=
                chosen.first.map { "option = \(quote($0))\n" }
                ?? "# option = \"\" # required: choose one of the above\n"
        case .any:
            out += "options = [" + chosen.map(quote).joined(separator: ", ") + "]\n"
        case .none:
            break
        }
        for parameter in section.parameters {
            let note = " # \(parameter.title) (" + BookletBuilder.allowed(parameter) + ")"
            if let value = last?.choices[section.id]?.parameters[parameter.id]?.value {
                out += "\(parameter.id) = \(FixSearch.tomlLiteral(value))\(note)\n"
            } else if let value = parameter.defaultValue {
                out +=
                    "# \(parameter.id) = \(FixSearch.tomlLiteral(value))\(note); the default applies unless you set it\n"
            } else {
                out += "# \(parameter.id) = \(note) required\n"
            }
        }
        return out + "\n"
    }

    private func officers() -> String {
        var out = "# The officers elected at the AGM: one [[officers]] table each.\n"
        out += "# Posts: " + edition.posts.map(\.id).joined(separator: ", ") + "\n"
        if let previous = last?.officers, !previous.isEmpty {
            out += "# Last year's officers, for reference:\n"
            for officer in previous { out += "#   \(officer.post): \(officer.name)\n" }
        }
        out += "# [[officers]]\n# post = \"chair\"\n# name = \"\"\n# woman = true\n# job_share = false # optional\n\n"
        return out
    }

    private func votesAndApprovals() -> String {
        var out = ""
        if !edition.votes.isEmpty {
            out += "# Votes recorded at the AGM, where a decision needs a majority:\n# [votes]\n"
            out += edition.votes.map { "# \($0.id) = { for = 0, against = 0 } # \($0.title)\n" }.joined()
        }
        if !edition.approvals.isEmpty {
            out += "# Approvals received, where a chosen option needs one:\n# [approvals]\n"
            out += edition.approvals.map { "# \($0.id) = { date = \(year)-01-01, reference = \"\" } # \($0.title)\n" }
                .joined()
        }
        return out
    }
}

extension TOMLDate {
    static func pad2(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
}
