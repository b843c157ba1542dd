extension PhraseCounter {
    /// Common English words that say nothing about what worked: articles, pronouns, auxiliaries,
    /// prepositions and conjunctions, and a few words every answer uses ("meeting" is kept; "very" is not).
    static let stopWords: Set<String> = [
        "a", "about", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be",
        "because", "been", "before", "being", "both", "but", "by", "can", "could", "did", "do", "does", "doing",
        "don't", "each", "few", "for", "from", "further", "got", "had", "has", "have", "having", "he", "her",
        "here", "hers", "him", "his", "how", "i", "if", "in", "into", "is", "it", "it's", "its", "just", "me",
        "more", "most", "much", "my", "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or",
        "other", "our", "ours", "out", "over", "own", "same", "she", "should", "so", "some", "such", "than",
        "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "through", "to",
        "too", "under", "until", "up", "us", "very", "was", "we", "were", "what", "when", "where", "which",
        "while", "who", "whom", "why", "will", "with", "would", "year", "you", "your",
    ]
}
