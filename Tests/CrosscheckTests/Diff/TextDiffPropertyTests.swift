import CrosscheckTestSupport
import Testing

@testable import Crosscheck

/// Reconstruction properties of text diffs on random inputs: the edits' spans rebuild both texts exactly.
@Suite struct TextDiffPropertyTests {
    private static let vocabulary = [
        "the", "a", "minister", "said", "on", "Tuesday", "that", "plan", "would", "fail", "2,500", "U.N.", "café",
        "naïve", "über", "Москва", "東京", "مرحبا", "שלום", "👍", "👩‍👩‍👧", "🇫🇷", "e\u{301}", ",", ".", "—", "“", "”", "'s",
    ]
    private static let spaces = [" ", " ", " ", "  ", "\n", "\n\n", "\t", " \u{00A0}", "\r\n", ""]
    private static let scalars: [String] = [
        "a", "b", "c", " ", "\n", "é", "e", "\u{301}", "\u{200D}", "👩", "👧", "🏽", "🇫", "🇷", "ש", "ל", "ו", "ם",
        "\u{200F}", "東", "京", "\u{0}", "\r", "—",
    ]

    private func randomText(_ rng: inout SplitMix64) -> [String] {
        (0 ..< Int.random(in: 0 ... 40, using: &rng)).map { _ in
            Self.vocabulary.randomElement(using: &rng)! + Self.spaces.randomElement(using: &rng)!
        }
    }

    private func edit(_ pieces: [String], _ pool: [String], _ rng: inout SplitMix64) -> [String] {
        var result = pieces
        for _ in 0 ..< Int.random(in: 0 ... 8, using: &rng) {
            let position = Int.random(in: 0 ... result.count, using: &rng)
            switch Int.random(in: 0 ..< 4, using: &rng) {
            case 0 where position < result.count: result.remove(at: position)
            case 1: result.insert(pool.randomElement(using: &rng)!, at: position)
            case 2 where position < result.count: result[position] = pool.randomElement(using: &rng)!
            default:
                // Move a stretch.
                if result.count > 4 {
                    let start = Int.random(in: 0 ..< result.count - 2, using: &rng)
                    let end = min(result.count, start + Int.random(in: 1 ... 12, using: &rng))
                    let block = Array(result[start ..< end])
                    result.removeSubrange(start ..< end)
                    result.insert(contentsOf: block, at: Int.random(in: 0 ... result.count, using: &rng))
                }
            }
        }
        return result
    }

    @Test func wordDiffsReconstructBothTexts() {
        let seed = propertySeed("word-reconstruction", default: 0x7E87_0001)
        var rng = SplitMix64(seed: seed)
        let pool = Self.vocabulary.map { $0 + " " }
        var roundsWithMoves = 0
        for round in 0 ..< 300 {
            let old = randomText(&rng)
            let new = edit(old, pool, &rng)
            let oldText = old.joined()
            let newText = new.joined()
            let options = TextDiffOptions(
                whitespace: Bool.random(using: &rng) ? .folded : .significant, minimumMoveWords: 3)
            guard let result = TestSplitter.wordDiff(oldText, newText, options: options) else {
                Issue.record("round \(round) seed \(seed): diff threw")
                continue
            }
            let edits = result.edits()
            if result.stats.moves > 0 { roundsWithMoves += 1 }
            #expect(reconstructionProblem(edits, old: oldText, new: newText) == nil, "round \(round) seed \(seed)")
            for edit in edits where edit.move != nil && !edit.inner.isEmpty {
                let innerNew = edit.inner.compactMap(\.new).map(\.text).joined()
                #expect(innerNew == edit.new?.text, "round \(round) seed \(seed): move inner edits")
            }
        }
        #expect(roundsWithMoves > 0, "seed \(seed): the generator should produce moves")
    }

    @Test func characterAndLineDiffsReconstructUnicodeTexts() {
        let seed = propertySeed("char-reconstruction", default: 0x7E87_0002)
        var rng = SplitMix64(seed: seed)
        for round in 0 ..< 300 {
            let old = (0 ..< Int.random(in: 0 ... 30, using: &rng)).map { _ in Self.scalars.randomElement(using: &rng)!
            }
            let new = edit(old, Self.scalars, &rng)
            let oldText = old.joined()
            let newText = new.joined()
            let chars = TextDiff.characters(old: SourceText(oldText), new: SourceText(newText)).edits()
            #expect(
                reconstructionProblem(chars, old: oldText, new: newText) == nil, "chars round \(round) seed \(seed)")
            let lines = TextDiff.lines(old: SourceText(oldText), new: SourceText(newText)).edits()
            #expect(
                reconstructionProblem(lines, old: oldText, new: newText) == nil, "lines round \(round) seed \(seed)")
            let words = TestSplitter.wordDiff(oldText, newText)?.edits() ?? []
            #expect(
                reconstructionProblem(words, old: oldText, new: newText) == nil, "words round \(round) seed \(seed)")
        }
    }

    @Test func characterDiffsAreMinimalWithoutCleanup() {
        let seed = propertySeed("char-minimal", default: 0x7E87_0003)
        var rng = SplitMix64(seed: seed)
        let options = TextDiffOptions(semanticCleanup: false, detectMoves: false, engine: .minimal)
        for round in 0 ..< 200 {
            let old = (0 ..< Int.random(in: 0 ... 25, using: &rng)).map { _ in Self.scalars.randomElement(using: &rng)!
            }
            let new = edit(old, Self.scalars, &rng)
            let a = old.joined().unicodeScalars.map { Int32(bitPattern: $0.value) }
            let b = new.joined().unicodeScalars.map { Int32(bitPattern: $0.value) }
            let result = TextDiff.characters(
                old: SourceText(old.joined()), new: SourceText(new.joined()), options: options)
            var changed = 0
            for edit in result.edits() where edit.op != .equal {
                changed += (edit.old?.text.unicodeScalars.count ?? 0) + (edit.new?.text.unicodeScalars.count ?? 0)
            }
            #expect(result.stats.isMinimal)
            #expect(changed == a.count + b.count - 2 * lcsLength(a, b), "round \(round) seed \(seed)")
        }
    }
}
