import CrosscheckTestSupport
import Testing

@testable import Crosscheck

@Suite struct SequenceDiffTests {
    private func randomSequence(_ length: Int, alphabet: Int32, using rng: inout SplitMix64) -> [Int32] {
        (0 ..< length).map { _ in Int32.random(in: 0 ..< alphabet, using: &rng) }
    }

    /// A random edited copy of `a`: deletions, insertions and substitutions at random places.
    private func edited(_ a: [Int32], edits: Int, alphabet: Int32, using rng: inout SplitMix64) -> [Int32] {
        var b = a
        for _ in 0 ..< edits {
            let position = Int.random(in: 0 ... b.count, using: &rng)
            switch Int.random(in: 0 ..< 3, using: &rng) {
            case 0 where position < b.count: b.remove(at: position)
            case 1: b.insert(Int32.random(in: 0 ..< alphabet, using: &rng), at: position)
            default: if position < b.count { b[position] = Int32.random(in: 0 ..< alphabet, using: &rng) }
            }
        }
        return b
    }

    @Test func identicalAndEmptyInputs() {
        #expect(diff([], []).ops.isEmpty)
        #expect(diff([1, 2, 3], [1, 2, 3]).ops == [DiffOp(.equal, a: 0 ..< 3, b: 0 ..< 3)])
        #expect(diff([], [4, 5]).ops == [DiffOp(.insert, a: 0 ..< 0, b: 0 ..< 2)])
        #expect(diff([4, 5], []).ops == [DiffOp(.delete, a: 0 ..< 2, b: 0 ..< 0)])
    }

    @Test func insertionInTheMiddle() {
        let result = diff([1, 2, 3, 4], [1, 2, 9, 3, 4])
        #expect(
            result.ops == [
                DiffOp(.equal, a: 0 ..< 2, b: 0 ..< 2),
                DiffOp(.insert, a: 2 ..< 2, b: 2 ..< 3),
                DiffOp(.equal, a: 2 ..< 4, b: 3 ..< 5),
            ])
        #expect(result.isMinimal)
    }

    @Test func minimalScriptsMatchBruteForceLCS() {
        let seed = propertySeed("minimal-lcs", default: 0xD1FF_0001)
        var rng = SplitMix64(seed: seed)
        for round in 0 ..< 400 {
            let alphabet = Int32.random(in: 2 ... 8, using: &rng)
            let a = randomSequence(Int.random(in: 0 ... 40, using: &rng), alphabet: alphabet, using: &rng)
            let b =
                Bool.random(using: &rng)
                ? randomSequence(Int.random(in: 0 ... 40, using: &rng), alphabet: alphabet, using: &rng)
                : edited(a, edits: Int.random(in: 0 ... 6, using: &rng), alphabet: alphabet, using: &rng)
            let result = diff(a, b, options: .minimal)
            #expect(scriptProblem(result.ops, a, b) == nil, "round \(round) seed \(seed)")
            #expect(result.isMinimal)
            let optimum = a.count + b.count - 2 * lcsLength(a, b)
            #expect(result.distance == optimum, "round \(round) seed \(seed): \(a) → \(b)")
        }
    }

    @Test func defaultOptionsAreValidAndMinimalWhenTheySaySo() {
        let seed = propertySeed("anchored-valid", default: 0xD1FF_0002)
        var rng = SplitMix64(seed: seed)
        for round in 0 ..< 300 {
            let alphabet = Int32.random(in: 2 ... 200, using: &rng)
            let a = randomSequence(Int.random(in: 0 ... 120, using: &rng), alphabet: alphabet, using: &rng)
            let b = edited(a, edits: Int.random(in: 0 ... 20, using: &rng), alphabet: alphabet, using: &rng)
            let result = diff(a, b)
            #expect(scriptProblem(result.ops, a, b) == nil, "round \(round) seed \(seed)")
            if result.isMinimal {
                #expect(result.distance == a.count + b.count - 2 * lcsLength(a, b), "round \(round) seed \(seed)")
            }
        }
    }

    @Test func anchoringMatchesUniqueElementsAcrossAMove() {
        // 100...119 is a block that moved from the end to the start; unique elements keep the larger part aligned.
        let body = Array(Int32(0) ..< 60)
        let block = Array(Int32(100) ..< 120)
        let result = diff(body + block, block + body)
        #expect(scriptProblem(result.ops, body + block, block + body) == nil)
        #expect(result.equalCount == 60)
        #expect(!result.isMinimal)
    }

    @Test func workBoundYieldsValidNonMinimalScript() {
        let seed = propertySeed("work-bound", default: 0xD1FF_0003)
        var rng = SplitMix64(seed: seed)
        let a = randomSequence(3_000, alphabet: 4, using: &rng)
        let b = randomSequence(3_000, alphabet: 4, using: &rng)
        let result = diff(a, b, options: DiffOptions(anchoring: .none, maxCost: 10_000))
        #expect(scriptProblem(result.ops, a, b) == nil)
        #expect(result.hitWorkBound)
        #expect(!result.isMinimal)
        #expect(result.cost <= 10_000 + 2 * 6_000 + 64)
    }

    @Test func smallVocabularyEditsStayCheapAndClose() {
        // No element is unique or rare: anchoring falls back to sampled runs of four elements.
        let seed = propertySeed("small-vocabulary", default: 0xD1FF_0004)
        var rng = SplitMix64(seed: seed)
        let a = randomSequence(40_000, alphabet: 30, using: &rng)
        let b = edited(a, edits: 80, alphabet: 30, using: &rng)
        let result = diff(a, b)
        #expect(scriptProblem(result.ops, a, b) == nil)
        #expect(!result.hitWorkBound)
        #expect(result.distance <= 2 * 80 + 20, "seed \(seed)")
    }

    @Test func heavilyEditedLongRegionSplitsHeuristically() {
        let seed = propertySeed("heuristic-split", default: 0xD1FF_0005)
        var rng = SplitMix64(seed: seed)
        let a = randomSequence(20_000, alphabet: 4, using: &rng)
        let b = edited(a, edits: 3_000, alphabet: 4, using: &rng)
        let result = diff(a, b, options: DiffOptions(anchoring: .none))
        #expect(scriptProblem(result.ops, a, b) == nil)
        #expect(result.hitWorkBound)
        #expect(!result.isMinimal)
        // Not minimal, but far from deleting and inserting everything.
        #expect(result.distance < (a.count + b.count) / 2, "seed \(seed)")
    }

    @Test func zeroBudgetDeletesAndInserts() {
        let result = diff([1, 2, 3], [3, 2, 1], options: DiffOptions(anchoring: .none, maxCost: 0))
        #expect(result.ops == [DiffOp(.delete, a: 0 ..< 3, b: 0 ..< 0), DiffOp(.insert, a: 3 ..< 3, b: 0 ..< 3)])
        #expect(result.hitWorkBound)
    }

    @Test func sparseAndNegativeIdsAreRemapped() {
        let a: [Int32] = (0 ..< 80).map { Int32($0) * 1_000_003 % Int32.max - 5 }
        var b = a
        b.remove(at: 10)
        b.insert(-77, at: 40)
        let result = diff(a, b)
        #expect(scriptProblem(result.ops, a, b) == nil)
        #expect(result.distance == 2)
    }

    @Test func longestIncreasingChainIsLongest() {
        let chain = SequenceDiffer.longestIncreasingChain([(0, 5), (1, 1), (2, 2), (3, 9), (4, 3), (5, 4)])
        #expect(chain.map(\.1) == [1, 2, 3, 4])
    }
}
