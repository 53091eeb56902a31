import Crosscheck

/// One article to store in a ``QuoteLedger`` with the quotes found in it.
public struct LedgerEntry: Sendable, Hashable {
    /// The article; its metadata is stored, its text only as a content hash.
    public var article: Article
    /// The quotes of the article, with spans into its text (as ``QuoteExtractor`` makes them).
    public var quotes: [Quote]

    /// Creates an entry.
    /// - Parameters:
    ///   - article: The article.
    ///   - quotes: Its quotes.
    public init(article: Article, quotes: [Quote]) {
        self.article = article
        self.quotes = quotes
    }

    /// Creates an entry by extracting the quotes of an analysed document.
    /// - Parameters:
    ///   - document: The document.
    ///   - extractor: The quote extractor.
    /// - Complexity: That of ``QuoteExtractor/quotes(in:)-(Document)``: linear in the text.
    public init(document: Document, extractor: QuoteExtractor = QuoteExtractor()) {
        self.init(article: document.article, quotes: extractor.quotes(in: document))
    }

    /// The identity of the article's content, which makes adding it twice a no-op: a 64-bit FNV-1a hash of the
    /// source, URL, title, publication date and text (the id and the file it was read from do not count), with
    /// the text's length in bytes.
    var contentHash: String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ byte: UInt8) {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let fields = [article.source, article.url, article.title, article.published, article.text]
        for field in fields {
            if let field {
                for byte in field.utf8 { mix(byte) }
                mix(0xFF)
            } else {
                mix(0xFE)
            }
        }
        let hex = String(hash, radix: 16)
        return "fnv1a64:" + String(repeating: "0", count: 16 - hex.count) + hex + ":\(article.text.utf8.count)"
    }
}
