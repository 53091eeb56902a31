/// Corresponding sentences across the documents of an alignment (CONTRACT.md, `crosscheck align`).
public struct AlignmentGroup: Sendable, Hashable {
    /// How the sentences relate.
    public var relation: AlignmentRelation
    /// The sentences, sorted by document then sentence index.
    public var members: [AlignmentMember]
    /// Whether the documents' texts of the group differ beyond typography, whitespace and invisible characters.
    public var changed: Bool
    /// Where the group comes from in the version chain, when the documents form one (``Alignment/isChain``).
    public var provenance: GroupProvenance?

    /// Creates a group.
    /// - Parameters:
    ///   - relation: The relation.
    ///   - members: The sentences.
    ///   - changed: Whether the texts differ.
    ///   - provenance: The provenance, if known.
    public init(
        relation: AlignmentRelation, members: [AlignmentMember], changed: Bool, provenance: GroupProvenance? = nil
    ) {
        self.relation = relation
        self.members = members
        self.changed = changed
        self.provenance = provenance
    }

    /// The sentence indices of one document in this group.
    /// - Parameter doc: A document index.
    /// - Returns: Its sentences, in order (empty when the document has none here).
    public func sentences(in doc: Int) -> [Int] {
        members.filter { $0.doc == doc }.map(\.sentence)
    }
}
