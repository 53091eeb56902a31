/// A link between sentences of two documents found by ``PairwiseAligner``: one sentence to one (identical, edited
/// or moved), or one to 2–3 consecutive sentences (a split or merge).
struct SentenceLink: Sendable, Hashable {
    /// Sentences of the first document.
    var a: Range<Int>
    /// Sentences of the second document.
    var b: Range<Int>
    /// The link is out of document order.
    var moved: Bool
    /// The similarity of the two sides.
    var similarity: Double
}
