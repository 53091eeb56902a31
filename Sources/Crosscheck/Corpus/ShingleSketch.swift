/// The content fingerprint of one article for story grouping: the set of its word shingles (hashed) and a MinHash
/// signature of that set, cut into LSH bands.
///
/// Words are the ``Tokenizer``'s word, number and abbreviation tokens, each hashed from its UTF-8 bytes with ASCII
/// letters lowercased (so case and punctuation changes do not matter); a shingle is ``shingleWords`` consecutive
/// words. The signature is one-permutation MinHash: each shingle hash goes to one of ``signatureSize`` bins by its
/// top bits and each bin keeps its smallest value; empty bins borrow from the next non-empty bin (rotation
/// densification), so two sets agree in a bin with probability close to their Jaccard similarity. Everything uses
/// fixed constants: the same text always gets the same sketch.
struct ShingleSketch: Sendable {
    /// Words per shingle.
    static let shingleWords = 3
    /// MinHash bins.
    static let signatureSize = 64
    /// Bins per LSH band; two articles are candidates when any band is equal in both.
    static let bandRows = 2
    /// Bands per signature.
    static let bandCount = signatureSize / bandRows

    /// The distinct shingle hashes (low 32 bits), sorted.
    let shingles: [UInt32]
    /// One key per band, mixing the band's index with its bins.
    let bands: [UInt64]

    /// Sketches a text.
    /// - Parameter text: The article text.
    /// - Complexity: O(n) in the UTF-8 length, plus O(s log s) to sort s shingles.
    init(text: String) {
        var text = text
        self = text.withUTF8 { Self(utf8: $0, tokens: Tokenizer().tokens(inUTF8: $0)) }
    }

    /// Sketches a text already tokenized.
    /// - Parameters:
    ///   - bytes: The text's UTF-8 bytes.
    ///   - tokens: Its tokens (``Tokenizer/tokens(inUTF8:)``).
    /// - Complexity: O(n) in the UTF-8 length, plus O(s log s) to sort s shingles.
    init(utf8 bytes: UnsafeBufferPointer<UInt8>, tokens: [Token]) {
        self.init(wordHashes: ContentHashes.scan(bytes, tokens: tokens, terms: false).words)
    }

    /// Sketches a text from the hashes of its words (``ContentHashes/scan(_:tokens:terms:)``), so that one pass
    /// over the tokens serves both content analyses.
    /// - Parameter wordHashes: The hash of every word, number and abbreviation token, in text order.
    /// - Complexity: O(w) for w words, plus O(s log s) to sort s shingles.
    init(wordHashes: [UInt64]) {
        var scratch = ContentScratch.SortScratch()
        self = wordHashes.withUnsafeBufferPointer { Self(wordHashes: $0, scratch: &scratch) }
    }

    /// Sketches a text from the hashes of its words, working in reusable buffers (the same sketch as
    /// ``init(wordHashes:)-([UInt64])``).
    /// - Parameters:
    ///   - wordHashes: The hash of every word, number and abbreviation token, in text order.
    ///   - scratch: Working memory, reused from article to article.
    /// - Complexity: O(w) for w words, plus O(s log s) to sort s shingles.
    init(wordHashes: UnsafeBufferPointer<UInt64>, scratch: inout ContentScratch.SortScratch) {
        let k = Self.shingleWords
        ContentScratch.reserve(&scratch.bins, Self.signatureSize)
        ContentScratch.reserve(&scratch.signature, Self.signatureSize)
        // One shingle per word at most (plus the one of a text too short for a whole shingle).
        ContentScratch.reserve(&scratch.hashes32, wordHashes.count + 1)
        ContentScratch.reserve(&scratch.sorted32, wordHashes.count + 1)
        var shingleCount = 0
        // The last k word hashes, oldest first; shingles are hashed as soon as k words are seen.
        var window = (UInt64(0), UInt64(0), UInt64(0))
        var words = 0
        scratch.bins.withUnsafeMutableBufferPointer { bins in
            for bin in 0 ..< Self.signatureSize { bins[bin] = .max }
            scratch.hashes32.withUnsafeMutableBufferPointer { set in
                for hash in wordHashes {
                    window = (window.1, window.2, hash)
                    words += 1
                    guard words >= k else { continue }
                    let h = Self.mix(Self.mix(Self.mix(0x9E37_79B9_7F4A_7C15 ^ window.0) ^ window.1) ^ window.2)
                    let bin = Int(h >> 58)
                    let value = h & 0x03FF_FFFF_FFFF_FFFF
                    // Without a branch (whether a bin's minimum changes is data: often at first, rarely later).
                    let old = bins[bin]
                    bins[bin] = value < old ? value : old
                    set[shingleCount] = UInt32(truncatingIfNeeded: h)
                    shingleCount += 1
                }
                if words > 0 && words < k {
                    // Too short for one shingle: one hash of all its words.
                    let all = [window.0, window.1, window.2].suffix(words)
                    let h = Self.mix(all.reduce(0x9E37_79B9_7F4A_7C15) { Self.mix($0 ^ $1) })
                    bins[Int(h >> 58)] = min(bins[Int(h >> 58)], h & 0x03FF_FFFF_FFFF_FFFF)
                    set[0] = UInt32(truncatingIfNeeded: h)
                    shingleCount = 1
                }
            }
        }
        // Sorted, then the distinct values kept.
        let count = shingleCount
        var distinct = 0
        scratch.hashes32.withUnsafeBufferPointer { set in
            scratch.sorted32.withUnsafeMutableBufferPointer { sorted in
                UniformSort.sort(
                    UnsafeBufferPointer(rebasing: set[..<count]), significantBits: 32, into: sorted,
                    starts: &scratch.starts)
                // Every value is written to the next place, which is kept only when it differs from the last
                // one kept (no branch).
                for index in 0 ..< count {
                    let value = sorted[index]
                    let isNew = distinct == 0 || sorted[distinct - 1] != value
                    sorted[distinct] = value
                    distinct &+= isNew ? 1 : 0
                }
            }
        }
        shingles = Array(scratch.sorted32[..<distinct])
        bands = scratch.bins.withUnsafeBufferPointer { bins in
            scratch.signature.withUnsafeMutableBufferPointer { signature in
                // Rotation densification: an empty bin takes the value of the next non-empty bin, offset by the
                // distance.
                for bin in 0 ..< Self.signatureSize {
                    if count == 0 {
                        signature[bin] = UInt64(bin) &+ 0xDEAD_BEEF
                    } else if bins[bin] == .max {
                        var distance = 1
                        while bins[(bin + distance) % Self.signatureSize] == .max { distance += 1 }
                        signature[bin] = Self.mix(bins[(bin + distance) % Self.signatureSize] &+ UInt64(distance))
                    } else {
                        signature[bin] = bins[bin]
                    }
                }
                return [UInt64](unsafeUninitializedCapacity: Self.bandCount) { bands, initialized in
                    for band in 0 ..< Self.bandCount {
                        var h = Self.mix(UInt64(band) &+ 0x5851_F42D_4C95_7F2D)
                        for row in 0 ..< Self.bandRows { h = Self.mix(h ^ signature[band * Self.bandRows + row]) }
                        bands[band] = h
                    }
                    initialized = Self.bandCount
                }
            }
        }
    }

    /// The Jaccard similarity of two sketches' shingle sets.
    /// - Parameter other: The other sketch.
    /// - Returns: |A ∩ B| / |A ∪ B|, 0 when both are empty.
    /// - Complexity: O(|A| + |B|).
    func jaccard(_ other: ShingleSketch) -> Double {
        let a = shingles
        let b = other.shingles
        guard !a.isEmpty || !b.isEmpty else { return 0 }
        let common = SortedIntersection.count(a, b)
        return Double(common) / Double(a.count + b.count - common)
    }

    /// Whether the Jaccard similarity of two sketches' shingle sets is at least `threshold`: exactly
    /// `jaccard(other) >= threshold`, but the merge of the two sets stops as soon as the answer is known — once
    /// enough shingles are shared, or once too few are left to share enough (and at once when the sizes alone
    /// rule it out).
    /// - Parameters:
    ///   - other: The other sketch.
    ///   - threshold: The least similarity.
    /// - Returns: `jaccard(other) >= threshold`.
    /// - Complexity: O(|A| + |B|) at worst.
    func jaccard(_ other: ShingleSketch, atLeast threshold: Double) -> Bool {
        let a = shingles
        let b = other.shingles
        guard !a.isEmpty || !b.isEmpty else { return 0 >= threshold }
        let total = a.count + b.count
        // The similarity with c shared shingles, computed as `jaccard` does; it never falls as c grows (a larger
        // numerator over a smaller denominator, each rounded once), so the answer is whether c reaches `needed`.
        @inline(__always) func similarity(_ common: Int) -> Double { Double(common) / Double(total - common) }
        let most = min(a.count, b.count)
        guard similarity(most) >= threshold else { return false }
        // The least shared count that is similar enough, by binary search over 0...most.
        var low = 0
        var high = most
        while low < high {
            let middle = (low + high) / 2
            if similarity(middle) >= threshold { high = middle } else { low = middle + 1 }
        }
        let needed = low
        guard needed > 0 else { return true }
        return a.withUnsafeBufferPointer { x in
            b.withUnsafeBufferPointer { y in
                var i = 0
                var j = 0
                var common = 0
                while i < x.count && j < y.count {
                    // Branch-free steps (as `SortedIntersection.count`), in blocks between the checks.
                    let stop = min(i + 32, x.count)
                    while i < stop && j < y.count {
                        let (u, v) = (x[i], y[j])
                        common &+= u == v ? 1 : 0
                        i &+= u <= v ? 1 : 0
                        j &+= v <= u ? 1 : 0
                    }
                    if common >= needed { return true }
                    if common + min(x.count - i, y.count - j) < needed { return false }
                }
                return common >= needed
            }
        }
    }

    /// A 64-bit finaliser (SplitMix64's).
    @inline(__always) static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
