/// One sentence of an alignment group: a document (its index in the input order) and a sentence of it.
public struct AlignmentMember: Codable, Sendable, Hashable, Comparable {
    /// The document's index in the inputs, in argument order.
    public var doc: Int
    /// The sentence's index in ``Document/sentences``.
    public var sentence: Int

    /// Creates a member.
    /// - Parameters:
    ///   - doc: Document index.
    ///   - sentence: Sentence index.
    public init(doc: Int, sentence: Int) {
        self.doc = doc
        self.sentence = sentence
    }

    /// Orders by document, then sentence.
    public static func < (lhs: AlignmentMember, rhs: AlignmentMember) -> Bool {
        (lhs.doc, lhs.sentence) < (rhs.doc, rhs.sentence)
    }
}
