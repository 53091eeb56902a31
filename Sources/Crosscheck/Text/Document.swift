/// Whether the first line of an article's text is its headline.
public enum HeadlineRule: String, Hashable, Sendable, CaseIterable {
    /// The rule applies when the article has no `title`, or when its text starts with its title on a line of its
    /// own (a `.txt` input); an article whose title is separate from its text (JSON, HTML) has no headline in it.
    case auto
    /// The first line is the headline when a blank line follows it.
    case always
    /// No headline in the text.
    case never
}

/// An analysed article: its text, tokens, paragraphs and sentences. Every later layer (diff, alignment, quotes,
/// claims) works on a `Document`, so they all see the same tokens and sentences.
public struct Document: Sendable {
    /// The article.
    public let article: Article
    /// The article text and its offset index.
    public let text: SourceText
    /// The tokens of the text, in order.
    public let tokens: [Token]
    /// The paragraphs, in order, with their roles.
    public let paragraphs: [Paragraph]
    /// The sentences of the headline and body paragraphs, in order.
    public let sentences: [Sentence]

    /// Analyses an article.
    /// - Parameters:
    ///   - article: The article.
    ///   - headline: Whether the first line of the text may be the headline; `.auto` by default.
    /// - Complexity: O(n) in the text length.
    public init(article: Article, headline: HeadlineRule = .auto) {
        let text = SourceText(article.text)
        let tokens = Tokenizer().tokens(in: text)
        let appliesHeadline: Bool
        switch headline {
        case .auto: appliesHeadline = Self.textStartsWithTitle(article, bytes: text.utf8)
        case .always: appliesHeadline = true
        case .never: appliesHeadline = false
        }
        let paragraphs = ParagraphSegmenter.paragraphs(in: text, tokens: tokens, headline: appliesHeadline)
        self.article = article
        self.text = text
        self.tokens = tokens
        self.paragraphs = paragraphs
        self.sentences = SentenceSplitter.sentences(in: text, tokens: tokens, paragraphs: paragraphs)
    }

    /// The span of a sentence.
    /// - Parameter sentence: A sentence of this document.
    /// - Returns: Its scalar offsets and exact text.
    public func span(of sentence: Sentence) -> Span { text.span(sentence.bytes) }

    /// The span of a paragraph.
    /// - Parameter paragraph: A paragraph of this document.
    /// - Returns: Its scalar offsets and exact text.
    public func span(of paragraph: Paragraph) -> Span { text.span(paragraph.bytes) }

    /// The span of a token.
    /// - Parameter token: A token of this document.
    /// - Returns: Its scalar offsets and exact text.
    public func span(of token: Token) -> Span { text.span(token.bytes) }

    /// The text of a token.
    /// - Parameter token: A token of this document.
    /// - Returns: The exact characters.
    public func text(of token: Token) -> String { text.text(token.bytes) }

    /// The headline, when the text has one.
    public var headline: Paragraph? { paragraphs.first { $0.role == .headline } }

    /// Whether `.auto` applies the headline rule: the article has no separate title (so its first line may be the
    /// headline), or its text starts with its title on a line of its own (a `.txt` input, whose reader takes the
    /// title from the text's first line).
    /// - Parameters:
    ///   - article: The article.
    ///   - bytes: The UTF-8 bytes of its text.
    /// - Returns: Whether the title, trimmed of whitespace, equals the text's first line trimmed of whitespace and
    ///   line breaks (as `trimmingCharacters(in: .whitespaces)` and `.whitespacesAndNewlines` would trim them).
    /// - Complexity: O(length of the first line).
    static func textStartsWithTitle(_ article: Article, bytes: [UInt8]) -> Bool {
        guard let rawTitle = article.title else { return true }
        let title = trimmed(Substring(rawTitle).unicodeScalars, newlines: false)
        guard !title.isEmpty else { return true }
        // The first line ends at the first LF not preceded by CR: a CR LF pair is one `Character`, so splitting the
        // text at "\n" characters does not split there.
        var lineEnd = 0
        while lineEnd < bytes.count, !(bytes[lineEnd] == 0x0A && (lineEnd == 0 || bytes[lineEnd - 1] != 0x0D)) {
            lineEnd += 1
        }
        let line = String(decoding: bytes[0 ..< lineEnd], as: UTF8.self)
        return trimmed(Substring(line).unicodeScalars, newlines: true) == title
    }

    /// Scalars without leading and trailing whitespace as Foundation's `.whitespaces` defines it (tab, the space
    /// separators and U+200B ZERO WIDTH SPACE), plus line breaks (U+000A–U+000D, U+0085, U+2028, U+2029) when
    /// `newlines` (`.whitespacesAndNewlines`).
    private static func trimmed(_ scalars: Substring.UnicodeScalarView, newlines: Bool) -> Substring {
        func isSpace(_ s: Unicode.Scalar) -> Bool {
            switch s.value {
            case 0x09, 0x20, 0xA0, 0x1680, 0x2000 ... 0x200B, 0x202F, 0x205F, 0x3000: true
            case 0x0A ... 0x0D, 0x85, 0x2028, 0x2029: newlines
            default: false
            }
        }
        var view = scalars
        while let first = view.first, isSpace(first) { view.removeFirst() }
        while let last = view.last, isSpace(last) { view.removeLast() }
        return Substring(view)
    }
}
