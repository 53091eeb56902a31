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
    /// Keys `first << 32 | second` (profile ids, so never negative), -1 for an empty slot; open addressing with
    /// linear probing, at most half full (a `Dictionary` spent more on hashing than the memo saved).
    private var keys = [Int64](repeating: -1, count: 256)
    /// Shared weight and similarity of the key in the same slot.
    private var values = [(shared: Double, similarity: Double)](repeating: (0, 0), count: 256)
    /// Occupied slots.
    private var count = 0

    /// Creates an empty memo.
    init() {}

    /// The remembered shared weight and similarity of two profiles, if any.
    /// - Parameters:
    ///   - a: A profile id (not negative).
    ///   - b: Another profile id (not negative).
    /// - Returns: What ``remember(_:_:shared:similarity:)`` stored for `(a, b)`.
    func lookup(_ a: Int32, _ b: Int32) -> (shared: Double, similarity: Double)? {
        let key = Self.key(a, b)
        var slot = Self.slot(key, mask: keys.count - 1)
        while keys[slot] != -1 {
            if keys[slot] == key { return values[slot] }
            slot = (slot + 1) & (keys.count - 1)
        }
        return nil
    }

    /// Remembers the shared weight and similarity of two profiles.
    /// - Parameters:
    ///   - a: A profile id (not negative).
    ///   - b: Another profile id (not negative).
    ///   - shared: Their shared token weight.
    ///   - similarity: Their similarity.
    func remember(_ a: Int32, _ b: Int32, shared: Double, similarity: Double) {
        if 2 * (count + 1) > keys.count { grow() }
        insert(Self.key(a, b), (shared, similarity))
    }

    /// Stores a value (replacing the value of an equal key).
    private func insert(_ key: Int64, _ value: (shared: Double, similarity: Double)) {
        let mask = keys.count - 1
        var slot = Self.slot(key, mask: mask)
        while keys[slot] != -1 && keys[slot] != key { slot = (slot + 1) & mask }
        if keys[slot] == -1 { count += 1 }
        keys[slot] = key
        values[slot] = value
    }

    /// Doubles the table.
    private func grow() {
        let (oldKeys, oldValues) = (keys, values)
        keys = [Int64](repeating: -1, count: oldKeys.count * 2)
        values = [(shared: Double, similarity: Double)](repeating: (0, 0), count: oldKeys.count * 2)
        count = 0
        for (key, value) in zip(oldKeys, oldValues) where key != -1 { insert(key, value) }
    }

    /// The key of an ordered pair of profile ids.
    private static func key(_ a: Int32, _ b: Int32) -> Int64 {
        Int64(a) << 32 | Int64(UInt32(bitPattern: b))
    }

    /// The home slot of a key: the top bits of a multiplicative hash.
    private static func slot(_ key: Int64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(bitPattern: key) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }
}
