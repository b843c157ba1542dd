/// A built-in function of the rule language, with its documentation.
///
/// ``all`` is the one list of functions: the type checker looks names up here (so an unknown function can
/// be answered with "did you mean"), and the docs and `clpconf explain` print it.
public struct RuleFunction: Sendable, Hashable {
    /// The name used in expressions.
    public var name: String
    /// How it is called, e.g. `ceil_div(a, b)`.
    public var signature: String
    /// What it gives, in plain words.
    public var summary: String
    /// A realistic use.
    public var example: String
    /// The type of its result; `nil` when the result has the type of the argument (`distinct`).
    public var result: RuleType?
    /// How many arguments it takes.
    public var arity: ClosedRange<Int>
    /// Whether it accepts `LIST where CONDITION`.
    public var takesFilter: Bool

    /// Every function, alphabetically.
    public static let all: [RuleFunction] = [
        RuleFunction(
            name: "all", signature: "all(LIST where CONDITION) or all(LIST)",
            summary:
                "yes if the condition holds for every item (or every yes/no in the list is yes); yes for an empty list",
            example: "all(facts.affiliate where fee_paid_days >= 35)", result: .boolean, arity: 1...1, takesFilter: true
        ),
        RuleFunction(
            name: "any", signature: "any(LIST where CONDITION) or any(LIST)",
            summary: "yes if the condition holds for at least one item (or any yes/no in the list is yes)",
            example: "any(officers where post == \"chair\" and woman)", result: .boolean, arity: 1...1,
            takesFilter: true),
        RuleFunction(
            name: "ceil_div", signature: "ceil_div(a, b)",
            summary: "a divided by b, rounded up to a whole number", example: "ceil_div(facts.members, 10)",
            result: .integer, arity: 2...2, takesFilter: false),
        RuleFunction(
            name: "clear_days", signature: "clear_days(first, second)",
            summary:
                "the whole days between two dates, counting neither (0 unless the second is at least two days later)",
            example: "clear_days(2026-04-01, agm.date) >= 35", result: .integer,
            arity: 2...2, takesFilter: false),
        RuleFunction(
            name: "count", signature: "count(LIST where CONDITION) or count(LIST)",
            summary: "how many items meet the condition (or how many items the list has)",
            example: "count(officers where woman) >= 3", result: .integer, arity: 1...1, takesFilter: true),
        RuleFunction(
            name: "days_between", signature: "days_between(first, second)",
            summary: "the number of days from the first date to the second (negative if the second is earlier)",
            example: "days_between(agm.date, 2026-07-01) > 0", result: .integer, arity: 2...2,
            takesFilter: false),
        RuleFunction(
            name: "distinct", signature: "distinct(LIST)",
            summary: "the list without repeated items, each kept where it first appears",
            example: "len(distinct(officers.name)) == count(officers)", result: nil, arity: 1...1, takesFilter: false),
        RuleFunction(
            name: "join", signature: "join(LIST)",
            summary: "the items of a list in words, joined with commas and a last 'and': A, B and C",
            example: "join((officers where woman).name)", result: .string, arity: 1...1, takesFilter: false),
        RuleFunction(
            name: "join_or", signature: "join_or(LIST)",
            summary: "the items of a list in words, joined with commas and a last 'or': A, B or C",
            example: "join_or(forums.options)", result: .string, arity: 1...1, takesFilter: false),
        RuleFunction(
            name: "last_in_month", signature: "last_in_month(date)",
            summary: "whether a date is the last of its weekday in its month: the last Thursday of June",
            example: "last_in_month(agm.date)", result: .boolean, arity: 1...1, takesFilter: false),
        RuleFunction(
            name: "len", signature: "len(TEXT or LIST)",
            summary: "the number of characters in a text, or items in a list",
            example: "len(forums.options) <= 4", result: .integer, arity: 1...1, takesFilter: false),
        RuleFunction(
            name: "month_name", signature: "month_name(date)",
            summary: "the month of a date in words: January to December",
            example: "month_name(agm.date) == \"October\"", result: .string, arity: 1...1,
            takesFilter: false),
        RuleFunction(
            name: "max", signature: "max(a, b, ...) or max(LIST)", summary: "the largest of some whole numbers",
            example: "max(quorum, 10)", result: .integer, arity: 1...Int.max, takesFilter: false),
        RuleFunction(
            name: "min", signature: "min(a, b, ...) or min(LIST)", summary: "the smallest of some whole numbers",
            example: "min(facts.branch.members) >= 20", result: .integer, arity: 1...Int.max, takesFilter: false),
        RuleFunction(
            name: "nth_in_month", signature: "nth_in_month(date)",
            summary:
                "which of its weekday in the month a date is, 1 to 5: the third Thursday of June gives 3",
            example: "nth_in_month(agm.date) == 3", result: .integer, arity: 1...1, takesFilter: false),
        RuleFunction(
            name: "percent", signature: "percent(part, whole)",
            summary: "part as a percentage of whole, rounded down to a whole number",
            example:
                "percent(votes.structure_change.for, votes.structure_change.for + votes.structure_change.against) > 50",
            result: .integer, arity: 2...2, takesFilter: false),
        RuleFunction(
            name: "percent_text", signature: "percent_text(part, whole)",
            summary: "part as a percentage of whole, in words with one decimal place: 63.4%",
            example:
                "percent_text(votes.structure_change.for, votes.structure_change.for + votes.structure_change.against)",
            result: .string, arity: 2...2, takesFilter: false),
        RuleFunction(
            name: "plural", signature: "plural(number, singular, plural)",
            summary: "the number with the word that fits it: 1 woman, 3 women",
            example: "plural(count(officers where woman), \"woman\", \"women\")", result: .string, arity: 3...3,
            takesFilter: false),
        RuleFunction(
            name: "sum", signature: "sum(LIST)", summary: "the total of a list of whole numbers",
            example: "sum(facts.branch.members) <= facts.members", result: .integer, arity: 1...1, takesFilter: false),
        RuleFunction(
            name: "thousands", signature: "thousands(number)",
            summary: "a whole number in words, its thousands separated by commas: 25,000",
            example: "thousands(facts.members)", result: .string, arity: 1...1, takesFilter: false),
        RuleFunction(
            name: "weekday", signature: "weekday(date)",
            summary: "the day of the week of a date in words: Monday to Sunday",
            example: "weekday(agm.date) == \"Saturday\"", result: .string, arity: 1...1, takesFilter: false),
    ]

    private static let byName: [String: RuleFunction] = Dictionary(all.map { ($0.name, $0) }) { first, _ in first }

    /// The function called `name`, if there is one.
    public static func named(_ name: String) -> RuleFunction? {
        byName[name]
    }

    /// "1 argument", "2 arguments", "at least 1 argument".
    var arityText: String {
        let plural = arity.lowerBound == 1 ? "argument" : "arguments"
        if arity.upperBound == Int.max { return "at least \(arity.lowerBound) \(plural)" }
        return "\(arity.lowerBound) \(plural)"
    }
}
