import CrosscheckTestSupport
import Foundation
import Testing

@testable import Crosscheck

@Suite struct DocumentTests {
    static let text = "Envoy in Geneva\n\nThe envoy arrived on Monday. “We listen,” she said.\n\nShare this:"

    @Test func autoHeadlineAppliesWithoutATitleOrWhenTheTextStartsWithIt() {
        let plain = Document(article: Article(id: "a", text: Self.text))
        #expect(plain.paragraphs.map(\.role) == [.headline, .body, .furniture])
        #expect(plain.headline.map { plain.span(of: $0).text } == "Envoy in Geneva")
        // A .txt input: the reader takes the title from the first line, which stays in the text.
        let fromText = Document(article: Article(id: "a", title: "Envoy in Geneva", text: Self.text))
        #expect(fromText.paragraphs.map(\.role) == [.headline, .body, .furniture])
        // A JSON/HTML input whose title is separate: the first line is body text.
        let titled = Document(article: Article(id: "a", title: "Talks in Geneva", text: Self.text))
        #expect(titled.paragraphs.map(\.role) == [.body, .body, .furniture])
        #expect(titled.headline == nil)
        let forced = Document(article: Article(id: "a", title: "T", text: Self.text), headline: .always)
        #expect(forced.paragraphs.first?.role == .headline)
    }

    /// The headline rule's title test agrees with its Foundation definition (trimmed title equals the trimmed first
    /// line, split at "\n" characters) on random titles and texts built from spaces, line breaks, tabs, Unicode
    /// spaces, combining marks and words.
    @Test func titleTestAgreesWithTheFoundationDefinition() {
        let seed = SplitMix64.testSeed()
        print("DocumentTests.titleTestAgreesWithTheFoundationDefinition seed \(seed)")
        var random = SplitMix64(seed: seed)
        let pieces = [
            " ", "\t", "\n", "\r\n", "\r", "\u{A0}", "\u{2003}", "\u{2028}", "\u{85}", "\u{0B}", "e", "\u{E9}",
            "e\u{301}", "Envoy", "in", "Geneva", "“", "”", "\u{200B}", "\u{200C}", "\u{1680}", "\u{202F}", "\u{205F}",
            "\u{3000}", "\u{FEFF}",
        ]
        func make(_ count: Int) -> String {
            (0 ..< count).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
        }
        func reference(_ article: Article) -> Bool {
            guard let title = article.title?.trimmingCharacters(in: .whitespaces), !title.isEmpty else { return true }
            guard let line = article.text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first
            else { return false }
            return line.trimmingCharacters(in: .whitespacesAndNewlines) == title
        }
        var agreed = 0
        var matches = 0
        for _ in 0 ..< 3000 {
            let title = make(Int(random.next() % 4))
            // Half the texts start with a variant of the title so that both outcomes are exercised.
            let text =
                random.next() % 2 == 0 ? make(Int(random.next() % 3)) + title + make(Int(random.next() % 6)) : make(8)
            let article = Article(id: "a", title: title, text: text)
            let expected = reference(article)
            if Document.textStartsWithTitle(article, bytes: Array(text.utf8)) == expected { agreed += 1 }
            if expected { matches += 1 }
        }
        #expect(agreed == 3000)
        #expect(matches > 100)
    }

    @Test func seedArticleReadFromTextHasItsHeadlineAndFurnitureMarked() throws {
        let articles = try ArticleReader().read(path: FixturePaths.path("guterres-moscow.txt"))
        let document = try #require(articles.first.map { Document(article: $0) })
        #expect(
            document.headline.map { document.span(of: $0).text }
                == "UN Chief Guterres to Meet with Putin on Ukraine War")
        #expect(
            document.paragraphs.filter { $0.role == .furniture }.map { document.span(of: $0).text }
                == ["your ad here", "leave a reply:"])
        #expect(document.sentences.count == 13)
    }

    @Test func spansSliceTheTextExactly() {
        let document = Document(article: Article(id: "a", text: Self.text))
        let scalars = Array(Self.text.unicodeScalars)
        let spans = document.sentences.map { document.span(of: $0) }
        #expect(spans.map(\.text) == ["Envoy in Geneva", "The envoy arrived on Monday.", "“We listen,” she said."])
        for span in spans { #expect(String(String.UnicodeScalarView(scalars[span.start ..< span.end])) == span.text) }
        #expect(document.text(of: document.tokens[0]) == "Envoy")
    }

    @Test func segmentedDocumentEncodesSortedKeysAndOptionalTokens() throws {
        let document = Document(article: Article(id: "a", text: "Hi there. Bye."))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let plain = try #require(
            String(data: try encoder.encode(SegmentedDocument(document: document)), encoding: .utf8))
        #expect(
            plain == #"{"id":"a","paragraphs":[{"role":"body","span":{"end":14,"start":0,"text":"Hi there. Bye."}}],"#
                + #""sentences":[{"end":9,"start":0,"text":"Hi there."},{"end":14,"start":10,"text":"Bye."}],"source":null}"#
        )
        let withTokens = SegmentedDocument(document: document, includeTokens: true)
        #expect(withTokens.tokens?.map(\.kind) == ["word", "word", "punctuation", "word", "punctuation"])
        #expect(withTokens.tokens?.first.map { [$0.start, $0.end] } == [0, 2])
    }
}
