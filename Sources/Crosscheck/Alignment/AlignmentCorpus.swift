import Foundation

/// The sentence profiles of every document of one alignment, built with one shared interner, so token ids and IDF
/// weights are comparable across all of them.
///
/// IDF is computed over all sentences of all documents (a sentence is one "document" of the IDF formula):
/// `weight(t) = ln(1 + S / df(t))`. It depends on the set of documents, not on their order.
struct AlignmentCorpus: Sendable {
    /// `profiles[d][s]`: document `d`, sentence `s`.
    let profiles: [[SentenceProfile]]

    /// The token kinds whose texts count as content.
    private static func isContent(_ kind: TokenKind) -> Bool {
        switch kind {
        case .word, .number, .abbreviation, .url, .symbol: true
        case .quote, .punctuation: false
        }
    }

    /// Builds the profiles.
    /// - Parameter documents: The documents.
    /// - Complexity: O(total text length) expected, plus sorting each sentence's tokens and trigrams.
    init(documents: [Document]) {
        var loose = TokenInterner(capacity: 4096)
        var typographic = TokenInterner(capacity: 4096)
        // Every token is interned once by its exact bytes; each distinct text is folded and interned into `loose`
        // and `typographic` once, when first seen. New folded texts can only come from new exact texts, and those
        // are handled in order of first appearance, so both get the ids interning every token would give them.
        var exact = TokenInterner(capacity: 4096)
        var looseOfExact: [Int32] = []
        var typographicOfExact: [Int32] = []
        var folded: [UInt8] = []
        var exactText: [UInt8] = []
        var raw: [[(ids: [Int32], grams: [UInt32], identity: [UInt8], identityID: Int32, profileID: Int32)]] = []
        var documentFrequency: [Int] = []
        var sentenceCount = 0
        var gramText: [UInt8] = []
        var key: [Int64] = []
        // Profile keys (below) are interned by their bytes: a key's id is its profile's `profileID` and its index
        // in `cache` (ids are dense, in order of first appearance).
        var keys = TokenInterner(capacity: 1024)
        var cache: [(ids: [Int32], grams: [UInt32], identity: [UInt8], identityID: Int32, profileID: Int32)] = []
        // Identities are interned by their bytes (two keys above can have one identity); ids in order of first
        // appearance.
        var identityIDs = TokenInterner(capacity: 1024)
        for document in documents {
            let exactIds = exact.ids(for: document.tokens, in: document.text)
            while looseOfExact.count < exact.count {
                exactText.removeAll(keepingCapacity: true)
                exactText.append(contentsOf: exact.bytes(of: Int32(looseOfExact.count)))
                exactText.withUnsafeBufferPointer { text in
                    TokenFolding.loose.fold(text, into: &folded)
                    looseOfExact.append(folded.withUnsafeBufferPointer { loose.intern($0) })
                    TokenFolding.typography.fold(text, into: &folded)
                    typographicOfExact.append(folded.withUnsafeBufferPointer { typographic.intern($0) })
                }
            }
            let looseIds = exactIds.map { looseOfExact[Int($0)] }
            let typoIds = exactIds.map { typographicOfExact[Int($0)] }
            if documentFrequency.count < loose.count {
                documentFrequency += [Int](repeating: 0, count: loose.count - documentFrequency.count)
            }
            var sentences: [(ids: [Int32], grams: [UInt32], identity: [UInt8], identityID: Int32, profileID: Int32)] =
                []
            sentences.reserveCapacity(document.sentences.count)
            for sentence in document.sentences {
                // Sentences repeated across versions are profiled once: the key is every token's
                // typography-folded id and kind.
                key.removeAll(keepingCapacity: true)
                for index in sentence.tokens where index < document.tokens.count {
                    key.append(Int64(typoIds[index]) << 8 | Int64(document.tokens[index].kind.rawValue))
                }
                let profile: (ids: [Int32], grams: [UInt32], identity: [UInt8], identityID: Int32, profileID: Int32)
                let keyID = key.withUnsafeBytes { keys.intern($0.assumingMemoryBound(to: UInt8.self)) }
                if Int(keyID) < cache.count {
                    profile = cache[Int(keyID)]
                } else {
                    var ids: [Int32] = []
                    var identity: [UInt8] = []
                    gramText.removeAll(keepingCapacity: true)
                    gramText.append(0x20)
                    for index in sentence.tokens where index < document.tokens.count {
                        typographic.appendBytes(of: typoIds[index], to: &identity)
                        guard Self.isContent(document.tokens[index].kind) else { continue }
                        let id = looseIds[index]
                        ids.append(id)
                        loose.appendBytes(of: id, to: &gramText)
                        gramText.append(0x20)
                    }
                    ids.sort()
                    var unique: [Int32] = []
                    unique.reserveCapacity(ids.count)
                    for id in ids where unique.last != id { unique.append(id) }
                    var identityID: Int32 = -1
                    if !identity.isEmpty {
                        identityID = identity.withUnsafeBufferPointer { identityIDs.intern($0) }
                    }
                    profile = (unique, Self.trigrams(gramText), identity, identityID, keyID)
                    cache.append(profile)
                }
                for id in profile.ids { documentFrequency[Int(id)] += 1 }
                sentences.append(profile)
                sentenceCount += 1
            }
            raw.append(sentences)
        }
        let total = Double(max(sentenceCount, 1))
        // One weight per id (the same expression for every occurrence).
        let idf = documentFrequency.map { log(1 + total / Double(max($0, 1))) }
        // A repeated sentence shares one profile value (same ids, so the same weights).
        var distinct = [SentenceProfile?](repeating: nil, count: cache.count)
        profiles = raw.map { sentences in
            sentences.map { sentence in
                if let known = distinct[Int(sentence.profileID)] { return known }
                let weights = sentence.ids.map { idf[Int($0)] }
                let profile = SentenceProfile(
                    ids: sentence.ids, weights: weights, totalWeight: weights.reduce(0, +), grams: sentence.grams,
                    identity: sentence.identity, identityID: sentence.identityID,
                    profileID: sentence.profileID)
                distinct[Int(sentence.profileID)] = profile
                return profile
            }
        }
    }

    /// The sorted, unique byte trigrams of a text, packed into 24 bits each.
    private static func trigrams(_ bytes: [UInt8]) -> [UInt32] {
        guard bytes.count >= 3 else { return [] }
        var grams: [UInt32] = []
        grams.reserveCapacity(bytes.count - 2)
        for k in 0 ..< bytes.count - 2 {
            grams.append(UInt32(bytes[k]) << 16 | UInt32(bytes[k + 1]) << 8 | UInt32(bytes[k + 2]))
        }
        radixSort(&grams)
        // Unique in place (sorted, so duplicates are adjacent).
        var kept = 1
        grams.withUnsafeMutableBufferPointer { sorted in
            for k in 1 ..< sorted.count where sorted[k] != sorted[kept - 1] {
                sorted[kept] = sorted[k]
                kept += 1
            }
        }
        grams.removeLast(grams.count - kept)
        return grams
    }

    /// Sorts 24-bit values ascending: three stable counting passes of 8 bits (least significant first), linear
    /// in the count; the standard library's comparison sort was a tenth of building the profiles.
    /// - Parameter values: Values below 2²⁴.
    static func radixSort(_ values: inout [UInt32]) {
        let n = values.count
        guard n > 1 else { return }
        var scratch = [UInt32](repeating: 0, count: n)
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 256) { counts in
            values.withUnsafeMutableBufferPointer { a in
                scratch.withUnsafeMutableBufferPointer { b in
                    var (source, target) = (a, b)
                    for shift in [UInt32(0), 8, 16] {
                        counts.initialize(repeating: 0)
                        for value in source { counts[Int(value >> shift & 0xFF)] += 1 }
                        var sum = 0
                        for k in 0 ..< 256 {
                            let count = counts[k]
                            counts[k] = sum
                            sum += count
                        }
                        for value in source {
                            let bucket = Int(value >> shift & 0xFF)
                            target[counts[bucket]] = value
                            counts[bucket] += 1
                        }
                        swap(&source, &target)
                    }
                    // Three passes: the result is in `scratch`.
                    for k in 0 ..< n { a[k] = b[k] }
                }
            }
        }
    }
}
