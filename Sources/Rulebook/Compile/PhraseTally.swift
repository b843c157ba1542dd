/// The words and phrases of one edition and year's "what worked" and "what did not work" answers, counted
/// per option chosen: each answer's phrases are found and numbered once, then counted once for each option
/// of its report in a ``PairCounts``.
struct PhraseTally: Sendable {
    /// Which of the two answers.
    enum Answer: Sendable, CaseIterable {
        case worked
        case didNotWork
    }

    private var vocabulary = Numbering()
    private var optionNumbers = Numbering()
    private var worked = PairCounts()
    private var didNotWork = PairCounts()

    /// Counts `feedback`'s answers for every option in `options` (`sign` -1 takes them back out).
    mutating func add(_ feedback: ReceivedReport.Feedback, options: [String], sign: Int) {
        let workedPhrases = numbers(of: feedback.whatWorked)
        let didNotWorkPhrases = numbers(of: feedback.whatDidNotWork)
        guard !workedPhrases.isEmpty || !didNotWorkPhrases.isEmpty else { return }
        let optionIDs = options.map { optionNumbers.number(of: $0) }
        worked.add(optionIDs, workedPhrases, by: sign)
        didNotWork.add(optionIDs, didNotWorkPhrases, by: sign)
    }

    /// Option (`section.option`) → phrase → count, for one answer; options with no phrase are absent. Only
    /// positive counts are given: one below zero can only come from a replaced report whose file changed
    /// between its two readings, and says nothing about what worked.
    func byOption(_ answer: Answer) -> [String: [String: Int]] {
        var result: [String: [String: Int]] = [:]
        (answer == .worked ? worked : didNotWork).forEach { option, phrase, count in
            guard count > 0 else { return }
            result[optionNumbers.text(option), default: [:]][vocabulary.text(phrase)] = count
        }
        return result
    }

    private mutating func numbers(of answer: String?) -> [Int] {
        guard let answer, !answer.isEmpty else { return [] }
        return PhraseCounter.phrases(in: answer).map { vocabulary.number(of: $0) }
    }

    /// Texts numbered from zero in the order first seen.
    private struct Numbering: Sendable {
        private var numbers: [String: Int] = [:]
        private var texts: [String] = []

        mutating func number(of text: String) -> Int {
            if let known = numbers[text] { return known }
            numbers[text] = texts.count
            texts.append(text)
            return texts.count - 1
        }

        func text(_ number: Int) -> String { texts[number] }
    }
}
