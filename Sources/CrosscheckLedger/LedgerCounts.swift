/// The size of a ``QuoteLedger``.
///
/// JSON form: `{"articles", "quotes", "groups", "sharedGroups"}`.
public struct LedgerCounts: Codable, Hashable, Sendable {
    /// Articles stored.
    public var articles: Int
    /// Quotes stored.
    public var quotes: Int
    /// Groups of quote versions (a quote found once is a group of one).
    public var groups: Int
    /// Groups with versions in at least two articles.
    public var sharedGroups: Int

    /// Creates counts.
    /// - Parameters:
    ///   - articles: Articles stored.
    ///   - quotes: Quotes stored.
    ///   - groups: Groups of versions.
    ///   - sharedGroups: Groups found in two or more articles.
    public init(articles: Int, quotes: Int, groups: Int, sharedGroups: Int) {
        self.articles = articles
        self.quotes = quotes
        self.groups = groups
        self.sharedGroups = sharedGroups
    }
}
