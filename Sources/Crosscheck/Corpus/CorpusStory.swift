/// A finished story: the articles grouped together, in input order, ready to be checked.
public struct CorpusStory: Sendable {
    /// 0-based position of the story in the output.
    public var sequence: Int
    /// The story id: the id of its first article in input order.
    public var id: String
    /// The articles, in input order.
    public var articles: [Article]
}
