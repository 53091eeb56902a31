import CrosscheckTestSupport
import Testing

@testable import Crosscheck

/// The content analyses of story grouping made in reused buffers (``ContentScratch``) are exactly those of the code
/// they replaced: fresh arrays per article, the standard library's sort.
@Suite struct ContentScratchTests {
    /// The sketch as first written: fresh arrays, shingle hashes sorted by the standard library.
    static func referenceSketch(_ wordHashes: [UInt64]) -> (shingles: [UInt32], bands: [UInt64]) {
        let k = ShingleSketch.shingleWords
        var bins = [UInt64](repeating: .max, count: ShingleSketch.signatureSize)
        var set: [UInt32] = []
        var window = (UInt64(0), UInt64(0), UInt64(0))
        var words = 0
        for hash in wordHashes {
            window = (window.1, window.2, hash)
            words += 1
            guard words >= k else { continue }
            let h = ShingleSketch.mix(
                ShingleSketch.mix(ShingleSketch.mix(0x9E37_79B9_7F4A_7C15 ^ window.0) ^ window.1) ^ window.2)
            bins[Int(h >> 58)] = min(bins[Int(h >> 58)], h & 0x03FF_FFFF_FFFF_FFFF)
            set.append(UInt32(truncatingIfNeeded: h))
        }
        if words > 0 && words < k {
            let all = [window.0, window.1, window.2].suffix(words)
            let h = ShingleSketch.mix(all.reduce(0x9E37_79B9_7F4A_7C15) { ShingleSketch.mix($0 ^ $1) })
            bins[Int(h >> 58)] = min(bins[Int(h >> 58)], h & 0x03FF_FFFF_FFFF_FFFF)
            set.append(UInt32(truncatingIfNeeded: h))
        }
        var signature = bins
        let size = ShingleSketch.signatureSize
        if set.isEmpty {
            signature = (0 ..< size).map { UInt64($0) &+ 0xDEAD_BEEF }
        } else {
            for bin in 0 ..< size where bins[bin] == .max {
                var distance = 1
                while bins[(bin + distance) % size] == .max { distance += 1 }
                signature[bin] = ShingleSketch.mix(bins[(bin + distance) % size] &+ UInt64(distance))
            }
        }
        let bands = (0 ..< ShingleSketch.bandCount).map { band in
            var h = ShingleSketch.mix(UInt64(band) &+ 0x5851_F42D_4C95_7F2D)
            for row in 0 ..< ShingleSketch.bandRows {
                h = ShingleSketch.mix(h ^ signature[band * ShingleSketch.bandRows + row])
            }
            return h
        }
        return (Array(Set(set)).sorted(), bands)
    }

    /// The terms as first written: keys sorted by the standard library, then counted.
    static func referenceTerms(_ keys: [UInt64]) -> (hashes: [UInt32], counts: [UInt16], entities: [Bool]) {
        var hashes: [UInt32] = []
        var counts: [UInt16] = []
        var entities: [Bool] = []
        for key in keys.sorted() {
            let value = UInt32(truncatingIfNeeded: key >> 1)
            if hashes.last == value {
                counts[counts.count - 1] = counts[counts.count - 1] == .max ? .max : counts[counts.count - 1] + 1
                if key & 1 == 1 { entities[entities.count - 1] = true }
            } else {
                hashes.append(value)
                counts.append(1)
                entities.append(key & 1 == 1)
            }
        }
        return (hashes, counts, entities)
    }

    /// A random news-like text: words from a small vocabulary (so shingles and terms repeat), capitalised names,
    /// numbers, punctuation, sometimes other scripts; from empty to a few hundred words.
    static func text(using random: inout SplitMix64) -> String {
        let vocabulary = [
            "the", "minister", "said", "on", "Tuesday", "Kazufa", "of", "talks", "3.5%", "1,500", "U.N.", "didn't",
            "O'Brien", "rescue", "climate", "Bay", "—", "“", "”", ",", ".", "Élan", "über", "東京", "2024-01-01",
        ]
        let lengths = [0, 1, 2, 3, 4, 20, 150, 400]
        let count = lengths[Int(random.next() % UInt64(lengths.count))] + Int(random.next() % 3)
        var words: [String] = []
        for _ in 0 ..< count {
            if random.next() % 40 == 0 {
                words.append(RandomText.make(pieceCount: 2, using: &random))
            } else {
                words.append(vocabulary[Int(random.next() % UInt64(vocabulary.count))])
            }
        }
        return words.joined(separator: " ")
    }

    @Test func analysesInReusedBuffersEqualTheReference() {
        let seed = SplitMix64.testSeed()
        print("analysesInReusedBuffersEqualTheReference seed \(seed)")
        var random = SplitMix64(seed: seed)
        // One scratch space for every article, in random order of length (stale contents would show).
        var scratch = ContentScratch()
        for index in 0 ..< 400 {
            let text = Self.text(using: &random)
            let article = Article(id: "\(index)", published: "2024-03-01", text: text)
            let entry = CorpusEntry(
                article: article, sequence: index, grouping: .similarity, salientTerms: true, scratch: &scratch)
            var utf8 = text
            let hashes = utf8.withUTF8 { bytes in
                ContentHashes.scan(bytes, tokens: Tokenizer().tokens(inUTF8: bytes), terms: true)
            }
            let sketch = Self.referenceSketch(hashes.words)
            let terms = Self.referenceTerms(hashes.terms)
            #expect(entry.sketch?.shingles == sketch.shingles, "seed \(seed), text \(index)")
            #expect(entry.sketch?.bands == sketch.bands, "seed \(seed), text \(index)")
            #expect(entry.salient?.hashes == terms.hashes, "seed \(seed), text \(index)")
            #expect(entry.salient?.counts == terms.counts, "seed \(seed), text \(index)")
            #expect(entry.salient?.entities == terms.entities, "seed \(seed), text \(index)")
            // The entry made without a shared scratch space is the same.
            let alone = CorpusEntry(article: article, sequence: index, grouping: .similarity)
            #expect(alone.sketch?.shingles == entry.sketch?.shingles, "seed \(seed), text \(index)")
            #expect(alone.sketch?.bands == entry.sketch?.bands, "seed \(seed), text \(index)")
        }
    }

    @Test func uniformSortIntoABufferSortsAnyValues() {
        let seed = SplitMix64.testSeed()
        print("uniformSortIntoABufferSortsAnyValues seed \(seed)")
        var random = SplitMix64(seed: seed)
        var starts: [Int32] = []
        for _ in 0 ..< 200 {
            // Uniform, clustered and repeated values, of any count.
            let count = Int(random.next() % 3_000)
            let spread = [UInt64(1) << 32, 1 << 20, 16][Int(random.next() % 3)]
            let values = (0 ..< count).map { _ in UInt32(truncatingIfNeeded: random.next() % spread) }
            var sorted = [UInt32](repeating: 0, count: count + 5)
            values.withUnsafeBufferPointer { values in
                sorted.withUnsafeMutableBufferPointer {
                    UniformSort.sort(values, significantBits: 32, into: $0, starts: &starts)
                }
            }
            #expect(Array(sorted.prefix(count)) == values.sorted(), "seed \(seed), \(count) values")
            #expect(UniformSort.sorted(values, significantBits: 32) == values.sorted(), "seed \(seed)")
        }
    }
}
