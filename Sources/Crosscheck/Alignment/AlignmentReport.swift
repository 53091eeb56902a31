/// The JSON form of an ``Alignment`` (CONTRACT.md, `crosscheck align`, plus documented extensions):
///
/// `{"documents": [{"id", "source", "published"?, "sentences": [Span]}], "groups": [{"relation", "members":
/// [{"doc", "sentence"}], "changed": Bool, "provenance"?: {"introduced", "changed", "removed"}}], "order": [Int],
/// "chain": Bool}`.
///
/// `documents[i].sentences` are exactly the documents' ``Document/sentences`` as spans.
public struct AlignmentReport: Codable, Sendable, Hashable {
    /// One input document.
    public struct DocumentEntry: Codable, Sendable, Hashable {
        /// The article's id.
        public var id: String
        /// The article's outlet (`null` when unknown).
        public var source: String?
        /// The article's publication date, when known.
        public var published: String?
        /// Every sentence, in order.
        public var sentences: [Span]

        private enum CodingKeys: String, CodingKey {
            case id, source, published, sentences
        }

        /// Encodes the entry; `source` is always present (`null` when unknown), `published` only when known.
        /// - Parameter encoder: The encoder.
        /// - Throws: The encoder's errors.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(source, forKey: .source)
            try container.encodeIfPresent(published, forKey: .published)
            try container.encode(sentences, forKey: .sentences)
        }
    }

    /// One group.
    public struct GroupEntry: Codable, Sendable, Hashable {
        /// The relation.
        public var relation: AlignmentRelation
        /// The sentences.
        public var members: [AlignmentMember]
        /// Whether the texts differ beyond typography.
        public var changed: Bool
        /// Provenance in the version chain.
        public var provenance: GroupProvenance?
    }

    /// The documents, in argument order.
    public var documents: [DocumentEntry]
    /// The groups, in reading order.
    public var groups: [GroupEntry]
    /// The version order (document indices, oldest first).
    public var order: [Int]
    /// Whether the order is a version chain (then groups have provenance).
    public var chain: Bool

    /// Creates the report of an alignment.
    /// - Parameter alignment: The alignment.
    /// - Complexity: O(total text length).
    public init(_ alignment: Alignment) {
        documents = alignment.documents.map { document in
            DocumentEntry(
                id: document.article.id, source: document.article.source, published: document.article.published,
                sentences: document.sentences.map { document.span(of: $0) })
        }
        groups = alignment.groups.map {
            GroupEntry(relation: $0.relation, members: $0.members, changed: $0.changed, provenance: $0.provenance)
        }
        order = alignment.order
        chain = alignment.isChain
    }
}
