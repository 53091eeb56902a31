/// One checkable fact in an article: a number, date, name, title or hedge, normalised, with its exact span and
/// the span of its sentence (CONTRACT.md, `crosscheck claims`).
public struct Claim: Hashable, Sendable, Encodable {
    /// The article id.
    public var doc: String
    /// What the claim is about.
    public var kind: ClaimKind
    /// The words of the claim in the article text.
    public var span: Span
    /// The normalised value (see ``ClaimValue``); `nil` when it cannot be normalised.
    public var value: ClaimValue?
    /// The unit: "month", "kilometer", "percent", a currency code ("USD").
    public var unit: String?
    /// The sentence that holds the claim.
    public var sentence: Span
    /// An approximation before a number: "about", "nearly", "more than", "less than", "at least", "at most",
    /// "up to", "exactly".
    public var qualifier: String?
    /// For a person: the title written with the name ("Russian President").
    public var title: String?
    /// For a title: the canonical name of the person it belongs to, when named.
    public var person: String?
    /// For a number: true when it is an ordinal ("third", "21st").
    public var ordinal: Bool?

    /// Creates a claim.
    /// - Parameters:
    ///   - doc: The article id.
    ///   - kind: The kind.
    ///   - span: The claim's span.
    ///   - value: The normalised value.
    ///   - unit: The unit, if any.
    ///   - sentence: The sentence's span.
    public init(
        doc: String, kind: ClaimKind, span: Span, value: ClaimValue?, unit: String? = nil, sentence: Span
    ) {
        self.doc = doc
        self.kind = kind
        self.span = span
        self.value = value
        self.unit = unit
        self.sentence = sentence
    }
}
