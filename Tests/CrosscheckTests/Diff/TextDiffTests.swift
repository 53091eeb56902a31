import Testing

@testable import Crosscheck

@Suite struct TextDiffTests {
    private func words(_ old: String, _ new: String, _ options: TextDiffOptions = TextDiffOptions()) -> [Edit] {
        TestSplitter.wordDiff(old, new, options: options)?.edits() ?? []
    }

    @Test(arguments: [
        ("in small way", "in a small way", "in {+a +}small way"),
        ("a b c", "a c", "a [-b -]c"),
        ("The cat sat.", "The dog sat.", "The [-cat-]{+dog+} sat."),
        ("Hello world", "Hello world", "Hello world"),
        ("", "New text.", "{+New text.+}"),
        ("Old text.", "", "[-Old text.-]"),
    ])
    func wordEditsFallOnWordBoundaries(old: String, new: String, expected: String) {
        let edits = words(old, new)
        #expect(reconstructionProblem(edits, old: old, new: new) == nil)
        #expect(inline(edits) == expected)
    }

    @Test func singleShortCommonWordBetweenChangesIsAbsorbed() {
        let old = "Officials rejected the proposal"
        let new = "Ministers welcomed the decision"
        let edits = words(old, new)
        #expect(reconstructionProblem(edits, old: old, new: new) == nil)
        #expect(edits.map(\.op) == [.replace])
    }

    @Test func longCommonStretchesStay() {
        let old = "The quick brown fox jumps over the lazy dog."
        let new = "The slow brown fox jumps over the lazy cat."
        #expect(inline(words(old, new)) == "The [-quick-]{+slow+} brown fox jumps over the lazy [-dog-]{+cat+}.")
    }

    @Test func whitespaceOnlyDifferencesAreCosmetic() {
        let old = "One  two three\nfour"
        let new = "One two three four"
        let result = TestSplitter.wordDiff(old, new)
        let edits = result?.edits() ?? []
        #expect(reconstructionProblem(edits, old: old, new: new) == nil)
        #expect(edits.filter { $0.op != .equal }.allSatisfy { $0.isCosmetic })
        #expect(edits.filter(\.isCosmetic).count == 2)
        #expect(result?.stats.wordsAdded == 0)
        #expect(result?.stats.wordsRemoved == 0)
        #expect(result?.stats.cosmeticEdits == 2)

        let significant = TestSplitter.wordDiff(old, new, options: TextDiffOptions(whitespace: .significant))
        #expect(significant?.edits().contains { $0.isCosmetic } == false)
        #expect(significant?.stats.cosmeticEdits == 0)
    }

    @Test func leadingAndTrailingWhitespaceIsCovered() {
        let old = "  Headline\n\nBody text.\n"
        let new = "Headline\n\nBody text, revised.\n\n"
        let edits = words(old, new)
        #expect(reconstructionProblem(edits, old: old, new: new) == nil)
    }

    @Test func similarReplacedWordCarriesCharacterEdits() {
        let edits = words("The colour of money", "The color of money")
        let replace = edits.first { $0.op == .replace }
        #expect(replace?.old?.text == "colour")
        #expect(inline(replace?.inner ?? []) == "colo[-u-]r")
        let unrelated = words("The colour of money", "The shape of money")
        #expect(unrelated.first { $0.op == .replace }?.inner.isEmpty == true)
        let spelling = words("The organization said no.", "The organisation said no.")
        #expect(inline(spelling.first { $0.op == .replace }?.inner ?? []) == "organi[-z-]{+s+}ation")
        // Different words that happen to share letters are not refined, nor are multi-word replacements.
        #expect(words("He said it", "He warned it").allSatisfy { $0.inner.isEmpty })
        #expect(words("on Tuesday morning", "on Wednesday evening").allSatisfy { $0.inner.isEmpty })
    }

    @Test func statisticsCountWords() {
        let result = TestSplitter.wordDiff(
            "The mayor said the budget was balanced.", "The mayor admitted the budget was not balanced at all.")
        let stats = result?.stats
        #expect(stats?.oldWords == 7)
        #expect(stats?.newWords == 10)
        #expect(stats?.wordsAdded == 4)  // admitted, not, at, all
        #expect(stats?.wordsRemoved == 1)  // said
        #expect(stats?.wordsChanged == 1)
    }

    @Test func unicodeOffsetsAreExact() {
        let cases = [
            ("Família 👩‍👩‍👧 feliz", "Família 👩‍👩‍👦 feliz"),
            ("cafe\u{301} noir", "café noir"),
            ("שלום עולם 123", "שלום לכם 123"),
            ("🇫🇷 wins 2–1 👏🏽", "🇩🇪 wins 3–1 👏🏿"),
        ]
        for (old, new) in cases {
            #expect(reconstructionProblem(words(old, new), old: old, new: new) == nil, "\(old) → \(new)")
            let chars = TextDiff.characters(old: SourceText(old), new: SourceText(new)).edits()
            #expect(reconstructionProblem(chars, old: old, new: new) == nil, "chars: \(old) → \(new)")
        }
        let edits = TextDiff.characters(old: SourceText("a😀b"), new: SourceText("a😀c")).edits()
        let expected = Edit(
            op: .replace, old: Span(start: 2, end: 3, text: "b"), new: Span(start: 2, end: 3, text: "c"))
        #expect(edits.last == expected)
    }

    @Test func lineDiff() {
        let old = "alpha\nbeta\ngamma\n"
        let new = "alpha\nbeta  \ndelta\ngamma\n"
        let result = TextDiff.lines(old: SourceText(old), new: SourceText(new))
        let edits = result.edits()
        #expect(reconstructionProblem(edits, old: old, new: new) == nil)
        #expect(inline(edits) == "alpha\nbeta  \n{+delta\n+}gamma\n")
        #expect(edits.contains { $0.isCosmetic })
    }

    @Test func sentenceDiff() throws {
        let old = SourceText("First one. Second one. Third one.")
        let new = SourceText("First one.  Second one, changed. Third one.")
        let result = try TextDiff.sentences(
            old: old, oldSentences: [0 ..< 10, 11 ..< 22, 23 ..< 33], new: new,
            newSentences: [0 ..< 10, 12 ..< 32, 33 ..< 43])
        #expect(reconstructionProblem(result.edits(), old: old.string, new: new.string) == nil)
        // The extra space before the changed sentence goes with the change it touches.
        #expect(inline(result.edits()) == "First one. [-Second one.-]{+ Second one, changed.+} Third one.")
    }

    @Test func invalidUnitsThrow() {
        let text = SourceText("héllo")
        let units = DiffUnits(granularity: .word, ranges: [0 ..< 2], ids: [1])
        #expect(throws: DiffError.self) {
            try TextDiff.diff(old: text, oldUnits: units, new: text, newUnits: units)
        }
        let mismatched = DiffUnits(granularity: .word, ranges: [0 ..< 1], ids: [])
        #expect(throws: DiffError.idCountMismatch(side: .old, units: 1, ids: 0)) {
            try TextDiff.diff(old: text, oldUnits: mismatched, new: text, newUnits: units)
        }
    }
}
