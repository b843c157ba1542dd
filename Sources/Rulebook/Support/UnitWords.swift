/// A parameter's unit after its number: "1 delegate per ward", "2 delegates per ward".
enum UnitWords {
    /// `unit` as written for `count`: for exactly one, the unit's first word loses a plural "s" ("delegates
    /// per affiliate" becomes "delegate per affiliate"); otherwise the unit as the menu wrote it.
    static func unit(_ unit: String, count: Int?) -> String {
        guard count == 1 else { return unit }
        var words = unit.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        guard let first = words.first, first.count > 1, first.hasSuffix("s"), !first.hasSuffix("ss") else {
            return unit
        }
        words[0] = String(first.dropLast())
        return words.joined(separator: " ")
    }
}
