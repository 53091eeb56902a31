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
        var scratch = ContentScratch()
        let (wordCount, termCount) = tokens.withUnsafeBufferPointer {
            scan(bytes, tokens: $0, terms: terms, into: &scratch.words, &scratch.terms)
        }
        return (Array(scratch.words[..<wordCount]), Array(scratch.terms[..<termCount]))
    }

    /// Hashes a tokenized text into reusable buffers: ``scan(_:tokens:terms:)`` without allocating.
    /// - Parameters:
    ///   - bytes: The text's UTF-8 bytes.
    ///   - tokens: Its tokens (``Tokenizer/tokens(inUTF8:)``).
    ///   - terms: Whether to make the term keys too.
    ///   - words: Receives the word hashes in its first places (grown as needed).
    ///   - keys: Receives the term keys in its first places (grown as needed; untouched unless `terms`).
    /// - Returns: How many word hashes and term keys were written.
    /// - Complexity: O(n) in the UTF-8 length.
    static func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>, terms: Bool,
        into words: inout [UInt64], _ keys: inout [UInt64]
    ) -> (words: Int, terms: Int) {
        var wordCount = 0
        var keyCount = 0
        ContentScratch.reserve(&words, tokens.count)
        if terms { ContentScratch.reserve(&keys, tokens.count) }
        // Written through pointers into buffers of the largest possible size (one entry per token).
        words.withUnsafeMutableBufferPointer { words in
            keys.withUnsafeMutableBufferPointer { keys in
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
            }
        }
        return (wordCount, keyCount)
    }
}
