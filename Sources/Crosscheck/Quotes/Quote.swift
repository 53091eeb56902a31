/// What kind of attribution a ``Quote`` is.
public enum QuoteKind: String, Codable, Hashable, Sendable, CaseIterable {
    /// Quoted speech that stands as a clause of its own: `“We will see,” Haq said.`
    case direct
    /// Quoted words inside a sentence of the writer's (`he did not want to “oversell the possibility”`), and scare
    /// quotes or titles (`the so-called “peace plan”`, with low confidence).
    case partial
    /// Reported speech without quotation marks: `Haq said he did not want to …`, `according to Haq, …`.
    case indirect
}

/// One attribution found in an article: what was said, who said it, and the word that says so.
///
/// JSON form (CONTRACT.md, `crosscheck quotes`): `{"doc", "kind", "quote", "speaker", "speakerName", "cue",
/// "confidence", "parts"}`; `speaker`, `speakerName` and `cue` are `null` when unknown, `parts` is present only
/// for split quotes.
public struct Quote: Codable, Hashable, Sendable {
    /// The article's identifier.
    public var doc: String
    /// Direct, partial or indirect.
    public var kind: QuoteKind
    /// The quoted or reported content. For direct and partial quotes it includes the quotation marks; a quote split
    /// by its attribution runs from the first part to the last (see ``parts``).
    public var quote: Span
    /// The quoted pieces of a quote split by its attribution (`“…,” he said. “…”`), in order; `nil` otherwise.
    public var parts: [Span]?
    /// The mention the text attributes the quote to: a name, a pronoun or a description.
    public var speaker: Span?
    /// The resolved person or body ("Farhan Haq" for "Haq", "he" or "Guterres' spokesperson"); `nil` when unsure.
    public var speakerName: String?
    /// The attribution cue ("said", "told reporters", "according to").
    public var cue: Span?
    /// How sure the extractor is of the quote and its attribution, in `0 ... 1`.
    public var confidence: Double

    /// Creates a quote.
    /// - Parameters:
    ///   - doc: The article's identifier.
    ///   - kind: Direct, partial or indirect.
    ///   - quote: The quoted or reported content.
    ///   - parts: The pieces of a split quote, if any.
    ///   - speaker: The speaker mention, if any.
    ///   - speakerName: The resolved speaker, if known.
    ///   - cue: The attribution cue, if any.
    ///   - confidence: Confidence in `0 ... 1`.
    public init(
        doc: String, kind: QuoteKind, quote: Span, parts: [Span]? = nil, speaker: Span? = nil,
        speakerName: String? = nil, cue: Span? = nil, confidence: Double
    ) {
        self.doc = doc
        self.kind = kind
        self.quote = quote
        self.parts = parts
        self.speaker = speaker
        self.speakerName = speakerName
        self.cue = cue
        self.confidence = confidence
    }

    private enum CodingKeys: String, CodingKey {
        case doc, kind, quote, parts, speaker, speakerName, cue, confidence
    }

    /// Encodes the quote with explicit `null` for an unknown speaker, name or cue.
    /// - Parameter encoder: The encoder.
    /// - Throws: Encoding errors.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(doc, forKey: .doc)
        try container.encode(kind, forKey: .kind)
        try container.encode(quote, forKey: .quote)
        try container.encodeIfPresent(parts, forKey: .parts)
        try container.encode(speaker, forKey: .speaker)
        try container.encode(speakerName, forKey: .speakerName)
        try container.encode(cue, forKey: .cue)
        try container.encode(confidence, forKey: .confidence)
    }
}
