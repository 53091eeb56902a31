import Crosscheck

/// One version of a quote as stored in a ``QuoteLedger``: the quote, the article it was found in, and the group of
/// versions it belongs to.
///
/// JSON form: `{"id", "group", "doc", "source", "url", "title", "published", "kind", "quote", "parts"?, "speaker",
/// "speakerName", "cue", "confidence"}`; spans are Unicode scalar offsets into the article's text, as in
/// `crosscheck quotes`; `source`, `url`, `title`, `published`, `speaker`, `speakerName` and `cue` are `null` when
/// unknown, `parts` is present only for split quotes.
public struct LedgerQuote: Codable, Hashable, Sendable {
    /// The quote's row id in the ledger (stable once stored).
    public var id: Int64
    /// The group of versions of the same quote: the id of the group's first version.
    public var group: Int64
    /// The article's identifier.
    public var doc: String
    /// The outlet, when known.
    public var source: String?
    /// The article's URL, when known.
    public var url: String?
    /// The article's headline, when known.
    public var title: String?
    /// The article's publication date as given, when known.
    public var published: String?
    /// Direct, partial or indirect.
    public var kind: QuoteKind
    /// The quoted or reported content (see ``Quote/quote``).
    public var quote: Span
    /// The pieces of a split quote; `nil` otherwise.
    public var parts: [Span]?
    /// The speaker mention, when found.
    public var speaker: Span?
    /// The resolved speaker, when known.
    public var speakerName: String?
    /// The attribution cue, when found.
    public var cue: Span?
    /// The extractor's confidence, in `0 ... 1`.
    public var confidence: Double

    /// Creates a stored quote version.
    /// - Parameters:
    ///   - id: The row id.
    ///   - group: The group id.
    ///   - doc: The article id.
    ///   - source: The outlet.
    ///   - url: The URL.
    ///   - title: The headline.
    ///   - published: The publication date.
    ///   - kind: The quote kind.
    ///   - quote: The quote span.
    ///   - parts: The parts of a split quote.
    ///   - speaker: The speaker mention.
    ///   - speakerName: The resolved speaker.
    ///   - cue: The cue.
    ///   - confidence: The confidence.
    public init(
        id: Int64, group: Int64, doc: String, source: String?, url: String?, title: String?, published: String?,
        kind: QuoteKind, quote: Span, parts: [Span]?, speaker: Span?, speakerName: String?, cue: Span?,
        confidence: Double
    ) {
        self.id = id
        self.group = group
        self.doc = doc
        self.source = source
        self.url = url
        self.title = title
        self.published = published
        self.kind = kind
        self.quote = quote
        self.parts = parts
        self.speaker = speaker
        self.speakerName = speakerName
        self.cue = cue
        self.confidence = confidence
    }

    /// How the version names its outlet in summaries: the source, else the article id.
    public var outlet: String { source ?? doc }

    private enum CodingKeys: String, CodingKey {
        case id, group, doc, source, url, title, published, kind, quote, parts, speaker, speakerName, cue, confidence
    }

    /// Encodes the version with explicit `null` for unknown metadata, speaker, name and cue.
    /// - Parameter encoder: The encoder.
    /// - Throws: Encoding errors.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(group, forKey: .group)
        try container.encode(doc, forKey: .doc)
        try container.encode(source, forKey: .source)
        try container.encode(url, forKey: .url)
        try container.encode(title, forKey: .title)
        try container.encode(published, forKey: .published)
        try container.encode(kind, forKey: .kind)
        try container.encode(quote, forKey: .quote)
        try container.encodeIfPresent(parts, forKey: .parts)
        try container.encode(speaker, forKey: .speaker)
        try container.encode(speakerName, forKey: .speakerName)
        try container.encode(cue, forKey: .cue)
        try container.encode(confidence, forKey: .confidence)
    }
}
