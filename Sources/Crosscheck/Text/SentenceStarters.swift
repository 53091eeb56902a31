/// Capitalised words that typically open an English sentence and rarely continue a name.
///
/// After an abbreviation that may or may not end a sentence ("U.S.", "Co.", "a.m.", an initial), the sentence ends
/// only when the next word is one of these ("in the U.S. The talks…") and goes on before a name or other
/// capitalised word ("the U.S. Government", "Albert I. Jones"). Compared in lower case.
enum SentenceStarters {
    /// The words, in lower case.
    static let words: Set<String> = [
        "a", "after", "again", "all", "also", "although", "an", "and", "another", "any", "are", "as", "at",
        "because", "before", "both", "but", "by", "can", "could", "despite", "did", "do", "does", "during", "each",
        "earlier", "even", "every", "few", "for", "from", "further", "had", "has", "have", "he", "her", "here",
        "his", "how", "however", "i", "if", "in", "instead", "is", "it", "its", "it's", "it’s", "last", "later",
        "many", "meanwhile", "more", "moreover", "most", "much", "my", "neither", "never", "nevertheless", "next",
        "no", "nor", "not", "now", "of", "on", "once", "one", "only", "or", "other", "our", "over", "she",
        "should", "since", "so", "some", "still", "such", "that", "the", "their", "then", "there", "these", "they",
        "this", "those", "though", "thus", "to", "today", "tomorrow", "under", "unlike", "until", "was", "we",
        "were", "what", "when", "where", "whether", "which", "while", "who", "why", "will", "with", "without",
        "would", "yesterday", "yet", "you", "your",
    ]
}
