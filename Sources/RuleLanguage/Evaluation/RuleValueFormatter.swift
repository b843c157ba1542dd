import TOML

/// Turns values into words: for clause text (``text(_:)``) and for failure explanations (``quoted(_:)``).
///
/// Output is plain text; escaping for HTML or Markdown is the document writer's job.
public enum RuleValueFormatter {
    /// Clause text: integers plain (`812`), booleans `yes`/`no`, dates `14 June 2026`, text as it is, and
    /// lists as `a, b and c`.
    public static func text(_ value: RuleValue) -> String {
        switch value {
        case .integer(let number): String(number)
        case .boolean(let flag): flag ? "yes" : "no"
        case .string(let text): text
        case .date(let date): self.date(date)
        case .list(let items): series(items.map(text))
        case .record(let record): series(record.fields.map { text($0.value) })
        }
    }

    /// For explanations: like ``text(_:)``, but text in double quotes and lists in brackets, so an empty
    /// text (`""`) or list (`[]`) is still visible.
    public static func quoted(_ value: RuleValue) -> String {
        switch value {
        case .string(let text): "\"\(text)\""
        case .list(let items): "[" + items.map(quoted).joined(separator: ", ") + "]"
        case .record(let record):
            "{" + record.fields.map { "\($0.name): \(quoted($0.value))" }.joined(separator: ", ") + "}"
        default: text(value)
        }
    }

    /// `14 June 2026`.
    public static func date(_ date: TOMLDate) -> String {
        let month = date.monthName
        return "\(date.day) \(month) \(date.year)"
    }

    /// `25,000`, `-1,250`, `812`: the digits in groups of three.
    public static func thousands(_ number: Int) -> String {
        let digits = Array(String(number.magnitude))
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return (number < 0 ? "-" : "") + grouped
    }

    /// `a`, `a and b`, `a, b and c` (or, with `last: "or"`, `a, b or c`); empty for no items.
    public static func series(_ items: [String], last word: String = "and") -> String {
        guard let last = items.last else { return "" }
        if items.count == 1 { return last }
        return items.dropLast().joined(separator: ", ") + " " + word + " " + last
    }
}
