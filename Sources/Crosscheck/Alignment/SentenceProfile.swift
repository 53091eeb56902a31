/// What sentence alignment knows about one sentence: its weighted content tokens, character trigrams and an
/// identity key.
struct SentenceProfile: Sendable {
    /// Loose-folded ids of its content tokens (words, numbers, abbreviations, addresses, symbols), sorted, unique.
    var ids: [Int32]
    /// The IDF weight of each id in ``ids``.
    var weights: [Double]
    /// The sum of ``weights``.
    var totalWeight: Double
    /// Character trigrams of its loose-folded content tokens (separated by spaces), 24-bit packed, each once (in
    /// order of first appearance; a ``union(_:)``'s sorted).
    var grams: [UInt32]
    /// The typography-folded bytes of all its tokens, back to back: equal keys mean the sentences are identical
    /// ignoring typography, whitespace and invisible characters.
    var identity: [UInt8]
    /// A dense id of ``identity`` within one ``AlignmentCorpus``: equal ids if and only if equal identities; -1 when
    /// the identity is empty or not interned (a ``union(_:)`` of several sentences).
    var identityID: Int32 = -1
    /// A dense id of the profile within one ``AlignmentCorpus``: sentences with equal ids have equal profiles
    /// (the same tokens, so the same ids, weights and trigrams); -1 for a ``union(_:)``.
    var profileID: Int32 = -1

    /// The weight of the tokens this sentence shares with another.
    /// - Complexity: O(n + m).
    func sharedWeight(_ other: SentenceProfile) -> Double {
        var i = 0
        var j = 0
        var shared = 0.0
        while i < ids.count && j < other.ids.count {
            if ids[i] == other.ids[j] {
                shared += weights[i]
                i += 1
                j += 1
            } else if ids[i] < other.ids[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return shared
    }

    /// The number of trigrams this sentence shares with another.
    /// - Complexity: O(n + m) expected.
    func sharedGrams(_ other: SentenceProfile) -> Int {
        // Trigrams are distinct but not sorted: the set of one, looked up by the other (only split and merge
        // candidates come here; the aligner's candidates use one set per sentence).
        var set = GramSet()
        set.reset(grams)
        return set.count(in: other.grams)
    }

    /// Similarity in `0 ... 1`: the mean of the weighted token Dice coefficient and the trigram Dice coefficient.
    func similarity(_ other: SentenceProfile) -> Double {
        Self.similarity(
            shared: sharedWeight(other), total: totalWeight + other.totalWeight, sharedGrams: sharedGrams(other),
            grams: grams.count + other.grams.count)
    }

    /// The combined similarity from its parts.
    static func similarity(shared: Double, total: Double, sharedGrams: Int, grams: Int) -> Double {
        let tokens = total > 0 ? 2 * shared / total : 0
        let characters = grams > 0 ? 2 * Double(sharedGrams) / Double(grams) : 0
        return (tokens + characters) / 2
    }

    /// The profile of several consecutive sentences read as one.
    static func union(_ parts: [SentenceProfile]) -> SentenceProfile {
        var pairs: [(Int32, Double)] = []
        var grams: [UInt32] = []
        var identity: [UInt8] = []
        for part in parts {
            for k in part.ids.indices { pairs.append((part.ids[k], part.weights[k])) }
            grams += part.grams
            identity += part.identity
        }
        pairs.sort { $0.0 < $1.0 }
        var ids: [Int32] = []
        var weights: [Double] = []
        for (id, weight) in pairs where ids.last != id {
            ids.append(id)
            weights.append(weight)
        }
        grams.sort()
        var uniqueGrams: [UInt32] = []
        uniqueGrams.reserveCapacity(grams.count)
        for gram in grams where uniqueGrams.last != gram { uniqueGrams.append(gram) }
        return SentenceProfile(
            ids: ids, weights: weights, totalWeight: weights.reduce(0, +), grams: uniqueGrams, identity: identity)
    }
}
