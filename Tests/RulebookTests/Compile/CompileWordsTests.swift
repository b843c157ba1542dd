import Testing

@testable import Rulebook

/// The compile's small pieces of arithmetic and text: phrases, quartiles, rounding.
@Suite struct CompileWordsTests {
    @Test func phrasesDropStopWordsAndBreakAtPunctuation() {
        #expect(
            PhraseCounter.phrases(in: "The policy forum met only once: too few volunteers")
                == ["policy", "forum", "policy forum", "met", "forum met", "volunteers"])
        #expect(
            PhraseCounter.phrases(in: "Members' meetings, ALL-MEMBER meetings")
                == [
                    "members", "meetings", "members meetings", "all", "member", "all member", "meetings", "member meetings",
                ].filter { $0 != "all" && $0 != "all member" })
        #expect(PhraseCounter.phrases(in: "") == [])
        #expect(PhraseCounter.phrases(in: String(repeating: "word ", count: 10_000)).count < 1_000)
    }

    @Test func phrasesLowercaseASCIIAndOtherLettersAlike() {
        #expect(PhraseCounter.phrases(in: "CANVASSING Rotas") == ["canvassing", "rotas", "canvassing rotas"])
        #expect(PhraseCounter.phrases(in: "Ébauche ÉQUIPE") == ["ébauche", "équipe", "ébauche équipe"])
        #expect(PhraseCounter.phrases(in: "Ward 2024 plans") == ["ward", "2024", "ward 2024", "plans", "2024 plans"])
        // An apostrophe inside a word stays, one at either end goes; the curly one is written straight.
        #expect(PhraseCounter.phrases(in: "'Women\u{2019}s forum'") == ["women's", "forum", "women's forum"])
        // Digits beyond ASCII are not letters and break the word, as punctuation does.
        #expect(PhraseCounter.phrases(in: "ab\u{0663}cd") == ["ab", "cd"])
    }

    @Test func quartilesByNearestRank() {
        var histogram = ValueHistogram()
        for value in 1...8 { histogram.add(Int64(value), sign: 1) }
        let five = histogram.fiveNumbers
        #expect(five.map { [$0.min, $0.lower, $0.median, $0.upper, $0.max] } == [1, 2, 4, 6, 8])
        histogram.add(8, sign: -1)
        histogram.add(1, sign: -1)
        #expect(histogram.fiveNumbers.map { [$0.min, $0.median, $0.max] } == [2, 4, 7])
        #expect(ValueHistogram().fiveNumbers == nil)
    }

    @Test func roundingIsHalfUpInIntegers() {
        #expect(Figures.percent(1, of: 8) == "13%")
        #expect(Figures.percent(0, of: 0) == "0%")
        #expect(Figures.average(37, over: 10) == "3.7")
        #expect(Figures.average(7, over: 2) == "3.5")
        #expect(Figures.average(1, over: 0) == nil)
        #expect(Figures.share(31, of: 48) == "0.6458")
        #expect(Figures.share(48, of: 48) == "1.0000")
        #expect(Figures.tenths1(142) == "14.2")
        #expect(Figures.count(1, "report") == "1 report")
        #expect(Figures.count(1200, "CLP") == "1,200 CLPs")
        #expect(YearTally.attendanceTenths(38, members: 960) == 39)
        #expect(YearTally.attendanceTenths(Int64.max, members: 3) == nil)
        #expect(YearTally.attendanceTenths(10, members: 0) == nil)
    }
}
