/// The words and two-word phrases of a free-text answer, for counting which come up most ("volunteers",
/// "policy forum"): lowercased, common English words left out. Counts, not sentiment.
public enum PhraseCounter {
    /// How many characters of one answer are read; the rest is ignored, so a pasted essay costs no more
    /// than a paragraph.
    public static let maxCharacters = 2_000

    /// The answer's words (not stop-words) and the phrases of two such words written next to each other.
    public static func phrases(in text: String) -> [String] {
        var result: [String] = []
        var previous: String?
        var current = ""
        func finish() {
            while current.hasSuffix("'") { current.removeLast() }
            defer { current = "" }
            guard !current.isEmpty else { return }
            guard current.unicodeScalars.count > 1, !stopWords.contains(current) else {
                previous = nil
                return
            }
            result.append(current)
            if let previous { result.append(previous + " " + current) }
            previous = current
        }
        for (read, scalar) in text.unicodeScalars.enumerated() {
            if read >= maxCharacters { break }
            if scalar.isASCII {
                // The common case without the Unicode property tables: ASCII letters and digits.
                switch scalar.value {
                case 0x61...0x7A, 0x30...0x39:
                    current.unicodeScalars.append(scalar)
                    continue
                case 0x41...0x5A:
                    current.unicodeScalars.append(Unicode.Scalar(UInt8(truncatingIfNeeded: scalar.value + 0x20)))
                    continue
                default: break
                }
            } else if scalar.properties.isAlphabetic {
                current += scalar.properties.lowercaseMapping
                continue
            }
            if scalar == "'" || scalar == "\u{2019}" {
                if !current.isEmpty { current += "'" }
            } else if scalar == " " || scalar == "-" {
                finish()
            } else {
                // Punctuation ends a phrase as well as a word.
                finish()
                previous = nil
            }
        }
        finish()
        return result
    }
}
