import Crosscheck

/// Builds FTS5 query expressions from user text, with the project's quote tokenizer (``QuoteText``) so that the
/// words searched are the words the ledger groups by; SQLite's `unicode61 remove_diacritics 2` tokenizer then
/// folds case and accents on both sides.
enum LedgerSearch {
    /// One word as an FTS5 phrase: quoted, inner quotes doubled, so no user text is read as query syntax.
    /// - Parameter word: A word.
    /// - Returns: The phrase.
    static func phrase(_ word: String) -> String {
        "\"" + word.replacing("\"", with: "\"\"") + "\""
    }

    /// An expression matching text that contains every word of `text`.
    /// - Parameter text: User text ("Erdogan", "Zelenskyy's warning").
    /// - Returns: The expression, or `nil` when `text` has no words.
    static func allWords(_ text: String) -> String? {
        let words = QuoteText(parts: [text]).words
        guard !words.isEmpty else { return nil }
        return words.map(phrase).joined(separator: " AND ")
    }
}
