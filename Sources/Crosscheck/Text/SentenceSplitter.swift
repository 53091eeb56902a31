/// Splits the paragraphs of a tokenized text into ``Sentence``s: the one sentence splitter every layer uses.
///
/// A sentence never crosses a paragraph break. A headline paragraph is one sentence; furniture paragraphs have
/// none. Within a body paragraph, a sentence ends at `.`, `!`, `?`, an ellipsis or an abbreviation's period, together
/// with the closing quotation marks and brackets right after it, when the next token can open a sentence:
///
/// - After `.`, `!`, `?`: a capitalised word (or "iPhone"-style word, or a word of an uncased script), a number,
///   an opening quotation mark or bracket, a bullet, a symbol. Not before a lower-case word ("“Why?” he asked.",
///   "Yahoo! in the", "(… an engineer.) at the"), punctuation, or, after a symbol such as "N°.", a number.
/// - After an abbreviation: titles ("Mr.", "Gov.", "St. Michael"), inner ones ("e.g.") and number prefixes
///   ("No. 5") never end a sentence. Others ("U.S.", "Co.", "Sept.", "a.m.", initials like "E.") end one only
///   before a typical sentence-opening word (``SentenceStarters``: "The", "It", "How"…), before an opening quotation
///   mark and a capital, or when a closing quotation mark or bracket follows them.
/// - Ellipses: "..." and "…" end a sentence before a capitalised word, except inside brackets ("[...]"). A spaced
///   ellipsis of three periods (". . .") never does; four spaced periods do (the last is the sentence's period). A
///   period right after a word and then a spaced ellipsis before a capital ends the sentence after the period; the
///   ellipsis opens the next one.
/// - Lists: a bullet (•, ⁃, ▪ …) after a space starts a new sentence; an item marker ("1.", "2)", "3.)", "a.")
///   at the start of a sentence is part of it, and a marker that continues the previous one's numbering ("2." after
///   "1.", "b." after "a.") starts a new sentence even without a period before it.
public enum SentenceSplitter {
    /// Finds the sentences of a text.
    /// - Parameters:
    ///   - text: The article text.
    ///   - tokens: Its tokens (from ``Tokenizer``).
    ///   - paragraphs: Its paragraphs (from ``ParagraphSegmenter``).
    /// - Returns: The sentences in order; each lies within one headline or body paragraph and has tokens.
    /// - Complexity: O(number of tokens).
    public static func sentences(in text: SourceText, tokens: [Token], paragraphs: [Paragraph]) -> [Sentence] {
        text.utf8.withUnsafeBufferPointer { bytes in
            var scanner = SentenceScanner(bytes: bytes, tokens: tokens)
            for (index, paragraph) in paragraphs.enumerated() {
                switch paragraph.role {
                case .furniture:
                    continue
                case .headline:
                    scanner.add(paragraph.tokens, paragraph: index)
                case .body:
                    scanner.split(paragraph.tokens, paragraph: index)
                }
            }
            return scanner.sentences
        }
    }
}
