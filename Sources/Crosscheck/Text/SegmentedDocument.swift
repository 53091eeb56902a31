/// The `crosscheck segment` view of a ``Document``: its sentences, paragraphs and (optionally) tokens as spans.
///
/// JSON form: `{"id": str, "source": str|null, "sentences": [Span], "paragraphs": [{"role": str, "span": Span}],
/// "tokens": [{"start", "end", "text", "kind"}]?}`; `tokens` is present only when requested.
public struct SegmentedDocument: Codable, Hashable, Sendable {
    /// A paragraph: its role and span.
    public struct ParagraphEntry: Codable, Hashable, Sendable {
        /// `headline`, `body` or `furniture`.
        public var role: ParagraphRole
        /// The paragraph's offsets and text.
        public var span: Span
    }

    /// A token: its span and kind.
    public struct TokenEntry: Codable, Hashable, Sendable {
        /// Scalar offset of the token's start.
        public var start: Int
        /// Scalar offset one past the token's end.
        public var end: Int
        /// The token's exact text.
        public var text: String
        /// The token kind's name: `word`, `number`, `abbreviation`, `quote`, `punctuation`, `symbol`, `url`.
        public var kind: String
    }

    /// The article's id.
    public var id: String
    /// The article's outlet, when known.
    public var source: String?
    /// The sentences, in order.
    public var sentences: [Span]
    /// The paragraphs, in order.
    public var paragraphs: [ParagraphEntry]
    /// The tokens, when requested.
    public var tokens: [TokenEntry]?

    /// Creates the view of a document.
    /// - Parameters:
    ///   - document: The analysed article.
    ///   - includeTokens: Whether to list every token.
    /// - Complexity: O(n) in the text length.
    public init(document: Document, includeTokens: Bool = false) {
        id = document.article.id
        source = document.article.source
        sentences = document.sentences.map { document.span(of: $0) }
        paragraphs = document.paragraphs.map { ParagraphEntry(role: $0.role, span: document.span(of: $0)) }
        tokens =
            includeTokens
            ? document.tokens.map { token in
                let span = document.span(of: token)
                return TokenEntry(start: span.start, end: span.end, text: span.text, kind: token.kind.name)
            } : nil
    }

    private enum CodingKeys: String, CodingKey {
        case id, source, sentences, paragraphs, tokens
    }

    /// Encodes the document; `source` is always present (`null` when unknown), `tokens` only when listed.
    /// - Parameter encoder: The encoder.
    /// - Throws: The encoder's errors.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(source, forKey: .source)
        try container.encode(sentences, forKey: .sentences)
        try container.encode(paragraphs, forKey: .paragraphs)
        try container.encodeIfPresent(tokens, forKey: .tokens)
    }

    /// A plain-text rendering for people: one line per sentence, numbered, grouped by paragraph; furniture shown
    /// as such; tokens as `kind:text` lines when listed.
    /// - Returns: The text, ending with a newline.
    public func renderedText() -> String {
        var out = "# \(id)" + (source.map { " (\($0))" } ?? "") + "\n"
        var sentenceIndex = 0
        for (index, paragraph) in paragraphs.enumerated() {
            out += "\n¶\(index + 1) \(paragraph.role.rawValue)"
            if paragraph.role == .furniture {
                out += ": \(paragraph.span.text.split(whereSeparator: \.isNewline).joined(separator: " / "))\n"
                continue
            }
            out += "\n"
            while sentenceIndex < sentences.count && sentences[sentenceIndex].start < paragraph.span.end {
                let sentence = sentences[sentenceIndex]
                sentenceIndex += 1
                let flat = sentence.text.split(whereSeparator: \.isNewline).joined(separator: " ")
                out += "  \(sentenceIndex). [\(sentence.start)..<\(sentence.end)] \(flat)\n"
            }
        }
        if let tokens {
            out += "\ntokens:\n"
            for token in tokens { out += "  \(token.start)..<\(token.end) \(token.kind) \(token.text)\n" }
        }
        return out
    }
}
