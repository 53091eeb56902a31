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
        var seenGrams = GramSet()
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
                    // Most tokens fold to themselves (``TokenFolding/leavesUnchanged(_:)``): interned as they are.
                    if TokenFolding.loose.leavesUnchanged(text) {
                        looseOfExact.append(loose.intern(text))
                    } else {
                        TokenFolding.loose.fold(text, into: &folded)
                        looseOfExact.append(folded.withUnsafeBufferPointer { loose.intern($0) })
                    }
                    if TokenFolding.typography.leavesUnchanged(text) {
                        typographicOfExact.append(typographic.intern(text))
                    } else {
                        TokenFolding.typography.fold(text, into: &folded)
                        typographicOfExact.append(folded.withUnsafeBufferPointer { typographic.intern($0) })
                    }
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
                    profile = (unique, Self.trigrams(gramText, seen: &seenGrams), identity, identityID, keyID)
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

    /// The distinct byte trigrams of a text, packed into 24 bits each, in order of first appearance (not sorted:
    /// every use counts shared trigrams as sets; sorting them was a tenth of building the profiles).
    /// - Parameters:
    ///   - bytes: The text.
    ///   - seen: A reusable set (its contents are replaced).
    /// - Returns: Each trigram of the text once.
    /// - Complexity: O(n) expected.
    static func trigrams(_ bytes: [UInt8], seen: inout GramSet) -> [UInt32] {
        guard bytes.count >= 3 else { return [] }
        var grams: [UInt32] = []
        grams.reserveCapacity(bytes.count - 2)
        bytes.withUnsafeBufferPointer { b in
            for k in 0 ..< b.count - 2 {
                grams.append(UInt32(b[k]) << 16 | UInt32(b[k + 1]) << 8 | UInt32(b[k + 2]))
            }
        }
        seen.keepFirstOccurrences(&grams)
        return grams
    }
}
