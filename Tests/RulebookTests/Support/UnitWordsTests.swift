import Testing

@testable import Rulebook

/// Units after a count: "1 delegate per ward", "2 delegates per ward".
@Suite struct UnitWordsTests {
    @Test(
        arguments: [
            ("delegates per ward", 1, "delegate per ward"), ("delegates per ward", 2, "delegates per ward"),
            ("members per delegate", 1, "member per delegate"), ("seats", 1, "seat"), ("seats", 0, "seats"),
            ("CLPs", 1, "CLP"), ("per cent", 1, "per cent"), ("class", 1, "class"), ("weeks", nil, "weeks"),
        ] as [(String, Int?, String)])
    func unitAfterACount(unit: String, count: Int?, expected: String) {
        #expect(UnitWords.unit(unit, count: count) == expected)
    }
}
