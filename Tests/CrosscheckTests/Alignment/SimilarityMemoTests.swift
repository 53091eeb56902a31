import CrosscheckTestSupport
import Testing

@testable import Crosscheck

/// Sharing remembered sentence similarities between the document pairs of one alignment changes no link: every
/// pair aligned with the shared memo (in the order ``Alignment`` aligns them) gives the links it gives alone.
@Suite struct SimilarityMemoTests {
    /// Versions of one story: sentences from a small pool, some edited, dropped, repeated or moved.
    private static func story(_ generator: inout SplitMix64) -> [Document] {
        let pool = [
            "The talks in Geneva ended on Tuesday without an agreement.",
            "Officials said 1,500 people had been evacuated from the city.",
            "\u{201C}We will not give up,\u{201D} the minister told reporters.",
            "The United Nations called for an immediate ceasefire.",
            "Aid convoys reached the northern districts late on Monday.",
            "Prices rose by 12 percent in March, the statistics office said.",
            "The opposition rejected the proposal as a distraction.",
            "Talks are expected to resume next week in Vienna.",
            "Schools remained closed for a third day.",
            "The ministry declined to comment on the report.",
        ]
        let edits = ["", " officials", " again", " on Friday"]
        var documents: [Document] = []
        for index in 0 ..< Int.random(in: 3 ... 5, using: &generator) {
            var sentences: [String] = []
            for sentence in pool where Int.random(in: 0 ..< 5, using: &generator) > 0 {
                var text = sentence
                if Int.random(in: 0 ..< 4, using: &generator) == 0 {
                    text = String(text.dropLast()) + edits[Int.random(in: 0 ..< edits.count, using: &generator)] + "."
                }
                sentences.append(text)
                if Int.random(in: 0 ..< 12, using: &generator) == 0 { sentences.append(text) }
            }
            if sentences.count > 2, Int.random(in: 0 ..< 3, using: &generator) == 0 { sentences.swapAt(0, 2) }
            documents.append(
                Document(article: Article(id: "v\(index)", text: sentences.joined(separator: " ")), headline: .never))
        }
        return documents
    }

    @Test func memoizedPairsEqualUnmemoized() {
        let seed = SplitMix64.testSeed()
        print("SimilarityMemoTests.memoizedPairsEqualUnmemoized seed: \(seed) (replay with CROSSCHECK_SEED=\(seed))")
        var generator = SplitMix64(seed: seed)
        for _ in 0 ..< 60 {
            let documents = Self.story(&generator)
            let corpus = AlignmentCorpus(documents: documents)
            let rank = Alignment.canonicalRanks(documents)
            let memo = SimilarityMemo()
            for x in documents.indices {
                for y in documents.indices where rank[x] < rank[y] {
                    let (a, b) = (corpus.profiles[x], corpus.profiles[y])
                    let options = AlignmentOptions()
                    let alone = PairwiseAligner(a: a, b: b, options: options)
                    let shared = PairwiseAligner(a: a, b: b, options: options, memo: memo)
                    #expect(shared.candidates() == alone.candidates())
                    #expect(shared.align() == alone.align())
                }
            }
        }
    }

    @Test func remembersOrderedPairs() {
        let memo = SimilarityMemo()
        #expect(memo.lookup(1, 2) == nil)
        memo.remember(1, 2, shared: 0.5, similarity: 0.25)
        #expect(memo.lookup(1, 2)?.similarity == 0.25)
        #expect(memo.lookup(1, 2)?.shared == 0.5)
        #expect(memo.lookup(2, 1) == nil)
        memo.remember(Int32.max, 0, shared: 1, similarity: 1)
        #expect(memo.lookup(Int32.max, 0)?.similarity == 1)
        #expect(memo.lookup(0, Int32.max) == nil)
    }

    @Test func matchesADictionaryThroughGrowth() {
        let seed = SplitMix64.testSeed()
        print("SimilarityMemoTests.matchesADictionaryThroughGrowth seed: \(seed) (replay with CROSSCHECK_SEED=\(seed))")
        var generator = SplitMix64(seed: seed)
        let memo = SimilarityMemo()
        var model: [[Int32]: Double] = [:]
        for step in 0 ..< 20_000 {
            let range: ClosedRange<Int32> = step % 2 == 0 ? 0 ... 200 : 0 ... Int32.max
            let (a, b) = (Int32.random(in: range, using: &generator), Int32.random(in: range, using: &generator))
            let value = Double(step)
            memo.remember(a, b, shared: value, similarity: -value)
            model[[a, b]] = value
        }
        for (pair, value) in model {
            #expect(memo.lookup(pair[0], pair[1])?.shared == value)
            #expect(memo.lookup(pair[0], pair[1])?.similarity == -value)
        }
    }
}
