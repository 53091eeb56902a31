import CrosscheckTestSupport
import Testing

@testable import Crosscheck

/// Quotation-mark pairing: every style, nesting, quotes over paragraphs, unbalanced marks and apostrophes.
@Suite struct QuoteMarkPairerTests {
    /// The texts of the top-level quoted regions of a body text.
    static func regions(_ text: String) -> [String] {
        let document = Document(article: Article(id: "t", text: text), headline: .never)
        return document.text.utf8.withUnsafeBufferPointer { bytes in
            QuoteMarkPairer.regions(in: document, bytes: bytes).map {
                document.text.text(document.tokens[$0.open].start ..< document.tokens[$0.close].end)
            }
        }
    }

    static let cases: [(text: String, regions: [String])] = [
        // Styles.
        ("“One,” he said, “two.”", ["“One,”", "“two.”"]),
        ("\"One,\" he said, \"two.\"", ["\"One,\"", "\"two.\""]),
        ("‘One,’ he said, ‘two.’", ["‘One,’", "‘two.’"]),
        ("'One,' he said, 'two.'", ["'One,'", "'two.'"]),
        ("«Un», dit-il, «deux».", ["«Un»", "«deux»"]),
        ("„Eins“, sagte er.", ["„Eins“"]),
        ("``One,'' he said, ``two.''", ["``One,''", "``two.''"]),
        // Nesting: the outer quote is the region; an inner quote of either family stays inside it.
        ("“She said ‘no’ twice,” he said.", ["“She said ‘no’ twice,”"]),
        ("“A “double” inside,” he said.", ["“A “double” inside,”"]),
        ("“Outer «middle “inner” end» done,” he said.", ["“Outer «middle “inner” end» done,”"]),
        ("'He said \"wait\" and left,' she recalled.", ["'He said \"wait\" and left,'"]),
        // Apostrophes are not quotation marks.
        ("The players’ union said it wasn’t “fair.”", ["“fair.”"]),
        ("“It’s the ’90s again,” said the Joneses’ lawyer.", ["“It’s the ’90s again,”"]),
        ("“Rock ’n’ roll,” he said.", ["“Rock ’n’ roll,”"]),
        // Unbalanced marks: an unclosed quote is dropped, the closed quotes around it stay.
        ("“One,” he said, “two", ["“One,”"]),
        ("He said “one and then “two” and stopped.", ["“two”"]),
        ("Stray ” mark, then “a quote.”", ["“a quote.”"]),
        ("“", []),
        ("’", []),
    ]

    @Test(arguments: cases)
    func pairsMarks(case: (text: String, regions: [String])) {
        #expect(Self.regions(`case`.text) == `case`.regions)
    }

    @Test func continuesAQuoteIntoAParagraphThatReopensIt() {
        let text = "He said: “First paragraph.\n\n“Second paragraph.\n\n“Last one.” Then he left."
        #expect(Self.regions(text) == ["“First paragraph.\n\n“Second paragraph.\n\n“Last one.”"])
    }

    @Test func followsAQuoteOverHardWrappedLines() {
        let text = "He said “the first line\nand the second line.\nAnd the last,” and left.\n\nNew “paragraph.”"
        #expect(Self.regions(text) == ["“the first line\nand the second line.\nAnd the last,”", "“paragraph.”"])
    }

    @Test func dropsAQuoteLeftOpenWhenTheNextParagraphDoesNotReopenIt() {
        let text = "He said: “First paragraph.\n\nThe next paragraph is narration with “a quote.”"
        #expect(Self.regions(text) == ["“a quote.”"])
    }

    @Test func separatesConsecutiveQuotedParagraphs() {
        let text = "“Where?”\n\n“I don’t see him!”\n\n“Behind the tree!” the girl said."
        #expect(Self.regions(text) == ["“Where?”", "“I don’t see him!”", "“Behind the tree!”"])
    }

    @Test func neverCrashesOnRandomMarks() {
        var generator = SplitMix64(seed: 7)
        print("QuoteMarkPairerTests.neverCrashesOnRandomMarks seed 7")
        let pieces = ["“", "”", "\"", "'", "‘", "’", "«", "»", "„", "``", "''", " word", " a.", "\n\n", ",", " "]
        for _ in 0 ..< 300 {
            var text = ""
            for _ in 0 ..< Int.random(in: 1 ... 40, using: &generator) {
                text += pieces[Int.random(in: 0 ..< pieces.count, using: &generator)]
            }
            let regions = Self.regions(text)
            let quotes = QuoteExtractor().quotes(in: Document(article: Article(id: "r", text: text), headline: .never))
            #expect(regions.count <= text.count)
            QuoteExtractorTests.expectSpansSlice(quotes, text)
        }
    }
}
