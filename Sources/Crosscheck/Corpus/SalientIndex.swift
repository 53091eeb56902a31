import Foundation

/// The grouper's second channel: links articles that share rare content terms (independent coverage of one event),
/// with a streaming document-frequency estimate, a profile of each article's most salient terms and an inverted
/// index over the open articles' profiles (see docs/corpus.md, "Grouping").
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
/// Deterministic: everything depends only on the order the articles are added in.
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

    private var frequencies = [UInt16](repeating: 0, count: tableSize)
    private var documents = 0
    private var added = 0
    private var postings: [UInt32: [Int]] = [:]
    private var profiles: [Int: Profile] = [:]

    /// The number of articles whose profiles are held (the open articles).
    var count: Int { profiles.count }

    /// Counts an article's terms in the document frequencies and returns its profile.
    /// - Parameter terms: The article's terms.
    /// - Returns: Its most salient terms, weighted.
    /// - Complexity: O(t log t) for t distinct terms; O(``tableSize``) once every ``decayDocuments`` calls.
    mutating func profile(of terms: SalientTerms) -> Profile {
        let mask = Self.tableSize - 1
        let total = log(Double(documents) + 1)
        var scored: [(score: Double, idf: Double, hash: UInt32)] = []
        scored.reserveCapacity(terms.hashes.count)
        for index in terms.hashes.indices {
            let hash = terms.hashes[index]
            let idf = total - log(Double(frequencies[Int(hash) & mask]) + 1)
            let boost = terms.entities[index] ? Self.entityBoost : 1
            scored.append((score: (1 + log(Double(terms.counts[index]))) * idf * boost, idf: idf * boost, hash: hash))
        }
        for hash in terms.hashes {
            let slot = Int(hash) & mask
            if frequencies[slot] < .max { frequencies[slot] += 1 }
        }
        documents += 1
        added += 1
        if added % Self.decayDocuments == 0 {
            for slot in frequencies.indices { frequencies[slot] >>= 1 }
            documents >>= 1
        }
        scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.hash < $1.hash }
        let top = scored.prefix(Self.profileSize).filter { $0.idf > 0 }.sorted { $0.hash < $1.hash }
        let weights = top.map { Float($0.idf) }
        let norm = weights.reduce(0.0) { $0 + Double($1) * Double($1) }.squareRoot()
        return Profile(terms: top.map(\.hash), weights: weights, norm: norm)
    }

    /// The open articles that share at least ``minimumSharedTerms`` salient terms with a profile, with the
    /// similarity of their profiles.
    /// - Parameter profile: The new article's profile.
    /// - Returns: `(article sequence, cosine similarity, shared salient numbers)` in sequence order.
    /// - Complexity: O(k · ``maxPostings``) for k profile terms, plus O(k) per compared article.
    func matches(_ profile: Profile) -> [(sequence: Int, similarity: Double, numbers: Int)] {
        // Every posting of every profile term, sorted: an article's run length is the number of terms it shares.
        var hits: [Int] = []
        for term in profile.terms {
            guard let list = postings[term], list.count <= Self.maxPostings else { continue }
            hits += list
        }
        hits.sort()
        var found: [(sequence: Int, similarity: Double, numbers: Int)] = []
        var start = 0
        while start < hits.count {
            var end = start + 1
            while end < hits.count && hits[end] == hits[start] { end += 1 }
            if end - start >= Self.minimumSharedTerms, let otherProfile = profiles[hits[start]] {
                let (similarity, numbers) = Self.cosine(profile, otherProfile)
                found.append((hits[start], similarity, numbers))
            }
            start = end
        }
        return found
    }

    /// Makes an article's profile findable.
    /// - Parameters:
    ///   - sequence: The article's sequence.
    ///   - profile: Its profile.
    mutating func insert(_ sequence: Int, _ profile: Profile) {
        profiles[sequence] = profile
        for term in profile.terms { postings[term, default: []].append(sequence) }
    }

    /// Forgets an article (it left the open buffer).
    /// - Parameter sequence: The article's sequence.
    mutating func remove(_ sequence: Int) {
        guard let profile = profiles.removeValue(forKey: sequence) else { return }
        for term in profile.terms {
            postings[term]?.removeAll { $0 == sequence }
            if postings[term]?.isEmpty == true { postings[term] = nil }
        }
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
        var i = 0
        var j = 0
        var dot = 0.0
        while i < a.terms.count && j < b.terms.count {
            if a.terms[i] == b.terms[j] {
                dot += Double(a.weights[i]) * Double(b.weights[j])
                numbers += Int(a.terms[i] & 1)
                i += 1
                j += 1
            } else if a.terms[i] < b.terms[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return (dot / (a.norm * b.norm), numbers)
    }
}
