/// The content terms of one article with their counts, for the second grouping channel (independent coverage of
/// one event: outlets that share names, places, numbers and quoted words but few word sequences).
///
/// Terms are the ``Tokenizer``'s number tokens and its word and abbreviation tokens of at least
/// ``minimumWordBytes`` UTF-8 bytes, each hashed from its bytes with ASCII letters lowercased (FNV-1a, 32 bits;
/// the lowest bit is set for numbers and clear for words).
/// Which of them are salient depends on how rare they are in the corpus, which only the grouper knows
/// (``SalientIndex``); so this keeps every distinct term. Fixed constants: the same text always gets the same terms.
struct SalientTerms: Sendable {
    /// Shortest word (in UTF-8 bytes) that is a term; shorter words ("of", "in") are never salient.
    static let minimumWordBytes = 3

    /// The distinct term hashes, sorted.
    let hashes: [UInt32]
    /// How often each term occurs, parallel to ``hashes`` (saturating).
    let counts: [UInt16]
    /// Whether the term looks like a name or a figure, parallel to ``hashes``: it is a number, or a capitalised
    /// word somewhere after another word (not only at the start of a sentence or paragraph).
    let entities: [Bool]

    /// Extracts the terms of a text.
    /// - Parameter text: The article text.
    /// - Complexity: O(n) in the UTF-8 length, plus O(t log t) to sort t terms.
    init(text: String) {
        var text = text
        self = text.withUTF8 { Self(utf8: $0, tokens: Tokenizer().tokens(inUTF8: $0)) }
    }

    /// Extracts the terms of a text already tokenized.
    /// - Parameters:
    ///   - bytes: The text's UTF-8 bytes.
    ///   - tokens: Its tokens (``Tokenizer/tokens(inUTF8:)``).
    /// - Complexity: O(n) in the UTF-8 length, plus O(t log t) to sort t terms.
    init(utf8 bytes: UnsafeBufferPointer<UInt8>, tokens: [Token]) {
        self.init(termKeys: ContentHashes.scan(bytes, tokens: tokens, terms: true).terms)
    }

    /// Collects the terms of a text from their keys (``ContentHashes/scan(_:tokens:terms:)``), so that one pass
    /// over the tokens serves both content analyses.
    /// - Parameter termKeys: Each term occurrence's hash shifted left by one, with the lowest bit set for a name-
    ///   or figure-like occurrence, in text order.
    /// - Complexity: O(t) expected for t occurrences (the hashes are uniform).
    init(termKeys: [UInt64]) {
        var scratch = ContentScratch.SortScratch()
        self = termKeys.withUnsafeBufferPointer { Self(termKeys: $0, scratch: &scratch) }
    }

    /// Collects the terms of a text from their keys, working in reusable buffers (the same terms as
    /// ``init(termKeys:)-([UInt64])``).
    /// - Parameters:
    ///   - termKeys: Each term occurrence's key, as for ``init(termKeys:)-([UInt64])``.
    ///   - scratch: Working memory, reused from article to article.
    /// - Complexity: O(t) expected for t occurrences (the hashes are uniform).
    init(termKeys: UnsafeBufferPointer<UInt64>, scratch: inout ContentScratch.SortScratch) {
        // Hash and flag in one sortable key: equal terms are adjacent.
        ContentScratch.reserve(&scratch.sorted64, termKeys.count)
        let (hashes, counts, entities) = scratch.sorted64.withUnsafeMutableBufferPointer { sorted in
            UniformSort.sort(termKeys, significantBits: 33, into: sorted, starts: &scratch.starts)
            let keys = UnsafeBufferPointer(rebasing: sorted[..<termKeys.count])
            var distinct = 0
            // Counted without branches (which key starts a new term is data, not control flow).
            if !keys.isEmpty { distinct = 1 }
            for index in keys.indices.dropFirst() { distinct &+= (keys[index] ^ keys[index - 1]) >> 1 != 0 ? 1 : 0 }
            // Distinct terms, written through pointers into arrays of their exact size.
            var written = 0
            var counts: [UInt16] = []
            var entities: [Bool] = []
            let hashes = [UInt32](unsafeUninitializedCapacity: distinct) { hashes, hashCount in
                counts = [UInt16](unsafeUninitializedCapacity: distinct) { counts, countCount in
                    entities = [Bool](unsafeUninitializedCapacity: distinct) { entities, entityCount in
                        for key in keys {
                            let value = UInt32(truncatingIfNeeded: key >> 1)
                            if written > 0 && hashes[written - 1] == value {
                                let last = counts[written - 1]
                                counts[written - 1] = last == .max ? last : last + 1
                                if key & 1 == 1 { entities[written - 1] = true }
                            } else {
                                hashes[written] = value
                                counts[written] = 1
                                entities[written] = key & 1 == 1
                                written += 1
                            }
                        }
                        entityCount = written
                    }
                    countCount = written
                }
                hashCount = written
            }
            return (hashes, counts, entities)
        }
        self.hashes = hashes
        self.counts = counts
        self.entities = entities
    }
}
