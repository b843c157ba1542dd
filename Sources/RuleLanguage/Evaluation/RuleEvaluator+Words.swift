/// Evaluation of the functions that put values into words for templates (``RuleFunction/all``): `join`,
/// `join_or`, `plural`, `percent_text` and `thousands`. Each gives text.
extension RuleEvaluationWalk {
    mutating func wordValue(
        _ name: String, _ arguments: [RuleExpression], range: Range<Int>
    ) throws(RuleEvaluationError) -> RuleValue {
        switch name {
        case "join", "join_or":
            let words = try list(arguments[0], for: name).map(RuleValueFormatter.text)
            return .string(RuleValueFormatter.series(words, last: name == "join" ? "and" : "or"))
        case "plural":
            let number = try integer(arguments[0], for: name)
            let word = try string(arguments[number == 1 || number == -1 ? 1 : 2], for: name)
            return .string("\(number) \(word)")
        case "thousands":
            return .string(RuleValueFormatter.thousands(try integer(arguments[0], for: name)))
        default:
            return .string(
                try Self.percentText(
                    try integer(arguments[0], for: name), try integer(arguments[1], for: name), range: range))
        }
    }

    /// `part` as a percentage of `whole` with one decimal place, rounded half away from zero: `63.4%`.
    static func percentText(_ part: Int, _ whole: Int, range: Range<Int>) throws(RuleEvaluationError) -> String {
        guard whole != 0 else { throw RuleEvaluationError(.divisionByZero(operation: "percent_text"), at: range) }
        let (scaled, overflow) = part.multipliedReportingOverflow(by: 1000)
        guard !overflow, whole != Int.min else {
            throw RuleEvaluationError(.overflow(operation: "percent_text"), at: range)
        }
        let negative = (scaled < 0) != (whole < 0) && scaled != 0
        let numerator = scaled.magnitude
        let denominator = whole.magnitude
        let rounded = (numerator + denominator / 2) / denominator
        let sign = negative && rounded != 0 ? "-" : ""
        return "\(sign)\(rounded / 10).\(rounded % 10)%"
    }
}
