import CrosscheckTestSupport
import Testing

@testable import Crosscheck

/// Cleanup behaviour in the spirit of diff-match-patch's tests, on our own cases (through the string facade).
@Suite struct DiffCleanupTests {
    typealias D = DiffMatchPatch.Diff
    private let dmp = DiffMatchPatch()

    private func d(_ pairs: [(Int, String)]) -> [D] {
        pairs.compactMap { code, text in DiffMatchPatch.Operation(rawValue: code).map { D($0, text) } }
    }

    @Test func mergeJoinsRunsAndFactorsCommonAffixes() {
        #expect(dmp.cleanupMerge(d([(-1, "ab"), (1, "cd"), (-1, "ef")])) == d([(-1, "abef"), (1, "cd")]))
        #expect(dmp.cleanupMerge(d([(-1, "dogs"), (1, "dots")])) == d([(0, "do"), (-1, "g"), (1, "t"), (0, "s")]))
        #expect(dmp.cleanupMerge(d([(0, "lo"), (0, "rem")])) == d([(0, "lorem")]))
        #expect(dmp.cleanupMerge([]) == [])
    }

    @Test func mergeSlidesEditsSidewaysToRemoveEqualities() {
        #expect(dmp.cleanupMerge(d([(0, "x"), (1, "yx"), (0, "z")])) == d([(1, "xy"), (0, "xz")]))
        #expect(dmp.cleanupMerge(d([(0, "q"), (-1, "rs"), (0, "r")])) == d([(0, "qr"), (-1, "sr")]))
    }

    @Test func semanticRemovesChaffEqualities() {
        #expect(dmp.cleanupSemantic(d([(-1, "cat"), (0, "a"), (1, "dog")])) == d([(-1, "cata"), (1, "adog")]))
        let kept = d([(-1, "cat"), (0, "s are lovely "), (1, "dog")])
        #expect(dmp.cleanupSemantic(kept) == kept)
    }

    @Test func semanticExtractsLargeOverlaps() {
        #expect(
            dmp.cleanupSemantic(d([(-1, "abcdefg1234"), (1, "1234xyz")]))
                == d([(-1, "abcdefg"), (0, "1234"), (1, "xyz")]))
        #expect(dmp.cleanupSemantic(d([(-1, "5678qq"), (1, "zz5678")])) == d([(1, "zz"), (0, "5678"), (-1, "qq")]))
        let small = d([(-1, "abcdefgh12"), (1, "12wxyzuv")])
        #expect(dmp.cleanupSemantic(small) == small)
    }

    @Test func losslessSlidesToWordAndParagraphBoundaries() {
        // Two positions score equally (spaces on both sides); ties go right, leaving trailing whitespace on the edit.
        #expect(
            dmp.cleanupSemanticLossless(d([(0, "I like th"), (1, "e red and th"), (0, "e blue car")]))
                == d([(0, "I like the "), (1, "red and the "), (0, "blue car")]))
        #expect(
            dmp.cleanupSemanticLossless(d([(0, "Alpha.\n\nBet"), (1, "a.\n\nBet"), (0, "a. End")]))
                == d([(0, "Alpha.\n\n"), (1, "Beta.\n\n"), (0, "Beta. End")]))
        // The edge of the text beats any inner boundary.
        #expect(
            dmp.cleanupSemanticLossless(d([(0, "Alpha.\n\nBet"), (1, "a.\n\nBet"), (0, "a.")]))
                == d([(0, "Alpha.\n\nBeta."), (1, "\n\nBeta.")]))
    }

    @Test func efficiencyRemovesCheapEqualities() {
        #expect(
            dmp.cleanupEfficiency(d([(-1, "ab"), (1, "12"), (0, "x"), (-1, "cd"), (1, "34")]))
                == d([(-1, "abxcd"), (1, "12x34")]))
        let long = d([(-1, "ab"), (1, "12"), (0, "wxyz"), (-1, "cd"), (1, "34")])
        #expect(dmp.cleanupEfficiency(long) == long)
    }

    @Test func weightsDecideWhatIsChaff() {
        // One common unit between two one-unit changes: chaff by count, kept when it weighs more than the changes.
        let a: [Int32] = [1, 2, 3]
        let b: [Int32] = [4, 2, 5]
        let ops = diff(a, b, options: .minimal).ops
        let scorer = ScalarBoundaryScorer(a: a, b: b)
        #expect(DiffCleanup.semantic(ops, a: a, b: b, scorer: scorer).count == 2)
        let weights = DiffWeights(a: [3, 10, 3], b: [3, 10, 3])
        #expect(DiffCleanup.semantic(ops, a: a, b: b, weights: weights, scorer: scorer).count == 5)
    }

    @Test func commonOverlapMatchesBruteForce() {
        let seed = propertySeed("common-overlap", default: 0xC1EA_0001)
        var rng = SplitMix64(seed: seed)
        for round in 0 ..< 500 {
            let x = (0 ..< Int.random(in: 0 ... 12, using: &rng)).map { _ in Int32.random(in: 0 ..< 3, using: &rng) }
            let y = (0 ..< Int.random(in: 0 ... 12, using: &rng)).map { _ in Int32.random(in: 0 ..< 3, using: &rng) }
            var expected = 0
            for k in stride(from: min(x.count, y.count), through: 1, by: -1)
            where Array(x.suffix(k)) == Array(y.prefix(k)) {
                expected = k
                break
            }
            #expect(
                DiffCleanup.commonOverlap(x, 0 ..< x.count, y, 0 ..< y.count) == expected, "round \(round) seed \(seed)"
            )
        }
    }

    @Test func cleanupsKeepScriptsValid() {
        let seed = propertySeed("cleanup-valid", default: 0xC1EA_0002)
        var rng = SplitMix64(seed: seed)
        for round in 0 ..< 300 {
            let a = (0 ..< Int.random(in: 0 ... 30, using: &rng)).map { _ in Int32.random(in: 97 ..< 101, using: &rng) }
            let b = (0 ..< Int.random(in: 0 ... 30, using: &rng)).map { _ in Int32.random(in: 97 ..< 101, using: &rng) }
            let ops = diff(a, b, options: .minimal).ops
            let scorer = ScalarBoundaryScorer(a: a, b: b)
            for (name, cleaned) in [
                ("merge", DiffCleanup.merge(ops, a: a, b: b)),
                ("semantic", DiffCleanup.semantic(ops, a: a, b: b, scorer: scorer)),
                ("lossless", DiffCleanup.semanticLossless(ops, a: a, b: b, scorer: scorer)),
                ("efficiency", DiffCleanup.efficiency(ops, a: a, b: b)),
            ] {
                #expect(scriptProblem(cleaned, a, b) == nil, "\(name) round \(round) seed \(seed)")
            }
        }
    }
}

@Suite struct DiffMatchPatchTests {
    @Test func diffMainOnScalars() {
        let dmp = DiffMatchPatch()
        #expect(
            dmp.diffMain("The cat", "The hat") == [
                .init(.equal, "The "), .init(.delete, "c"), .init(.insert, "h"), .init(.equal, "at"),
            ])
        #expect(dmp.diffMain("", "") == [])
        // Astral scalars count once (no surrogate pairs).
        let emoji = dmp.diffMain("a😀b", "a😃b")
        #expect(emoji == [.init(.equal, "a"), .init(.delete, "😀"), .init(.insert, "😃"), .init(.equal, "b")])
        #expect(DiffMatchPatch.levenshtein(emoji) == 1)
        #expect(DiffMatchPatch.xIndex(emoji, 2) == 2)
    }

    @Test func bisectHandlesEmptyTexts() {
        let dmp = DiffMatchPatch()
        #expect(dmp.bisect("", "ab", maxCost: .max) == [.init(.insert, "ab")])
        #expect(dmp.bisect("ab", "", maxCost: .max) == [.init(.delete, "ab")])
        #expect(dmp.bisect("", "", maxCost: .max) == [])
    }

    @Test func halfMatchFindsALongCommonMiddle() {
        #expect(DiffMatchPatch().halfMatch("xxABCDEFGHyy", "zABCDEFGHw") == ["xx", "yy", "z", "w", "ABCDEFGH"])
        #expect(DiffMatchPatch(halfMatch: false).halfMatch("xxABCDEFGHyy", "zABCDEFGHw") == nil)
        #expect(DiffMatchPatch().halfMatch("abcdefgh", "ijkl") == nil)
    }

    @Test func diffMainIsValidAndMinimalWithoutHalfMatch() {
        let seed = propertySeed("dmp-main", default: 0xD3A1_0001)
        var rng = SplitMix64(seed: seed)
        let alphabet = Array("ab😀\u{301}c ".unicodeScalars)
        let exact = DiffMatchPatch(halfMatch: false)
        for round in 0 ..< 300 {
            func text() -> String {
                String(
                    String.UnicodeScalarView(
                        (0 ..< Int.random(in: 0 ... 20, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! })
                )
            }
            let a = text()
            let b = text()
            for dmp in [DiffMatchPatch(), exact] {
                let diffs = dmp.diffMain(a, b)
                #expect(
                    DiffMatchPatch.text1(diffs) == a && DiffMatchPatch.text2(diffs) == b, "round \(round) seed \(seed)")
            }
            let changed = exact.diffMain(a, b).filter { $0.operation != .equal }.reduce(0) {
                $0 + $1.text.unicodeScalars.count
            }
            let sa = a.unicodeScalars.map { Int32(bitPattern: $0.value) }
            let sb = b.unicodeScalars.map { Int32(bitPattern: $0.value) }
            #expect(changed == sa.count + sb.count - 2 * lcsLength(sa, sb), "round \(round) seed \(seed)")
        }
    }
}
