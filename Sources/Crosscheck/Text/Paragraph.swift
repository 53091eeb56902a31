/// What a paragraph is to the article.
public enum ParagraphRole: String, Codable, Hashable, Sendable, CaseIterable {
    /// The headline: the first line of a plain-text article when a blank line follows it. One sentence.
    case headline
    /// Article text, split into sentences.
    case body
    /// Page furniture that is not article text ("Share this:", "Advertisement", "© 2022 …"): no sentences, so no
    /// quotes or claims come from it. See ``Furniture``.
    case furniture
}

/// One paragraph of an article: a byte range trimmed of surrounding whitespace, its tokens and its role.
public struct Paragraph: Hashable, Sendable {
    /// UTF-8 byte offset of the paragraph's first token.
    public var start: Int
    /// UTF-8 byte offset one past the paragraph's last token.
    public var end: Int
    /// The indices of the paragraph's tokens in the document's token array (never empty).
    public var tokens: Range<Int>
    /// What the paragraph is.
    public var role: ParagraphRole

    /// Creates a paragraph.
    /// - Parameters:
    ///   - start: First byte offset (of its first token).
    ///   - end: Byte offset one past its last token.
    ///   - tokens: Its token indices.
    ///   - role: Its role.
    public init(start: Int, end: Int, tokens: Range<Int>, role: ParagraphRole) {
        self.start = start
        self.end = end
        self.tokens = tokens
        self.role = role
    }

    /// The paragraph's byte range.
    public var bytes: Range<Int> { start ..< end }
}
