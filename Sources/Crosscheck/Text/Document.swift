import Foundation

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
        case .auto: appliesHeadline = Self.textStartsWithTitle(article)
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
    static func textStartsWithTitle(_ article: Article) -> Bool {
        guard let title = article.title?.trimmingCharacters(in: .whitespaces), !title.isEmpty else { return true }
        guard let firstLine = article.text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first
        else { return false }
        return firstLine.trimmingCharacters(in: .whitespacesAndNewlines) == title
    }
}
