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
        var all: [UInt32] = []
        var entityLike: [Bool] = []
        text.withUTF8 { bytes in
            let tokens = Tokenizer().tokens(inUTF8: bytes)
            all.reserveCapacity(tokens.count)
            var afterWord = false
            for token in tokens {
                defer { afterWord = token.kind == .word || token.kind == .number || token.kind == .abbreviation }
                let name = token.kind != .number && afterWord && token.flags.contains(.capitalized)
                switch token.kind {
                case .number: break
                case .word, .abbreviation: guard token.end - token.start >= Self.minimumWordBytes else { continue }
                default: continue
                }
                var hash: UInt32 = 0x811C_9DC5
                for index in token.start ..< token.end {
                    var byte = bytes[index]
                    if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
                    hash = (hash ^ UInt32(byte)) &* 0x0100_0193
                }
                // The lowest bit tells numbers from words.
                all.append(token.kind == .number ? hash | 1 : hash & ~1)
                entityLike.append(token.kind == .number || name)
            }
        }
        // Hash and flag in one sortable key: equal terms are adjacent.
        var keys = zip(all, entityLike).map { UInt64($0) << 1 | ($1 ? 1 : 0) }
        keys.sort()
        var hashes: [UInt32] = []
        var counts: [UInt16] = []
        var entities: [Bool] = []
        for key in keys {
            let value = UInt32(truncatingIfNeeded: key >> 1)
            if hashes.last == value, let last = counts.last {
                counts[counts.count - 1] = last == .max ? last : last + 1
                if key & 1 == 1 { entities[entities.count - 1] = true }
            } else {
                hashes.append(value)
                counts.append(1)
                entities.append(key & 1 == 1)
            }
        }
        self.hashes = hashes
        self.counts = counts
        self.entities = entities
    }
}
