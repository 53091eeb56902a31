/// What the pair checks of one ``Crosschecker/check(_:order:)`` call compute at most once per document and share:
/// the prepared quotes of each document and the folded tokens of the sentence runs of aligned groups (the reference
/// document is in every pair, so without the cache its quotes and sentences were prepared once per pair).
///
/// Local to one check (not shared between threads); every entry is a pure function of the documents, so caching
/// changes no result.
final class CheckCache {
    /// The shared analyses.
    let context: CheckContext
    /// Prepared direct and partial quotes per document, once computed.
    private var prepared: [[PairCheck.PreparedQuote]?]
    /// Folded sentence-run tokens per document, keyed by the run's first and last sentence.
    private var runTokens: [[Int: [String]]]
    /// Dense ids of the lower-cased quote words seen so far (quote matching compares sorted id lists), found by
    /// their bytes (``CanonicalKeyIndex``: `String` equality decides only once a non-ASCII word is seen).
    private var wordIDs = CanonicalKeyIndex<String>()
    /// The texts of quotes' parts, numbered by ``CanonicalKeyIndex`` (found by their bytes): versions and rewrites
    /// repeat most quotes word for word, and looking a quote's text up is much cheaper than folding and tokenizing
    /// it again.
    private var quoteKeys = CanonicalKeyIndex<[String]>()
    /// The folded text, word count and sorted word ids of each quote key, by its index in `quoteKeys`.
    private var quoteTexts: [(text: QuoteText, wordCount: Int, sortedWordIDs: [Int32])] = []
    /// Reused buffer for the key bytes.
    private var keyBytes: [UInt8] = []

    /// Creates an empty cache.
    /// - Parameter context: The shared analyses of the check.
    init(context: CheckContext) {
        self.context = context
        prepared = Array(repeating: nil, count: context.documents.count)
        runTokens = Array(repeating: [:], count: context.documents.count)
    }

    /// The direct and partial quotes of a document, prepared for matching (indirect quotes and quotes without words
    /// left out).
    /// - Parameter doc: The document index.
    /// - Returns: The prepared quotes, in the order of the document's quotes.
    func quotes(_ doc: Int) -> [PairCheck.PreparedQuote] {
        if let known = prepared[doc] { return known }
        let document = context.documents[doc]
        let result: [PairCheck.PreparedQuote] = context.quotes[doc].compactMap { quote in
            guard quote.kind != .indirect else { return nil }
            let parts = (quote.parts ?? [quote.quote]).map(\.text)
            let (text, wordCount, ids) = prepared(parts: parts)
            guard wordCount > 0 else { return nil }
            let bytes = document.text.byteRange(scalars: quote.quote.start ..< quote.quote.end)
            let sentences = document.sentences.indices.filter {
                document.sentences[$0].start < bytes.upperBound && bytes.lowerBound < document.sentences[$0].end
            }
            return PairCheck.PreparedQuote(
                quote: quote, text: text, wordCount: wordCount, sortedWordIDs: ids, sentences: sentences)
        }
        prepared[doc] = result
        return result
    }

    /// The folded text of a quote, its number of words and its sorted word ids, from the texts of its parts.
    private func prepared(parts: [String]) -> (text: QuoteText, wordCount: Int, sortedWordIDs: [Int32]) {
        keyBytes.removeAll(keepingCapacity: true)
        let isASCII = CanonicalKeyIndex<[String]>.appendEncoding(of: parts, to: &keyBytes)
        let key = keyBytes.withUnsafeBufferPointer { quoteKeys.index(bytes: $0, isASCII: isASCII, key: { parts }) }
        if !key.isNew { return quoteTexts[Int(key.index)] }
        let text = QuoteText(parts: parts)
        let words = text.words
        var ids = words.map { word in
            var bytes = word
            return bytes.withUTF8 {
                wordIDs.index(bytes: $0, isASCII: CanonicalKeyIndex<String>.isASCII($0), key: { word }).index
            }
        }
        ids.sort()
        let result = (text, words.count, ids)
        quoteTexts.append(result)
        return result
    }

    /// The tokens of a run of sentences after typographic folding, without quotation marks: what edited sentences
    /// are compared by.
    /// - Parameters:
    ///   - doc: The document index.
    ///   - sentences: Sentence indices (non-empty, ascending); the run covers the first to the last.
    /// - Returns: The tokens of ``CheckContext/span(_:sentences:)``'s text.
    func tokens(_ doc: Int, sentences: [Int]) -> [String] {
        let key = (sentences.first ?? 0) << 32 | (sentences.last ?? 0)
        if let known = runTokens[doc][key] { return known }
        let folded = NormalizedText.folded(
            context.documents[doc].text.utf8, range: context.byteRange(doc, sentences: sentences), options: .typographic
        )
        let tokens = QuoteText.tokenize(folded).filter {
            !QuoteText.isQuoteMark($0)
        }
        runTokens[doc][key] = tokens
        return tokens
    }
}
