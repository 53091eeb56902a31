import Foundation

/// The order-dependent half of the salient-term channel (``SalientIndex``): the streaming document frequencies
/// and each article's profile of its most salient terms. Profiles must be made in input order (each article's idf
/// counts the articles before it), but apart from the grouper, so a serial stage of the reading pipeline can make
/// them while the grouper links earlier articles.
///
/// Deterministic: a profile depends only on the terms of the article and of the articles profiled before it.
struct SalientProfiler {
    private var frequencies: [UInt16] = []
    private var documents = 0
    private var added = 0
    /// `ln(i + 1)` for small `i`: the logarithms of document frequencies and term counts (the same values `log`
    /// gives, looked up).
    private static let logTable: [Double] = (0 ..< 4096).map { log(Double($0) + 1) }

    /// Creates a profiler that has seen no article.
    init() {}

    /// `ln(value + 1)`.
    @inline(__always) private static func logOnePlus(_ value: Int) -> Double {
        value < logTable.count ? logTable[value] : log(Double(value) + 1)
    }

    /// What the document frequencies said of one article's terms before it was counted: all a profile needs, so
    /// that the profile itself can be made outside the serial turn (``SalientProfiler/profile(of:frequencies:)``).
    struct Frequencies: Sendable {
        /// The document frequency of each term, parallel to ``SalientTerms/hashes``.
        var counts: [UInt16]
        /// ln(N + 1) for the N articles counted before.
        var total: Double
    }

    /// Counts an article's terms in the document frequencies and returns its profile.
    /// - Parameter terms: The article's terms.
    /// - Returns: Its most salient terms, weighted.
    /// - Complexity: O(t log p) for t distinct terms and p = ``SalientIndex/profileSize``; O(``SalientIndex/tableSize``) once every
    ///   ``SalientIndex/decayDocuments`` calls.
    mutating func profile(of terms: SalientTerms) -> SalientIndex.Profile {
        Self.profile(of: terms, frequencies: count(terms))
    }

    /// The order-dependent step alone: reads the document frequencies of an article's terms, then counts the
    /// article in them. Articles must be counted in input order.
    /// - Parameter terms: The article's terms.
    /// - Returns: The frequencies before the article was counted, for ``profile(of:frequencies:)``.
    /// - Complexity: O(t) for t distinct terms; O(``SalientIndex/tableSize``) once every
    ///   ``SalientIndex/decayDocuments`` calls.
    mutating func count(_ terms: SalientTerms) -> Frequencies {
        if frequencies.isEmpty { frequencies = [UInt16](repeating: 0, count: SalientIndex.tableSize) }
        let mask = SalientIndex.tableSize - 1
        let total = log(Double(documents) + 1)
        // The table is 2 MB and the terms hit it at random: read every count first, in a loop of independent loads
        // (so the cache misses overlap).
        var counts = [UInt16](repeating: 0, count: terms.hashes.count)
        frequencies.withUnsafeMutableBufferPointer { frequencies in
            counts.withUnsafeMutableBufferPointer { counts in
                for index in terms.hashes.indices { counts[index] = frequencies[Int(terms.hashes[index]) & mask] }
            }
            // Counted after every count is read: two terms may share a counter.
            for hash in terms.hashes {
                let slot = Int(hash) & mask
                if frequencies[slot] < .max { frequencies[slot] += 1 }
            }
        }
        documents += 1
        added += 1
        if added % SalientIndex.decayDocuments == 0 {
            for slot in frequencies.indices { frequencies[slot] >>= 1 }
            documents >>= 1
        }
        return Frequencies(counts: counts, total: total)
    }

    /// An article's profile from its terms and their document frequencies (``count(_:)``); depends on nothing
    /// else, so it can be made on any thread.
    /// - Parameters:
    ///   - terms: The article's terms.
    ///   - frequencies: What ``count(_:)`` returned for them.
    /// - Returns: Its most salient terms, weighted.
    /// - Complexity: O(t log p) for t distinct terms and p = ``SalientIndex/profileSize``.
    static func profile(of terms: SalientTerms, frequencies: Frequencies) -> SalientIndex.Profile {
        let total = frequencies.total
        let count = terms.hashes.count
        let capacity = SalientIndex.profileSize
        // The profileSize best by (score descending, hash ascending) are the terms scoring above the
        // profileSize-th best score, and then, of those scoring exactly that, the ones with the smallest hashes: the
        // terms are in hash order, so one pass in that order picks them, already sorted by hash. That score is found
        // with a min-heap of scores alone (plain numbers, in a fixed buffer).
        var selected: [UInt32] = []
        var weights: [Float] = []
        withUnsafeTemporaryAllocation(of: Double.self, capacity: max(count, 1)) { scores in
            withUnsafeTemporaryAllocation(of: Double.self, capacity: capacity) { heap in
                var size = 0
                terms.counts.withUnsafeBufferPointer { termCounts in
                    frequencies.counts.withUnsafeBufferPointer { counts in
                        terms.entities.withUnsafeBufferPointer { entities in
                            for index in 0 ..< count {
                                let idf = total - Self.logOnePlus(Int(counts[index]))
                                let boost = entities[index] ? SalientIndex.entityBoost : 1
                                let score = (1 + Self.logOnePlus(Int(termCounts[index]) - 1)) * idf * boost
                                scores[index] = score
                                if size < capacity {
                                    // Sift up from the new last place.
                                    var child = size
                                    size += 1
                                    while child > 0 {
                                        let parent = (child - 1) / 2
                                        guard score < heap[parent] else { break }
                                        heap[child] = heap[parent]
                                        child = parent
                                    }
                                    heap[child] = score
                                } else if score > heap[0] {
                                    // Sift down from the root.
                                    var parent = 0
                                    while true {
                                        let left = 2 * parent + 1
                                        guard left < size else { break }
                                        var child = left
                                        if left + 1 < size && heap[left + 1] < heap[left] { child = left + 1 }
                                        guard heap[child] < score else { break }
                                        heap[parent] = heap[child]
                                        parent = child
                                    }
                                    heap[parent] = score
                                }
                            }
                        }
                    }
                }
                // Every term when there are few; otherwise those above the threshold and the first ties.
                let threshold = count > capacity ? heap[0] : -Double.infinity
                // Every score above the threshold is in the heap (which holds the best scores), so the places left
                // for ties are counted there.
                var ties = capacity
                for place in 0 ..< size { ties &-= heap[place] > threshold ? 1 : 0 }
                selected.reserveCapacity(min(count, capacity))
                weights.reserveCapacity(min(count, capacity))
                for index in 0 ..< count {
                    let score = scores[index]
                    guard score > threshold || (score == threshold && ties > 0) else { continue }
                    if score == threshold { ties -= 1 }
                    // The weight is recomputed exactly as the score's factor was.
                    let idf = total - Self.logOnePlus(Int(frequencies.counts[index]))
                    let weight = idf * (terms.entities[index] ? SalientIndex.entityBoost : 1)
                    guard weight > 0 else { continue }
                    selected.append(terms.hashes[index])
                    weights.append(Float(weight))
                }
            }
        }
        let norm = weights.reduce(0.0) { $0 + Double($1) * Double($1) }.squareRoot()
        return SalientIndex.Profile(terms: selected, weights: weights, norm: norm)
    }
}
