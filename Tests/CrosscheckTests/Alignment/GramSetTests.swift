import CrosscheckTestSupport
import Testing

@testable import Crosscheck

/// The aligner's trigram set counts exactly what the sorted merge counts, however often it is reused.
@Suite struct GramSetTests {
    /// A sorted set of random 24-bit values, drawn from a small or a large range (small ranges overlap more).
    private static func grams(_ generator: inout SplitMix64, range: UInt32) -> [UInt32] {
        let count = Int.random(in: 0 ..< 300, using: &generator)
        return Set((0 ..< count).map { _ in UInt32.random(in: 0 ..< range, using: &generator) }).sorted()
    }

    @Test func countEqualsSortedIntersection() {
        let seed = SplitMix64.testSeed()
        print("GramSetTests.countEqualsSortedIntersection seed: \(seed) (replay with CROSSCHECK_SEED=\(seed))")
        var generator = SplitMix64(seed: seed)
        var set = GramSet()
        for round in 0 ..< 400 {
            // One set reused for sizes up and down, as the aligner reuses it sentence after sentence.
            let range: UInt32 = [64, 1_000, 1 << 24][round % 3]
            let a = Self.grams(&generator, range: range)
            set.reset(a)
            for _ in 0 ..< 12 {
                let b = Self.grams(&generator, range: range)
                #expect(set.count(in: b) == SortedIntersection.count(a, b), "\(a) \(b)")
            }
            #expect(set.count(in: a) == a.count)
        }
    }

    /// Keeping first occurrences leaves each distinct value once, in the order it first appears, and the set holding
    /// exactly those values, however often the set is reused.
    @Test func keepFirstOccurrencesEqualsAStableDeduplication() {
        let seed = SplitMix64.testSeed()
        print(
            "GramSetTests.keepFirstOccurrencesEqualsAStableDeduplication seed: \(seed) (replay with CROSSCHECK_SEED=\(seed))"
        )
        var generator = SplitMix64(seed: seed)
        var set = GramSet()
        for round in 0 ..< 400 {
            let range: UInt32 = [4, 64, 1_000, 1 << 24][round % 4]
            var values = (0 ..< Int.random(in: 0 ..< 400, using: &generator)).map { _ in
                UInt32.random(in: 0 ..< range, using: &generator)
            }
            var seen = Set<UInt32>()
            let expected = values.filter { seen.insert($0).inserted }
            set.keepFirstOccurrences(&values)
            #expect(values == expected)
            #expect(set.count(in: expected) == expected.count)
            let others = (0 ..< 50).map { _ in UInt32.random(in: 0 ..< range, using: &generator) }
            #expect(set.count(in: others) == others.count { seen.contains($0) })
        }
    }

    @Test func emptyAndExtremeValues() {
        var set = GramSet()
        #expect(set.count(in: [1, 2, 3]) == 0)
        set.reset([])
        #expect(set.count(in: [0, 5]) == 0)
        set.reset([0, 0xFF_FFFF, UInt32.max - 1])
        #expect(set.count(in: [0, 1, 0xFF_FFFF, UInt32.max - 1]) == 3)
        set.reset([7])
        #expect(set.count(in: [0, 0xFF_FFFF, 7]) == 1)
    }
}
