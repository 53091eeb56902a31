/// One sentence of an article: a byte range (trimmed, from its first token to its last), its tokens and its paragraph.
public struct Sentence: Hashable, Sendable {
    /// UTF-8 byte offset of the sentence's first token.
    public var start: Int
    /// UTF-8 byte offset one past the sentence's last token.
    public var end: Int
    /// The indices of the sentence's tokens in the document's token array (never empty).
    public var tokens: Range<Int>
    /// The index of the paragraph that contains the sentence.
    public var paragraph: Int

    /// Creates a sentence.
    /// - Parameters:
    ///   - start: First byte offset (of its first token).
    ///   - end: Byte offset one past its last token.
    ///   - tokens: Its token indices.
    ///   - paragraph: Its paragraph index.
    public init(start: Int, end: Int, tokens: Range<Int>, paragraph: Int) {
        self.start = start
        self.end = end
        self.tokens = tokens
        self.paragraph = paragraph
    }

    /// The sentence's byte range.
    public var bytes: Range<Int> { start ..< end }
}
