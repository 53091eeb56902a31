import Foundation
internal import GRDB

/// How many stored quotes contain each folded word (`quoteWord`), cached for one write transaction, and the
/// inverse-document-frequency weights that make rare words count more than function words when quotes are matched.
struct WordFrequencies {
    /// The look-up statement.
    private let lookup: Statement
    /// Counts read (and updated) in this transaction.
    private var cache: [String: Int] = [:]
    /// Quotes stored, for the weights (the highest quote id, which only grows).
    private(set) var quoteCount: Int64

    /// Prepares the look-ups for one transaction.
    /// - Parameters:
    ///   - db: The connection, inside the transaction.
    ///   - quoteCount: Quotes stored so far.
    /// - Throws: `DatabaseError`.
    init(_ db: Database, quoteCount: Int64) throws {
        lookup = try db.cachedStatement(sql: "SELECT quotes FROM quoteWord WHERE word = ?")
        self.quoteCount = quoteCount
    }

    /// The number of stored quotes containing a word.
    /// - Parameter word: A folded word.
    /// - Returns: The count (0 for a word never stored).
    /// - Throws: `DatabaseError`.
    mutating func documents(_ word: String) throws -> Int {
        if let count = cache[word] { return count }
        let count = try Int.fetchOne(lookup, arguments: [word]) ?? 0
        cache[word] = count
        return count
    }

    /// Records a stored quote's distinct words (the caller updates `quoteWord` itself).
    /// - Parameter words: The quote's distinct words.
    mutating func record(_ words: Set<String>) {
        quoteCount += 1
        for word in words where cache[word] != nil { cache[word, default: 0] += 1 }
    }

    /// The weight of a word: log((n + 1) / (df + 1)) for n stored quotes, df of them containing it.
    /// - Parameter word: A folded word.
    /// - Returns: The weight, 0 for a word in every quote.
    /// - Throws: `DatabaseError`.
    mutating func weight(_ word: String) throws -> Double {
        log(Double(quoteCount + 1) / Double(try documents(word) + 1))
    }

    /// The weighted word overlap of two quotes: the weights of the words they share (with multiplicity) over the
    /// weights of the shorter quote's words; the plain share of shared words when every weight is 0.
    /// - Parameters:
    ///   - a: One quote's words.
    ///   - b: The other quote's words.
    /// - Returns: The overlap, in `0 ... 1`.
    /// - Throws: `DatabaseError`.
    /// - Complexity: O(|a| + |b|) look-ups, most of them cached.
    mutating func weightedOverlap(_ a: [String], _ b: [String]) throws -> Double {
        let (shorter, longer) = a.count <= b.count ? (a, b) : (b, a)
        var counts: [String: Int] = [:]
        for word in longer { counts[word, default: 0] += 1 }
        var shared = 0.0
        var total = 0.0
        var sharedCount = 0
        for word in shorter {
            let weight = try weight(word)
            total += weight
            if let count = counts[word], count > 0 {
                counts[word] = count - 1
                shared += weight
                sharedCount += 1
            }
        }
        guard total > 0 else { return Double(sharedCount) / Double(max(1, shorter.count)) }
        return shared / total
    }
}
