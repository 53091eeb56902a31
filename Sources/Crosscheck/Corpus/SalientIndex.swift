import Foundation

/// The grouper's second channel: links articles that share rare content terms (independent coverage of one event),
/// with a streaming document-frequency estimate and a profile of each article's most salient terms
/// (``SalientProfiler``) and an inverted index over the open articles' profiles (see docs/corpus.md, "Grouping").
///
/// - **Document frequency**: a table of ``tableSize`` saturating counters indexed by the term hash, counting the
///   articles seen so far that contain the term; every ``decayDocuments`` articles all counts (and the article
///   count) are halved, so the estimate follows the recent corpus. IDF is ln((N + 1) / (df + 1)) before the
///   article itself is counted.
/// - **Profile**: the ``profileSize`` terms with the largest (1 + ln tf) · idf · b, where b is ``entityBoost``
///   for name- and figure-like terms and 1 otherwise (ties: smaller hash first), each weighted by idf · b. The
///   boost keeps names and figures already seen in another outlet (so a little less rare) ahead of the article's
///   own rare words.
/// - **Candidates**: open articles sharing at least ``minimumSharedTerms`` profile terms, found through posting
///   lists; a term whose list is longer than ``maxPostings`` (common among the open articles) is not looked up.
/// - **Similarity**: the cosine of the two idf-weighted profiles, and how many salient numbers they share. The
///   grouper links two articles when the cosine is at least ``strongSimilarity``, or at least
///   ``CorpusOptions/minimumTermSimilarity`` with ``minimumSharedNumbers`` salient numbers or
///   ``minimumSharedShingles`` word shingles in common.
///
/// Deterministic: everything depends only on the order the articles are profiled and added in.
struct SalientIndex {
    /// One article's salient terms.
    struct Profile: Sendable {
        /// Term hashes, sorted.
        let terms: [UInt32]
        /// Each term's idf when the article was added (times ``SalientIndex/entityBoost`` for names and figures),
        /// parallel to ``terms``.
        let weights: [Float]
        /// The Euclidean norm of ``weights``.
        let norm: Double
    }

    /// Counters in the document-frequency table (a power of two).
    static let tableSize = 1 << 20
    /// Articles between two halvings of the document frequencies.
    static let decayDocuments = 50_000
    /// Selection-score factor for name- and figure-like terms (``SalientTerms/entities``).
    static let entityBoost = 2.0
    /// Salient terms kept per article.
    static let profileSize = 40
    /// Posting lists longer than this are not looked up.
    static let maxPostings = 64
    /// Least profile terms two articles share to be compared.
    static let minimumSharedTerms = 3
    /// Similarity at which the salient terms alone link two articles.
    static let strongSimilarity = 0.4
    /// Below ``strongSimilarity``, a link needs this many shared salient numbers…
    static let minimumSharedNumbers = 1
    /// … or this many shared word 3-shingles (a shared quote or phrase of about a dozen words).
    static let minimumSharedShingles = 9

    /// Term → the open articles whose profile holds it, in sequence order (articles are added and removed in
    /// sequence order, so a removal takes the list's head).
    private var postings = TermPostings()
    /// The open articles' profiles, in sequence order (from ``heldHead``, the oldest).
    private var held: [(sequence: Int, profile: Profile)] = []
    private var heldHead = 0
    /// Per-candidate shared-term counters for ``candidates(_:)``, indexed by `sequence & (count - 1)`; the table is
    /// kept larger than the span of held sequences, so two held articles never share a slot.
    private var shared: [UInt8] = []
    /// Scratch space of ``candidates(_:)``.
    private var touchedScratch: [Int] = []
    /// The number of articles whose profiles are held (the open articles).
    var count: Int { held.count - heldHead }

    /// The open articles that share at least ``minimumSharedTerms`` salient terms with a profile (compare them
    /// with ``similarity(_:to:)``, only those that still need it).
    /// - Parameter profile: The new article's profile.
    /// - Returns: The articles' sequences, ascending.
    /// - Complexity: O(k · ``maxPostings``) for k profile terms.
    mutating func candidates(_ profile: Profile) -> [Int] {
        guard count > 0 else { return [] }
        let mask = shared.count - 1
        var candidates: [Int] = []
        // Each distinct candidate once, written through a pointer (at most maxPostings per term).
        var touched = touchedScratch
        touchedScratch = []
        let most = profile.terms.count * Self.maxPostings
        postings.touch(profile.terms)
        if touched.count < most { touched = [Int](repeating: 0, count: most) }
        shared.withUnsafeMutableBufferPointer { shared in
            touched.withUnsafeMutableBufferPointer { touched in
                var count = 0
                for term in profile.terms {
                    postings.visit(term, atMost: Self.maxPostings) { sequence in
                        let slot = sequence & mask
                        // Written every time, kept when the article is new (no branch: which is data).
                        let seen = shared[slot]
                        touched[count] = sequence
                        count &+= seen == 0 ? 1 : 0
                        // At most profileSize (40) terms, so the count fits.
                        shared[slot] = seen &+ 1
                    }
                }
                for sequence in touched[0 ..< count] {
                    if Int(shared[sequence & mask]) >= Self.minimumSharedTerms { candidates.append(sequence) }
                    shared[sequence & mask] = 0
                }
            }
        }
        touchedScratch = touched
        candidates.sort()
        return candidates
    }

    /// How similar a profile is to an open article's.
    /// - Parameters:
    ///   - profile: The new article's profile.
    ///   - sequence: An article the index holds.
    /// - Returns: The cosine similarity of the profiles and the number of salient numbers they share (see
    ///   ``cosine(_:_:)``), or `nil` when the index does not hold the article.
    /// - Complexity: O(log n) for n held articles, plus O(k) for k profile terms.
    func similarity(_ profile: Profile, to sequence: Int) -> (similarity: Double, numbers: Int)? {
        heldProfile(sequence).map { Self.cosine(profile, $0) }
    }

    /// The held profile of an article, by binary search over the held sequences.
    private func heldProfile(_ sequence: Int) -> Profile? {
        var low = heldHead
        var high = held.count
        while low < high {
            let middle = (low + high) / 2
            if held[middle].sequence < sequence { low = middle + 1 } else { high = middle }
        }
        return low < held.count && held[low].sequence == sequence ? held[low].profile : nil
    }

    /// Makes an article's profile findable.
    /// - Parameters:
    ///   - sequence: The article's sequence: larger than every sequence inserted before.
    ///   - profile: Its profile.
    mutating func insert(_ sequence: Int, _ profile: Profile) {
        held.append((sequence, profile))
        let span = sequence - held[heldHead].sequence + 1
        if span > shared.count / 2 {
            var size = max(shared.count, 1024)
            while size < 2 * span { size *= 2 }
            shared = [UInt8](repeating: 0, count: size)
        }
        postings.touch(profile.terms)
        for term in profile.terms { postings.append(term, sequence) }
    }

    /// Forgets an article (it left the open buffer); articles leave in the order they were inserted, so this
    /// costs O(k) for k profile terms.
    /// - Parameter sequence: The article's sequence.
    mutating func remove(_ sequence: Int) {
        guard heldHead < held.count else { return }
        let profile: Profile
        if held[heldHead].sequence == sequence {
            profile = held[heldHead].profile
            heldHead += 1
            if heldHead >= 1024 && heldHead * 2 >= held.count {
                held.removeFirst(heldHead)
                heldHead = 0
            }
        } else {
            // Out of order (not how the grouper calls it): search.
            guard let index = held[heldHead...].firstIndex(where: { $0.sequence == sequence }) else { return }
            profile = held.remove(at: index).profile
        }
        postings.touch(profile.terms)
        for term in profile.terms { postings.remove(term, sequence) }
    }

    /// The cosine similarity of two weighted profiles.
    /// - Parameters:
    ///   - a: One profile.
    ///   - b: The other.
    /// - Returns: Σ wa·wb over shared terms / (‖a‖ ‖b‖) (0 if either is empty), and the number of shared terms
    ///   that are numbers.
    static func cosine(_ a: Profile, _ b: Profile) -> (similarity: Double, numbers: Int) {
        guard a.norm > 0, b.norm > 0 else { return (0, 0) }
        var numbers = 0
        var dot = 0.0
        a.terms.withUnsafeBufferPointer { x in
            b.terms.withUnsafeBufferPointer { y in
                var i = 0
                var j = 0
                while i < x.count && j < y.count {
                    let (u, v) = (x[i], y[j])
                    // Shared terms are few (a predictable branch); which side advances is data, not control flow
                    // (that comparison is unpredictable). The products are added in the same order as before.
                    if u == v {
                        dot += Double(a.weights[i]) * Double(b.weights[j])
                        numbers += Int(u & 1)
                    }
                    i &+= u <= v ? 1 : 0
                    j &+= v <= u ? 1 : 0
                }
            }
        }
        return (dot / (a.norm * b.norm), numbers)
    }
}
