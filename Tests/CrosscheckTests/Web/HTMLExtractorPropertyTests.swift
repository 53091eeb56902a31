import CrosscheckTestSupport
import Testing

@testable import Crosscheck

/// Random tag soup never crashes the extractor, and its text keeps the output invariants.
@Suite struct HTMLExtractorPropertyTests {
    private static let pieces = [
        "<p>", "</p>", "<div class=\"article-body\">", "<div class=\"comments\">", "</div>", "<br>", "<br><br>",
        "<a href=\"/x\">", "</a>", "<ul><li>", "</li>", "</ul>", "<h2>", "</h2>", "<script>var a = '<p>';</script>",
        "<table><tr><td>", "</td></tr></table>", "&amp;", "&bogus;", "&#x1F600;", "&#0;", "<!-- comment -->",
        "<blockquote>", "</blockquote>", "<figure><figcaption>Caption text here</figcaption></figure>", "< ",
        ">", "\"", "\u{0}", "\u{FFFD}", "é", "The council voted on the new budget, which passed narrowly. ",
        "Residents said they were surprised by the decision, and some plan to appeal. ", "   \n\t ",
    ]

    @Test func randomTagSoupKeepsTheInvariants() throws {
        let seed = SplitMix64.testSeed()
        print("HTMLExtractorPropertyTests seed: \(seed)")
        var generator = SplitMix64(seed: seed)
        for round in 0 ..< 300 {
            var html = ""
            for _ in 0 ..< Int.random(in: 0 ... 120, using: &generator) {
                html += Self.pieces.randomElement(using: &generator) ?? ""
            }
            var bytes = Array(html.utf8)
            let flipped = round % 5 == 0 && !bytes.isEmpty
            if flipped {
                // Flip a few bytes to produce invalid UTF-8 as well.
                for _ in 0 ..< 3 { bytes[Int.random(in: 0 ..< bytes.count, using: &generator)] ^= 0x80 }
            }
            let article = try HTMLExtractor().extract(html: bytes, id: "r\(round)")
            let text = article.text
            #expect(!text.hasPrefix(" ") && !text.hasSuffix(" ") && !text.hasSuffix("\n"), "seed \(seed)")
            #expect(!text.contains("\n\n\n"), "seed \(seed)")
            #expect(!text.contains("  "), "seed \(seed)")
            if !flipped {
                // (A flipped byte can turn `<script>` into an unknown element whose content is text; a lone `<`
                // before a word would open an element whose attributes swallow the next tag, as in browsers.)
                #expect(!text.contains("var a"), "seed \(seed)")
                #expect(!text.contains("Caption text"), "seed \(seed)")
            }
        }
    }
}
