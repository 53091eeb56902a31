import CrosscheckTestSupport
import Testing

@testable import Crosscheck

/// The coarse-to-fine word diff (``ParagraphPass``): paragraphs first, words only where they changed.
@Suite struct ParagraphPassTests {
    /// Options that force the paragraph pass on small texts, and options that never use it.
    private static let paragraphs = TextDiffOptions(paragraphPassMinimumBytes: 0)
    private static let wordsOnly = TextDiffOptions(paragraphPassMinimumBytes: .max)

    private static let vocabulary: [String] = [
        "council", "budget", "library", "hall", "residents", "mayor", "vote", "tax", "road", "bridge", "school",
        "police", "river", "market", "station", "park", "hospital", "museum", "harbour", "airport", "tunnel", "stadium",
        "clinic", "court", "garden", "factory", "theatre", "ferry", "tower", "square", "office", "archive", "studio",
        "Guterres", "Kyiv", "Moscow", "U.N.", "1,500", "3.5%", "didn’t", "players’", "two-month", "“quoted”", "said",
        "warned", "agreed", "rejected", "announced", "delayed", "approved",
    ]

    /// A random sentence of distinct-looking words.
    private static func sentence(_ generator: inout SplitMix64) -> String {
        let count = Int.random(in: 6 ..< 14, using: &generator)
        var words: [String] = []
        for _ in 0 ..< count { words.append(vocabulary[Int.random(in: 0 ..< vocabulary.count, using: &generator)]) }
        words[0] = words[0].prefix(1).uppercased() + words[0].dropFirst()
        return words.joined(separator: " ") + (Bool.random(using: &generator) ? "." : ", he said.")
    }

    /// A random article of `count` paragraphs of one to three sentences.
    private static func article(paragraphs count: Int, _ generator: inout SplitMix64) -> [String] {
        (0 ..< count).map { _ in
            (0 ..< Int.random(in: 1 ... 3, using: &generator)).map { _ in sentence(&generator) }.joined(separator: " ")
        }
    }

    /// A later version: a few word edits in some paragraphs, and (with `movingParagraphs`) a paragraph deleted and
    /// one inserted.
    private static func edited(_ paragraphs: [String], movingParagraphs: Bool = true, _ generator: inout SplitMix64)
        -> [String]
    {
        var result = paragraphs
        for _ in 0 ..< 3 {
            let p = Int.random(in: 0 ..< result.count, using: &generator)
            var words = result[p].split(separator: " ").map(String.init)
            let w = Int.random(in: 0 ..< words.count, using: &generator)
            words[w] = vocabulary[Int.random(in: 0 ..< vocabulary.count, using: &generator)]
            result[p] = words.joined(separator: " ")
        }
        if movingParagraphs {
            result.remove(at: Int.random(in: 0 ..< result.count, using: &generator))
            result.insert(sentence(&generator), at: Int.random(in: 0 ... result.count, using: &generator))
        }
        return result
    }

    private static func diff(_ old: String, _ new: String, _ options: TextDiffOptions) throws -> ArticleDiffResult {
        try ArticleDiff.compare(old: Article(id: "a", text: old), new: Article(id: "b", text: new), options: options)
    }

    @Test func blocksFollowTheTokenizersBlankLines() {
        func blocks(_ text: String) -> [String] {
            let source = SourceText(text)
            return source.utf8.withUnsafeBufferPointer { ParagraphPass.blocks(of: $0) }.map { source.text($0) }
        }
        #expect(blocks("  One two.\n\nThree.  \n \t\nFour\nfive.\n") == ["One two.", "Three.", "Four\nfive."])
        #expect(blocks("a\r\n\r\nb\r\rc\r\nd") == ["a", "b", "c\r\nd"])
        // A no-break space or a control character on the middle line makes it not blank, as for the tokenizer.
        #expect(blocks("a\n\u{00A0}\nb\n\u{7}\nc") == ["a\n\u{00A0}\nb\n\u{7}\nc"])
        #expect(blocks(" \n\n ").isEmpty)
        #expect(blocks("") == [])
    }

    /// Tokenizing each block on its own gives exactly the whole text's tokens, on texts full of quotes, apostrophes,
    /// emoji sequences and odd spaces (the open-quote state resets at blank lines).
    @Test func blockTokensEqualWholeTextTokens() {
        let seed = propertySeed("blockTokensEqualWholeTextTokens", default: 0xB10C_5EED)
        var generator = SplitMix64(seed: seed)
        let tokenizer = Tokenizer()
        for trial in 0 ..< 300 {
            let text = SourceText(
                RandomText.make(pieceCount: Int.random(in: 1 ..< 120, using: &generator), using: &generator))
            let whole = tokenizer.tokens(in: text)
            let blocks = text.utf8.withUnsafeBufferPointer { ParagraphPass.blocks(of: $0) }
            let pieces = blocks.flatMap { tokenizer.tokens(in: text, block: $0) }
            #expect(pieces == whole, "trial \(trial), seed \(seed)")
            if pieces != whole { return }
        }
    }

    /// The paragraph pass satisfies the reconstruction property on random texts and on edited articles.
    @Test func reconstructsBothTexts() throws {
        let seed = propertySeed("ParagraphPass.reconstructsBothTexts", default: 0x9A2A_64A9)
        var generator = SplitMix64(seed: seed)
        for trial in 0 ..< 60 {
            let old: String
            let new: String
            if trial % 2 == 0 {
                let paragraphs = Self.article(paragraphs: Int.random(in: 8 ..< 30, using: &generator), &generator)
                old = paragraphs.joined(separator: "\n\n")
                new = Self.edited(paragraphs, &generator).joined(separator: "\n\n")
            } else {
                old = RandomText.make(pieceCount: 200, using: &generator)
                new = RandomText.make(pieceCount: 200, using: &generator)
            }
            let result = try Self.diff(old, new, Self.paragraphs)
            let problem = reconstructionProblem(result.edits(), old: old, new: new)
            #expect(problem == nil, "trial \(trial), seed \(seed): \(problem ?? "")")
        }
    }

    /// On articles whose changes stay inside paragraphs (distinct paragraphs, a few word edits), the paragraph pass
    /// gives the same edits and statistics as the word-by-word diff.
    @Test func sameEditsAsTheWordDiff() throws {
        let seed = propertySeed("ParagraphPass.sameEditsAsTheWordDiff", default: 0x5A3E_ED17)
        var generator = SplitMix64(seed: seed)
        for trial in 0 ..< 40 {
            let paragraphs = Self.article(paragraphs: Int.random(in: 10 ..< 40, using: &generator), &generator)
            let old = paragraphs.joined(separator: "\n\n") + "\n"
            let new = Self.edited(paragraphs, movingParagraphs: false, &generator).joined(separator: "\n\n") + "\n"
            let coarse = try Self.diff(old, new, Self.paragraphs)
            let full = try Self.diff(old, new, Self.wordsOnly)
            #expect(coarse.diff.textEdits == full.diff.textEdits, "trial \(trial), seed \(seed)")
            var stats = coarse.stats
            stats.isMinimal = full.stats.isMinimal
            #expect(stats == full.stats, "trial \(trial), seed \(seed)")
            #expect(!coarse.stats.isMinimal)
        }
    }

    /// A deleted paragraph and an inserted one, away from each other, are each one whole edit (the word diff of the
    /// whole text may instead fuse them with neighbouring word edits through short common words).
    @Test func deletedAndInsertedParagraphsAreWholeEdits() throws {
        let seed = propertySeed("ParagraphPass.deletedAndInsertedParagraphsAreWholeEdits", default: 0xDE1E_7E)
        var generator = SplitMix64(seed: seed)
        for trial in 0 ..< 40 {
            var paragraphs = Self.article(paragraphs: Int.random(in: 10 ..< 40, using: &generator), &generator)
            let old = paragraphs.joined(separator: "\n\n") + "\n"
            let deleted = paragraphs.remove(at: Int.random(in: 0 ..< paragraphs.count / 2, using: &generator))
            let inserted = Self.sentence(&generator)
            paragraphs.insert(
                inserted, at: Int.random(in: paragraphs.count / 2 + 2 ... paragraphs.count, using: &generator))
            let new = paragraphs.joined(separator: "\n\n") + "\n"
            let edits = try Self.diff(old, new, Self.paragraphs).edits()
            #expect(reconstructionProblem(edits, old: old, new: new) == nil)
            let changes = edits.filter { $0.op != .equal }
            #expect(changes.count == 2, "trial \(trial), seed \(seed)")
            #expect(changes.first?.op == .delete && changes.first?.old?.text.contains(deleted) == true)
            #expect(changes.last?.op == .insert && changes.last?.new?.text.contains(inserted) == true)
        }
    }

    /// A paragraph moved across the article (and one moved and edited) is still a move: both halves come from
    /// changed paragraphs, which the pass diffs word by word.
    @Test func findsMovesAcrossParagraphs() throws {
        var generator = SplitMix64(seed: 0x40E5)
        var paragraphs = Self.article(paragraphs: 30, &generator)
        let moved = "Residents packed the hall and several speakers demanded that the new library be funded first."
        let edited = "Neighbours filled the hall and many speakers insisted that the new library be funded first."
        paragraphs[3] = moved
        let old = paragraphs.joined(separator: "\n\n")
        var later = paragraphs
        later.remove(at: 3)
        later.insert(moved, at: 25)
        let result = try Self.diff(old, later.joined(separator: "\n\n"), Self.paragraphs)
        let moves = result.diff.textEdits.filter { $0.move != nil }
        #expect(moves.map(\.op) == [.delete, .insert])
        #expect(result.stats.moves == 1)
        #expect(result.stats.wordsMoved == 15)

        later[25] = edited
        let editedResult = try Self.diff(old, later.joined(separator: "\n\n"), Self.paragraphs)
        let insertion = try #require(editedResult.edits().first { $0.op == .insert && $0.move != nil })
        #expect(insertion.new?.text.contains("Neighbours filled the hall") == true)
        #expect(!insertion.inner.isEmpty)
        #expect(editedResult.stats.moves == 1)
    }

    /// Unchanged paragraphs count their words: statistics equal the word diff's even when everything is unchanged.
    @Test func identicalTextsCountTheirWords() throws {
        var generator = SplitMix64(seed: 7)
        let text = Self.article(paragraphs: 12, &generator).joined(separator: "\n\n")
        let coarse = try Self.diff(text, text, Self.paragraphs)
        let full = try Self.diff(text, text, Self.wordsOnly)
        #expect(coarse.diff.textEdits == full.diff.textEdits)
        #expect(coarse.stats.oldWords == full.stats.oldWords)
        #expect(coarse.stats.newWords > 0)
    }

    /// Long unchanged text has its words counted on a second thread: the statistics and edits still equal the
    /// word-by-word diff's.
    @Test func longUnchangedTextCountsTheSameWords() throws {
        let seed = propertySeed("ParagraphPass.longUnchangedTextCountsTheSameWords", default: 0xC0_017)
        var generator = SplitMix64(seed: seed)
        let paragraphs = Self.article(paragraphs: 3600, &generator)
        let old = paragraphs.joined(separator: "\n\n") + "\n"
        let new = Self.edited(paragraphs, movingParagraphs: false, &generator).joined(separator: "\n\n") + "\n"
        #expect(old.utf8.count >= 2 * ParagraphPass.parallelCountingMinimumBytes)
        let coarse = try Self.diff(old, new, Self.paragraphs)
        let full = try Self.diff(old, new, Self.wordsOnly)
        #expect(coarse.diff.textEdits == full.diff.textEdits, "seed \(seed)")
        var stats = coarse.stats
        stats.isMinimal = full.stats.isMinimal
        #expect(stats == full.stats, "seed \(seed)")
    }

    /// Small texts (below the default threshold) and the minimal engine never take the paragraph pass.
    @Test func smallTextsStayExact() throws {
        var generator = SplitMix64(seed: 11)
        let paragraphs = Self.article(paragraphs: 12, &generator)
        let old = paragraphs.joined(separator: "\n\n")
        let new = Self.edited(paragraphs, &generator).joined(separator: "\n\n")
        #expect(!ArticleDiff.usesParagraphPass(SourceText(old), SourceText(new), TextDiffOptions()))
        let minimal = TextDiffOptions(engine: .minimal, paragraphPassMinimumBytes: 0)
        #expect(!ArticleDiff.usesParagraphPass(SourceText(old), SourceText(new), minimal))
        #expect(try Self.diff(old, new, minimal).stats.isMinimal)
    }
}
