import CrosscheckTestSupport
import Testing

@testable import Crosscheck

/// The tokenizer's word count without tokens (``Tokenizer/wordCount(in:block:)``), which the paragraph pass uses for
/// the words of unchanged paragraphs: it must equal the number of tokens with a letter or digit, exactly.
@Suite struct TokenizerWordCountTests {
    /// Pieces that join or split words in every way the tokenizer knows, to be glued together without spaces.
    private static let joiners: [String] = [
        "word", "Word", "x", "s", "42", "3", "x-y", "a'b", "don't", "players'", "Turkey’s", "1.5", "1,000", "10:30",
        "24/7", "U.S.", "U.S.A.", "e.g.", "a.m.", "Ph.D.", "Mr.", "No.", "p.", "J.", "Jr.'s", "http://ex.com/a(b)c",
        "https://un.org/x.", "ftp://f.tp", "www.un.org.", "un.org", "a.b.c.d", "jane.doe@un.org", "a@b", "AT&T", "A&b",
        "-5", "+44", "$3", "€20", "5%", "20°C", "'90s", "’90s", "((", ")", "\"", "'", "‘", "’", "“", "”", "``", "''",
        "--", "-", "—", "−5", "…", "...", ".", ",", ":", "/", "&", "@", "%", "\u{301}", "é", "e\u{301}", "日本", "こ",
        "مرحبا", "שלום", "Москва", "٣", "½", "🇺🇦", "🇺", "👩‍💻", "x\u{200D}y", "\u{FE0F}", "\u{00A0}", "\u{200B}",
        "\u{2029}", "\t", "\u{1}", "\u{7F}", "_", "x_", "-x", "x-", "'x", "x'", "s’", "5-year-old", "2022-04-26",
    ]
    private static let glue: [String] = [" ", "", "", "", "\n", "\n\n", "  ", ".", ",", "-", "'", "’", "\r\n\r\n"]

    /// A text of glued pieces: most chunks between spaces hold several runs of letters and digits.
    private static func gluedText(_ generator: inout SplitMix64) -> String {
        var text = ""
        for _ in 0 ..< Int.random(in: 1 ..< 160, using: &generator) {
            text += joiners[Int.random(in: 0 ..< joiners.count, using: &generator)]
            text += glue[Int.random(in: 0 ..< glue.count, using: &generator)]
        }
        return text
    }

    /// The words among the tokens of a range, as the statistics count them.
    private static func tokenWords(_ tokens: [Token], _ text: SourceText) -> Int {
        text.utf8.withUnsafeBufferPointer { p in tokens.filter { WordCounter.isWord(p, $0.bytes) }.count }
    }

    /// Compares the count with the tokens' on the whole text and on every paragraph block.
    private static func mismatch(_ string: String) -> String? {
        let tokenizer = Tokenizer()
        let text = SourceText(string)
        let whole = tokenWords(tokenizer.tokens(in: text), text)
        let counted = tokenizer.wordCount(in: text, block: 0 ..< text.byteCount)
        if counted != whole { return "whole text: \(counted) words counted, \(whole) tokens with letters or digits" }
        for block in text.utf8.withUnsafeBufferPointer({ ParagraphPass.blocks(of: $0) }) {
            let expected = tokenWords(tokenizer.tokens(in: text, block: block), text)
            let found = tokenizer.wordCount(in: text, block: block)
            if found != expected { return "block \(text.text(block).debugDescription): \(found) against \(expected)" }
        }
        return nil
    }

    @Test(arguments: [
        ("Don't e-mail the U.S.", 4), ("1,500 times at 10:30, Mr. Jr.'s AT&T.", 7), ("", 0), ("  \n\n ... — “ ” ", 0),
        ("See https://un.org/a(b). or www.un.org, jane.doe@un.org and un.org.", 7),
        ("The players' union said ‘yes’ and ’90s $2bn −5 +44 20°C 5-year-old.", 12),
        ("word,word x.y U.S.A.x a-'b 日本語 e\u{301}te 👩‍💻 🇺🇦 ٣ ½", -1),
    ])
    func countsTheTokensWithALetterOrDigit(text: String, words: Int) {
        let source = SourceText(text)
        if words >= 0 { #expect(Tokenizer().wordCount(in: source, block: 0 ..< source.byteCount) == words) }
        #expect(Self.mismatch(text) == nil)
    }

    /// Seeded texts of article-like pieces in many scripts, and of pieces glued without spaces, so that most chunks
    /// need the tokenizer's own rules (hyphens, apostrophes, abbreviations, numbers, addresses, combining marks,
    /// emoji, CJK, right-to-left scripts).
    @Test func equalsTheTokenizersCountOnRandomTexts() {
        let seed = SplitMix64.testSeed()
        print("TokenizerWordCountTests seed: \(seed) (replay with CROSSCHECK_SEED=\(seed))")
        var generator = SplitMix64(seed: seed)
        for trial in 0 ..< 600 {
            let text =
                trial % 2 == 0
                ? RandomText.make(pieceCount: Int.random(in: 0 ..< 160, using: &generator), using: &generator)
                : Self.gluedText(&generator)
            let problem = Self.mismatch(text)
            #expect(problem == nil, "trial \(trial), seed \(seed): \(problem ?? "")")
            if problem != nil { return }
        }
    }
}

/// The shortcut in ``ScalarBoundaryScorer/isAlphaNumeric(_:)`` for General Punctuation agrees with the Unicode
/// properties it stands for.
@Suite struct AlphaNumericShortcutTests {
    @Test func generalPunctuationHasNoLetterOrDigit() {
        for value in UInt32(0x2000) ... 0x206F {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let letter: Bool
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: letter = true
            default: letter = false
            }
            #expect(!letter && scalar.properties.numericType == nil, "U+\(String(value, radix: 16, uppercase: true))")
            #expect(!ScalarBoundaryScorer.isAlphaNumeric(Int32(value)))
        }
    }
}
