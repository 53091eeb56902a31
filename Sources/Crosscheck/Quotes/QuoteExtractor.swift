/// Finds the quotes and attributions of an article: direct quotes in every quotation-mark style (nested, split by
/// their attribution, continued over paragraphs), partial and scare quotes, and indirect speech, each with its cue,
/// speaker mention and resolved speaker name.
///
/// The extractor is rule-based and works on the ``Document``'s tokens: quotation marks are paired per paragraph
/// (see ``QuoteMarkPairer``), attributions are looked for after the quote, between the parts of a split quote,
/// before it and in the paragraph before; speakers are resolved within the article (surname → full name, pronoun →
/// the most recent named speaker, description → the person named with that role). Headlines and page furniture
/// never yield quotes.
public struct QuoteExtractor: Sendable {
    /// Creates an extractor.
    public init() {}

    /// Finds the quotes of a document.
    /// - Parameter document: The analysed article.
    /// - Returns: Quotes ordered by where their content starts (then direct, partial, indirect); every span slices
    ///   the article text exactly.
    /// - Complexity: O(n) in the number of tokens (speaker resolution looks at a bounded window).
    public func quotes(in document: Document) -> [Quote] {
        document.text.utf8.withUnsafeBufferPointer { bytes in
            let pass = AttributionPass(document: document, bytes: bytes)
            let quoted = pass.mergingSameAttribution(pass.quotedCandidates())
            var used = Set<Int>()
            for candidate in quoted where candidate.kind == .direct {
                if let cue = candidate.cue { used.insert(cue.lowerBound) }
            }
            var all = quoted + pass.indirectCandidates(excluding: used)
            all.sort { ($0.anchor, $0.kind.order) < ($1.anchor, $1.kind.order) }
            let resolved = pass.mergingContinuedQuotes(pass.resolveSpeakers(all))
            return resolved.map { pass.quote(from: $0) }
        }
    }

    /// Finds the quotes of an article.
    /// - Parameter article: The article.
    /// - Returns: Its quotes (see ``quotes(in:)-(Document)``).
    /// - Complexity: O(n) in the text length.
    public func quotes(in article: Article) -> [Quote] {
        quotes(in: Document(article: article))
    }
}

extension QuoteKind {
    fileprivate var order: Int {
        switch self {
        case .direct: 0
        case .partial: 1
        case .indirect: 2
        }
    }
}

extension AttributionPass {
    /// The public quote for a resolved candidate.
    func quote(from candidate: Candidate) -> Quote {
        let text = document.text
        let first = candidate.pieces.first ?? 0 ..< 0
        let last = candidate.pieces.last ?? first
        let parts = candidate.pieces.count > 1 ? candidate.pieces.map { text.span($0) } : nil
        func span(_ range: Range<Int>?) -> Span? {
            guard let range, !range.isEmpty else { return nil }
            return text.span(tokens[range.lowerBound].start ..< tokens[range.upperBound - 1].end)
        }
        let confidence = (min(max(candidate.confidence, 0), 1) * 100).rounded() / 100
        return Quote(
            doc: document.article.id, kind: candidate.kind, quote: text.span(first.lowerBound ..< last.upperBound),
            parts: parts, speaker: span(candidate.mention), speakerName: candidate.name, cue: span(candidate.cue),
            confidence: confidence)
    }
}
