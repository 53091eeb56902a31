/// The similarities of sentence pairs already computed in one ``Alignment``, by the two sentences' profile ids
/// (``SentenceProfile/profileID``).
///
/// Every pair of documents of a story is aligned, and versions and wire copies share most sentences, so the same
/// two sentence profiles meet again in other document pairs (sentence `i` of A against sentence `j` of B, then
/// against the identical sentence `j` of C). Equal profile ids mean equal ids, weights and trigrams, so a
/// remembered similarity is exactly the one the aligner would compute again.
///
/// Local to one alignment (not shared between threads).
final class SimilarityMemo {
    /// Shared weight and similarity by `first << 32 | second` profile id (ordered: the first profile is the
    /// aligner's `a` side).
    private var known: [Int64: (shared: Double, similarity: Double)] = [:]

    /// Creates an empty memo.
    init() {}

    /// The remembered shared weight and similarity of two profiles, if any.
    /// - Parameters:
    ///   - a: A profile id (not -1).
    ///   - b: Another profile id (not -1).
    /// - Returns: What ``remember(_:_:shared:similarity:)`` stored for `(a, b)`.
    func lookup(_ a: Int32, _ b: Int32) -> (shared: Double, similarity: Double)? {
        known[Self.key(a, b)]
    }

    /// Remembers the shared weight and similarity of two profiles.
    /// - Parameters:
    ///   - a: A profile id (not -1).
    ///   - b: Another profile id (not -1).
    ///   - shared: Their shared token weight.
    ///   - similarity: Their similarity.
    func remember(_ a: Int32, _ b: Int32, shared: Double, similarity: Double) {
        known[Self.key(a, b)] = (shared, similarity)
    }

    /// The key of an ordered pair of profile ids.
    private static func key(_ a: Int32, _ b: Int32) -> Int64 {
        Int64(a) << 32 | Int64(UInt32(bitPattern: b))
    }
}
