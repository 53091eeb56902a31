/// How the sentences of one alignment group relate (CONTRACT.md, `crosscheck align`).
public enum AlignmentRelation: String, Codable, Sendable, Hashable, CaseIterable {
    /// One sentence per document, all equal once typography, whitespace and invisible characters are ignored,
    /// each in its document's order.
    case identical
    /// One sentence per document, in order, with different words.
    case edited
    /// One sentence per document, and at least one of them moved relative to the others (its text may also have
    /// changed; see ``AlignmentGroup/changed``).
    case moved
    /// A sentence of an earlier version became several consecutive sentences of a later one.
    case split
    /// Several consecutive sentences of an earlier version became one sentence of a later one.
    case merged
    /// A sentence that only one document has.
    case unique
}
