import CrosscheckTestSupport
import Testing

@testable import Crosscheck

@Suite struct CanonicalKeyIndexTests {
    /// Words drawn from a small pool, some canonically equivalent but byte-different (precomposed and decomposed
    /// accents, singleton decompositions, two of them to ASCII: U+212A KELVIN SIGN is "K", U+037E GREEK QUESTION
    /// MARK is ";"), so that byte look-ups and `String` look-ups disagree if the index trusted bytes alone.
    private static let pool = [
        "caf\u{E9}", "cafe\u{301}", "said", "Said", "\u{2019}", "'", "e", "\u{E9}", "e\u{301}", "\u{212B}", "\u{C5}",
        "A\u{30A}", "ohm", "\u{2126}", "\u{3A9}", "", "na\u{EF}ve", "nai\u{308}ve", "x", "K", "\u{212A}", "OK",
        "O\u{212A}", ";", "\u{37E}",
    ]
    /// The ASCII words of the pool (a run of these alone never needs the dictionary).
    private static let asciiPool = pool.filter { $0.utf8.allSatisfy { $0 < 0x80 } }

    /// Numbers single strings exactly as a dictionary filled with "look up, else add the next index" does.
    @Test func numbersStringsLikeADictionary() {
        let seed = SplitMix64.testSeed()
        print("CanonicalKeyIndexTests.numbersStringsLikeADictionary seed \(seed)")
        var random = SplitMix64(seed: seed)
        for _ in 0 ..< 100 {
            var index = CanonicalKeyIndex<String>()
            var reference: [String: Int32] = [:]
            // Some runs stay ASCII for a while before the first other word, so the dictionary is built late.
            let asciiFirst = Int(random.next() % 60)
            for step in 0 ..< Int(random.next() % 200) {
                let pool = step < asciiFirst ? Self.asciiPool : Self.pool
                let word = pool[Int(random.next() % UInt64(pool.count))]
                var bytes = word
                let got = bytes.withUTF8 {
                    index.index(bytes: $0, isASCII: CanonicalKeyIndex<String>.isASCII($0), key: { word })
                }
                let expected: (Int32, Bool)
                if let known = reference[word] {
                    expected = (known, false)
                } else {
                    expected = (Int32(reference.count), true)
                    reference[word] = expected.0
                }
                #expect(got.index == expected.0 && got.isNew == expected.1, "\(word.unicodeScalars.map(\.value))")
                #expect(index.count == reference.count)
            }
        }
    }

    /// Numbers lists of strings (quote parts) like a dictionary keyed by the lists; lists whose concatenations are
    /// equal but whose parts differ ("ab" + "c", "a" + "bc") are different keys.
    @Test func numbersStringListsLikeADictionary() {
        let seed = SplitMix64.testSeed()
        print("CanonicalKeyIndexTests.numbersStringListsLikeADictionary seed \(seed)")
        var random = SplitMix64(seed: seed)
        for _ in 0 ..< 100 {
            var index = CanonicalKeyIndex<[String]>()
            var reference: [[String]: Int32] = [:]
            var buffer: [UInt8] = []
            let asciiFirst = Int(random.next() % 60)
            for step in 0 ..< Int(random.next() % 150) {
                let pool = step < asciiFirst ? Self.asciiPool : Self.pool
                let parts = (0 ..< Int(random.next() % 4)).map { _ in pool[Int(random.next() % UInt64(pool.count))] }
                buffer.removeAll()
                let isASCII = CanonicalKeyIndex<[String]>.appendEncoding(of: parts, to: &buffer)
                #expect(isASCII == parts.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } })
                let got = buffer.withUnsafeBufferPointer { index.index(bytes: $0, isASCII: isASCII, key: { parts }) }
                let expected: (Int32, Bool)
                if let known = reference[parts] {
                    expected = (known, false)
                } else {
                    expected = (Int32(reference.count), true)
                    reference[parts] = expected.0
                }
                #expect(got.index == expected.0 && got.isNew == expected.1, "\(parts)")
            }
        }
        var index = CanonicalKeyIndex<[String]>()
        var buffer: [UInt8] = []
        for parts in [["ab", "c"], ["a", "bc"], ["abc"], ["ab", "c"], [], [""]] {
            buffer.removeAll()
            let isASCII = CanonicalKeyIndex<[String]>.appendEncoding(of: parts, to: &buffer)
            _ = buffer.withUnsafeBufferPointer { index.index(bytes: $0, isASCII: isASCII, key: { parts }) }
        }
        #expect(index.count == 5)
        // An ASCII key met first, its canonical equivalent later: one index (the dictionary is built from the
        // ASCII keys when the first other key comes).
        var words = CanonicalKeyIndex<String>()
        for (word, expected) in [("K", Int32(0)), ("x", 1), ("\u{212A}", 0), ("K", 0), ("y", 2)] {
            var bytes = word
            let got = bytes.withUTF8 {
                words.index(bytes: $0, isASCII: CanonicalKeyIndex<String>.isASCII($0), key: { word })
            }
            #expect(got.index == expected, "\(word.unicodeScalars.map(\.value))")
        }
    }
}
