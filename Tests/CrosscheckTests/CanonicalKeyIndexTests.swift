import CrosscheckTestSupport
import Testing

@testable import Crosscheck

@Suite struct CanonicalKeyIndexTests {
    /// Words drawn from a small pool, some canonically equivalent but byte-different (precomposed and decomposed
    /// accents, a singleton decomposition), so that byte look-ups and `String` look-ups can disagree if the index
    /// trusted bytes alone.
    private static let pool = [
        "caf\u{E9}", "cafe\u{301}", "said", "Said", "\u{2019}", "'", "e", "\u{E9}", "e\u{301}", "\u{212B}", "\u{C5}",
        "A\u{30A}", "ohm", "\u{2126}", "\u{3A9}", "", "na\u{EF}ve", "nai\u{308}ve", "x",
    ]

    /// Numbers single strings exactly as a dictionary filled with "look up, else add the next index" does.
    @Test func numbersStringsLikeADictionary() {
        let seed = SplitMix64.testSeed()
        print("CanonicalKeyIndexTests.numbersStringsLikeADictionary seed \(seed)")
        var random = SplitMix64(seed: seed)
        for _ in 0 ..< 100 {
            var index = CanonicalKeyIndex<String>()
            var reference: [String: Int32] = [:]
            for _ in 0 ..< Int(random.next() % 200) {
                let word = Self.pool[Int(random.next() % UInt64(Self.pool.count))]
                var bytes = word
                let got = bytes.withUTF8 { index.index(bytes: $0, key: { word }) }
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
            for _ in 0 ..< Int(random.next() % 150) {
                let parts = (0 ..< Int(random.next() % 4)).map { _ in
                    Self.pool[Int(random.next() % UInt64(Self.pool.count))]
                }
                buffer.removeAll()
                CanonicalKeyIndex<[String]>.appendEncoding(of: parts, to: &buffer)
                let got = buffer.withUnsafeBufferPointer { index.index(bytes: $0, key: { parts }) }
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
        for parts in [["ab", "c"], ["a", "bc"], ["abc"], ["ab", "c"]] {
            buffer.removeAll()
            CanonicalKeyIndex<[String]>.appendEncoding(of: parts, to: &buffer)
            _ = buffer.withUnsafeBufferPointer { index.index(bytes: $0, key: { parts }) }
        }
        #expect(index.count == 3)
    }
}
