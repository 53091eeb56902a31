/// The word hashes behind both content analyses of story grouping, from one pass over a text's tokens: the 64-bit
/// hash of every word, number and abbreviation (``ShingleSketch``'s shingles are made of them) and the keys of the
/// salient terms (``SalientTerms``). Every token is hashed from its UTF-8 bytes with ASCII letters lowercased
/// (FNV-1a), both hashes in the same loop over its bytes.
enum ContentHashes {
    /// Hashes a tokenized text.
    /// - Parameters:
    ///   - bytes: The text's UTF-8 bytes.
    ///   - tokens: Its tokens (``Tokenizer/tokens(inUTF8:)``).
    ///   - terms: Whether to make the term keys too.
    /// - Returns: `words`: the 64-bit FNV-1a hash of every word, number and abbreviation token, in order;
    ///   `terms`: for every number token and every word or abbreviation token of at least
    ///   ``SalientTerms/minimumWordBytes`` bytes, in order, its 32-bit FNV-1a hash (lowest bit set for numbers,
    ///   clear for words) shifted left by one, with the lowest bit set when the token is a number or a capitalised
    ///   word right after another word, number or abbreviation (a name); empty unless `terms`.
    /// - Complexity: O(n) in the UTF-8 length.
    static func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, tokens: [Token], terms: Bool
    ) -> (words: [UInt64], terms: [UInt64]) {
        var keyCount = 0
        var keys: [UInt64] = []
        // Written through pointers into arrays of the largest possible size (one entry per token).
        let words = [UInt64](unsafeUninitializedCapacity: tokens.count) { words, wordCount in
            keys = [UInt64](unsafeUninitializedCapacity: terms ? tokens.count : 0) { keys, initialized in
                var afterWord = false
                for token in tokens {
                    let isWord = token.kind == .word || token.kind == .number || token.kind == .abbreviation
                    defer { afterWord = isWord }
                    guard isWord else { continue }
                    let isNumber = token.kind == .number
                    var wide = FNV1a()
                    if terms && (isNumber || token.end - token.start >= SalientTerms.minimumWordBytes) {
                        var narrow: UInt32 = 0x811C_9DC5
                        for index in token.start ..< token.end {
                            var byte = bytes[index]
                            if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
                            wide.add(UInt64(byte))
                            narrow = (narrow ^ UInt32(byte)) &* 0x0100_0193
                        }
                        // The lowest bit of the hash tells numbers from words.
                        let hash = isNumber ? narrow | 1 : narrow & ~1
                        let entity = isNumber || (afterWord && token.flags.contains(.capitalized))
                        keys[keyCount] = UInt64(hash) << 1 | (entity ? 1 : 0)
                        keyCount += 1
                    } else {
                        for index in token.start ..< token.end {
                            var byte = bytes[index]
                            if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
                            wide.add(UInt64(byte))
                        }
                    }
                    words[wordCount] = wide.value
                    wordCount += 1
                }
                initialized = keyCount
            }
        }
        return (words, keys)
    }
}
