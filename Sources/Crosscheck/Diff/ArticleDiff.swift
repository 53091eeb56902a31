/// Compares two versions of an article: what `crosscheck diff OLD NEW` does before it renders the result.
///
/// ```swift
/// let result = try ArticleDiff.compare(old: before, new: after, by: .word)
/// print(result.stats.wordsAdded)
/// let json = result.json()  // the contract's {"old", "new", "stats", "edits"} object
/// ```
///
/// Units per granularity:
/// - `word`: the tokenizer's tokens, interned **exactly** (one ``TokenInterner`` for both texts, no
///   ``TokenFolding``). A diff must show every character change, so curly and straight quotes, dashes or case differ
///   here; a word that changed slightly ("Turkey’s" → "Turkey's", "colour" → "color") is one replacement carrying
///   its character edits in ``Edit/inner``, which renderers show as a character change inside the word. Checks that
///   must ignore typography (`crosscheck check`) fold ids themselves.
///   Texts of at least ``TextDiffOptions/paragraphPassMinimumBytes`` together compare paragraphs first and
///   tokenize only the changed ones (``ParagraphPass``, as git's word diff compares lines first).
/// - `sentence`: the sentence splitter's sentences (``Document/sentences``). Text outside every sentence (page
///   furniture such as "Share this:") is compared too: each of its lines is one unit.
/// - `char`: Unicode scalars.
/// - `line`: lines with their terminators.
///
/// The edits cover both texts: their `old` spans concatenate to the old text exactly, their `new` spans to the new
/// text, and `equal` edits have identical text on both sides.
public enum ArticleDiff {
    /// Compares two articles.
    /// - Parameters:
    ///   - old: The earlier version.
    ///   - new: The later version.
    ///   - granularity: The units to compare (default: words).
    ///   - options: Whitespace handling, moves, cleanup and engine options.
    /// - Returns: The articles, the edits and statistics.
    /// - Throws: ``DiffError`` only on an internal inconsistency (units that do not fit their text).
    /// - Complexity: O(n + m) for tokenizing and interning, plus the sequence diff's cost on the unit ids (near
    ///   linear on edited versions, bounded by ``DiffOptions/maxCost`` otherwise). Long word diffs hash paragraphs
    ///   in O(n + m) and tokenize, intern and diff only the changed ones (plus one scan of the unchanged old text
    ///   to count its words).
    public static func compare(
        old: Article, new: Article, by granularity: DiffGranularity = .word,
        options: TextDiffOptions = TextDiffOptions()
    ) throws(DiffError) -> ArticleDiffResult {
        switch granularity {
        case .sentence:
            return try compare(
                old: Document(article: old), new: Document(article: new), by: .sentence, options: options)
        case .word:
            let oldText = SourceText(textOf: old)
            let newText = SourceText(textOf: new)
            if usesParagraphPass(oldText, newText, options),
                let result = ParagraphPass.diff(old: oldText, new: newText, options: options)
            {
                return ArticleDiffResult(old: old, new: new, diff: result)
            }
            let tokenizer = Tokenizer()
            let result = try words(
                old: oldText, oldTokens: tokenizer.tokens(in: oldText), new: newText,
                newTokens: tokenizer.tokens(in: newText), options: options)
            return ArticleDiffResult(old: old, new: new, diff: result)
        case .char:
            let result = TextDiff.characters(
                old: SourceText(textOf: old), new: SourceText(textOf: new), options: options)
            return ArticleDiffResult(old: old, new: new, diff: result)
        case .line:
            let result = TextDiff.lines(old: SourceText(textOf: old), new: SourceText(textOf: new), options: options)
            return ArticleDiffResult(old: old, new: new, diff: result)
        }
    }

    /// Compares two analysed articles, reusing their tokens and sentences.
    /// - Parameters:
    ///   - old: The earlier version.
    ///   - new: The later version.
    ///   - granularity: The units to compare (default: words).
    ///   - options: Whitespace handling, moves, cleanup and engine options.
    /// - Returns: The articles, the edits and statistics.
    /// - Throws: ``DiffError`` only on an internal inconsistency.
    /// - Complexity: as ``compare(old:new:by:options:)-(Article,Article,_,_)``, without tokenizing again.
    public static func compare(
        old: Document, new: Document, by granularity: DiffGranularity = .word,
        options: TextDiffOptions = TextDiffOptions()
    ) throws(DiffError) -> ArticleDiffResult {
        let result: TextDiffResult
        switch granularity {
        case .word:
            result = try words(
                old: old.text, oldTokens: old.tokens, new: new.text, newTokens: new.tokens, options: options)
        case .sentence:
            result = try TextDiff.sentences(
                old: old.text, oldSentences: sentenceUnits(of: old), new: new.text,
                newSentences: sentenceUnits(of: new), options: options)
        case .char:
            result = TextDiff.characters(old: old.text, new: new.text, options: options)
        case .line:
            result = TextDiff.lines(old: old.text, new: new.text, options: options)
        }
        return ArticleDiffResult(old: old.article, new: new.article, diff: result)
    }

    /// Whether a word diff of these texts goes through ``ParagraphPass`` first.
    static func usesParagraphPass(_ old: SourceText, _ new: SourceText, _ options: TextDiffOptions) -> Bool {
        options.engine.anchoring == .unique
            && old.byteCount + new.byteCount >= options.paragraphPassMinimumBytes
    }

    /// Word diff with both texts' tokens interned exactly into one id space.
    private static func words(
        old: SourceText, oldTokens: [Token], new: SourceText, newTokens: [Token], options: TextDiffOptions
    ) throws(DiffError) -> TextDiffResult {
        var interner = TokenInterner(capacity: min((oldTokens.count + newTokens.count) / 16, 1 << 16) + 64)
        let oldIds = interner.ids(for: oldTokens, in: old, folding: .exact)
        let newIds = interner.ids(for: newTokens, in: new, folding: .exact)
        return try TextDiff.words(
            old: old, oldTokens: oldTokens, oldIds: oldIds, new: new, newTokens: newTokens, newIds: newIds,
            options: options)
    }

    /// The byte ranges of a document's sentence units: its sentences, plus one unit per line of any text outside
    /// them (furniture), trimmed to that line's tokens.
    /// - Parameter document: The analysed article.
    /// - Returns: Sorted, non-overlapping, non-empty byte ranges.
    /// - Complexity: O(tokens + sentences).
    static func sentenceUnits(of document: Document) -> [Range<Int>] {
        let bytes = document.text.utf8
        var units: [Range<Int>] = []
        units.reserveCapacity(document.sentences.count + 8)
        var sentenceIndex = 0
        var tokenIndex = 0
        let tokens = document.tokens
        let sentences = document.sentences
        /// Adds the tokens before byte `limit` as line units.
        func addLoose(before limit: Int) {
            var lineUnit: Range<Int>? = nil
            while tokenIndex < tokens.count && tokens[tokenIndex].start < limit {
                let token = tokens[tokenIndex]
                if let current = lineUnit, !bytes[current.upperBound ..< token.start].contains(0x0A) {
                    lineUnit = current.lowerBound ..< token.end
                } else {
                    if let current = lineUnit { units.append(current) }
                    lineUnit = token.bytes
                }
                tokenIndex += 1
            }
            if let lineUnit { units.append(lineUnit) }
        }
        while sentenceIndex < sentences.count {
            let sentence = sentences[sentenceIndex]
            addLoose(before: sentence.start)
            units.append(sentence.bytes)
            while tokenIndex < tokens.count && tokens[tokenIndex].start < sentence.end { tokenIndex += 1 }
            sentenceIndex += 1
        }
        addLoose(before: Int.max)
        return units
    }
}
