/// The units a text diff compares: what `crosscheck diff --by` selects.
public enum DiffGranularity: String, Sendable, Hashable, CaseIterable, Codable {
    /// Tokens (words, numbers, punctuation, symbols) from the tokenizer; whitespace lies between them. The default
    /// for prose.
    case word
    /// Sentences given by the sentence splitter; whitespace lies between them.
    case sentence
    /// Unicode scalars (code points).
    case char
    /// Lines, each with its line terminator.
    case line
}
