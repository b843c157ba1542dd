import Diagnostics

/// The CLP's local additions (`[[local_addition]]`), each a numbered clause at the end of its part, titled
/// "Local addition: …" and traced to the selections file, not to the menu. Their text is never evaluated:
/// `{{…}}` and `[[clause …]]` in it are printed as written.
extension StandingOrdersBuilder {
    /// The prefix of every local addition's provision id: `local_addition.procedure.1`.
    static let localAdditionPrefix = "local_addition."

    /// The local additions whose topic is `part`, in the order the file gives them.
    func localAdditions(for part: String, lines: SourceLocationConverter?) -> [StandingOrders.Provision] {
        let additions = (year.selections?.localAdditions ?? []).filter { $0.topic.value == part }
        let file = year.text.document.source.path
        return additions.enumerated().map { index, addition in
            let paragraphs = Self.paragraphs(addition.text.value)
            let line = lines.map { " line \($0.location(of: addition.span.range.lowerBound).line)," } ?? ""
            return StandingOrders.Provision(
                id: Self.localAdditionPrefix + part + "." + String(index + 1), number: "",
                title: Self.localAdditionTitle(paragraphs.first?.plain ?? ""), paragraphs: paragraphs,
                tables: [],
                trace: StandingOrders.Trace(
                    options: [], parameters: [], derived: [], rule: nil, clause: "",
                    localAddition: "\(file),\(line) topic '\(part)'"))
        }
    }

    /// "Local addition: Meetings end by 9.30pm so that…": the first words of the text, at most about 40
    /// characters of them (list marks left out), so the reader sees what the clause is about and that the CLP added it.
    static func localAdditionTitle(_ text: String) -> String {
        let words = text.split(whereSeparator: \.isWhitespace)
        var title = ""
        for word in words {
            let next = title.isEmpty ? String(word) : title + " " + word
            if next.count > 40 {
                if title.isEmpty { title = String(next.prefix(40)) }
                return "Local addition: " + title + "\u{2026}"
            }
            title = next
        }
        return "Local addition: " + title
    }
}
