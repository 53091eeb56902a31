/// The JSON form of a ``CheckResult`` (CONTRACT.md, `crosscheck check --format json`; schema
/// `docs/schemas/check.schema.json`).
public struct CheckReport: Encodable, Sendable {
    /// An article without its text.
    public struct DocumentEntry: Encodable, Sendable, Hashable {
        /// The article id.
        public var id: String
        /// Its source, when known.
        public var source: String?
        /// Its URL, when known.
        public var url: String?
        /// Its title, when known.
        public var title: String?
        /// Its publication date, when known.
        public var published: String?

        private enum CodingKeys: String, CodingKey { case id, source, url, title, published }

        /// Encodes the entry, writing `null` for missing values.
        /// - Parameter encoder: The encoder.
        /// - Throws: The encoder's errors.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(source, forKey: .source)
            try container.encode(url, forKey: .url)
            try container.encode(title, forKey: .title)
            try container.encode(published, forKey: .published)
        }
    }

    /// The documents, in argument order.
    public var documents: [DocumentEntry]
    /// The discrepancies, most severe first.
    public var discrepancies: [Discrepancy]
    /// The compared pairs with their alignment coverage.
    public var pairs: [CheckResult.Pair]
    /// Whether the documents are not versions of one story (every pair unrelated).
    public var unrelated: Bool
    /// The number of discrepancies per severity.
    public var counts: [String: Int]

    /// The report of a check.
    /// - Parameter result: The check.
    public init(_ result: CheckResult) {
        documents = result.documents.map {
            DocumentEntry(
                id: $0.article.id, source: $0.article.source, url: $0.article.url, title: $0.article.title,
                published: $0.article.published)
        }
        discrepancies = result.discrepancies
        pairs = result.pairs
        unrelated = result.unrelated
        var counts: [String: Int] = [:]
        for severity in Severity.allCases { counts[severity.rawValue] = 0 }
        for d in result.discrepancies { counts[d.severity.rawValue, default: 0] += 1 }
        self.counts = counts
    }
}
