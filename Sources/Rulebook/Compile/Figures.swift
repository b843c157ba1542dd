import RuleLanguage

/// The compile's numbers in words and in fixed decimals, worked in integers so every platform writes the
/// same digits: shares, averages to one decimal, tenths.
enum Figures {
    /// `count` of `total` as a whole percentage, rounded half up: "65%"; "0%" when the total is zero.
    static func percent(_ count: Int, of total: Int) -> String {
        guard total > 0 else { return "0%" }
        return String((count * 200 + total) / (total * 2)) + "%"
    }

    /// `sum / count` to one decimal, rounded half up: "3.7"; nil when the count is not positive.
    static func average(_ sum: Int64, over count: Int) -> String? {
        guard count > 0 else { return nil }
        let (scaled, overflow) = sum.multipliedReportingOverflow(by: 20)
        guard !overflow else { return nil }
        let tenths = (scaled + Int64(count)) / (Int64(count) * 2)
        return tenths1(tenths)
    }

    /// Tenths as a decimal: 142 → "14.2", -5 → "-0.5".
    static func tenths1(_ tenths: Int64) -> String {
        let sign = tenths < 0 ? "-" : ""
        let magnitude = tenths.magnitude
        return sign + String(magnitude / 10) + "." + String(magnitude % 10)
    }

    /// `count / total` as a JSON number with four decimals ("0.6458"), rounded half up; "0" for no total.
    static func share(_ count: Int, of total: Int) -> String {
        guard total > 0 else { return "0" }
        let basis = (Int64(count) * 20_000 + Int64(total)) / (Int64(total) * 2)
        let whole = basis / 10_000
        let fraction = String(basis % 10_000)
        return String(whole) + "." + String(repeating: "0", count: 4 - fraction.count) + fraction
    }

    /// An average of tenths, still in tenths: the mean attendance per 100 members of several CLPs.
    static func meanTenths(_ sum: Int64, over count: Int) -> Int64? {
        guard count > 0 else { return nil }
        let (doubled, overflow) = sum.multipliedReportingOverflow(by: 2)
        guard !overflow else { return nil }
        return (doubled + Int64(count)) / (Int64(count) * 2)
    }

    /// A count with thousands separators: 10000 → "10,000".
    static func thousands(_ value: Int) -> String { RuleValueFormatter.thousands(value) }

    /// A count and its noun, singular for one: "1 report", "1,200 reports", "2 CLPs".
    static func count(_ value: Int, _ singular: String, _ plural: String? = nil) -> String {
        thousands(value) + " " + (value == 1 ? singular : plural ?? singular + "s")
    }
}
