/// The fields of the contract's article object: `{"id", "source", "url", "title", "published", "text"}`.
public enum ArticleField: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Identifier (string; an integer is accepted and converted). Derived from the file name when absent.
    case id
    /// The outlet.
    case source
    /// The article's URL.
    case url
    /// The headline.
    case title
    /// Publication date and time.
    case published
    /// The byline (an extension of the contract's object).
    case author
    /// The article text (required).
    case text

    /// The field's name in the contract's JSON.
    public var description: String { rawValue }
}
