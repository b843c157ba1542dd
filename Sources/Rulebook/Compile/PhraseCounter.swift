/// The words and two-word phrases of a free-text answer, for counting which come up most ("volunteers",
/// "policy forum"): lowercased, common English words left out. Counts, not sentiment.
public enum PhraseCounter {
    /// How many characters of one answer are read; the rest is ignored, so a pasted essay costs no more
    /// than a paragraph.
    public static let maxCharacters = 2_000

    /// The answer's words (not stop-words) and the phrases of two such words written next to each other.
    ///
    /// A word is a run of letters and ASCII digits, lowercased, with apostrophes inside it kept (a curly one
    /// written straight) and those at its end dropped (unless one joins the letter before it into one
    /// `Character`, as after a prepended letter such as U+0D4E); a space or hyphen ends a word, other punctuation ends
    /// the phrase too. A word of one character or a stop-word is left out and breaks the phrase.
    public static func phrases(in text: String) -> [String] {
        var words = WordReader()
        for (read, scalar) in text.unicodeScalars.enumerated() {
            if read >= maxCharacters { break }
            let value = scalar.value
            if value < 0x80 {
                // The common case, without the Unicode property tables.
                switch value {
                case 0x61...0x7A, 0x30...0x39: words.append(UInt8(truncatingIfNeeded: value))
                case 0x41...0x5A: words.append(UInt8(truncatingIfNeeded: value + 0x20))
                case 0x27: words.appendApostrophe()
                case 0x20, 0x2D: words.endWord()
                default: words.endPhrase()
                }
            } else if scalar.properties.isAlphabetic {
                words.append(scalar.properties.lowercaseMapping)
            } else if value == 0x2019 {
                words.appendApostrophe()
            } else {
                words.endPhrase()
            }
        }
        words.endWord()
        return words.result
    }
}

/// The word being read, as lowercased UTF-8 bytes, and the phrases found so far: a `String` is made only
/// for a finished word, not grown a scalar at a time.
private struct WordReader {
    var result: [String] = []
    private var previous: String?
    private var bytes: [UInt8] = []
    /// Whether a letter beyond ASCII was added (its lowercase may still be ASCII, as the Kelvin sign's is);
    /// such a word's trailing apostrophes are dropped as `Character`s, since an apostrophe can join a cluster
    /// with a scalar before it.
    private var beyondASCII = false

    init() {
        bytes.reserveCapacity(32)
    }

    mutating func append(_ byte: UInt8) {
        bytes.append(byte)
    }

    mutating func append(_ lowercase: String) {
        bytes.append(contentsOf: lowercase.utf8)
        beyondASCII = true
    }

    /// An apostrophe is kept only inside a word.
    mutating func appendApostrophe() {
        if !bytes.isEmpty { bytes.append(0x27) }
    }

    /// Punctuation other than a space or hyphen ends the phrase as well as the word.
    mutating func endPhrase() {
        endWord()
        previous = nil
    }

    mutating func endWord() {
        defer {
            bytes.removeAll(keepingCapacity: true)
            beyondASCII = false
        }
        let word: String
        let scalars: Int
        if beyondASCII {
            var text = String(decoding: bytes, as: UTF8.self)
            while text.hasSuffix("'") { text.removeLast() }
            word = text
            scalars = text.unicodeScalars.count
        } else {
            while bytes.last == 0x27 { bytes.removeLast() }
            word = String(decoding: bytes, as: UTF8.self)
            scalars = bytes.count
        }
        guard scalars > 0 else { return }
        guard scalars > 1, !PhraseCounter.stopWords.contains(word) else {
            previous = nil
            return
        }
        result.append(word)
        if let previous { result.append(previous + " " + word) }
        previous = word
    }
}
