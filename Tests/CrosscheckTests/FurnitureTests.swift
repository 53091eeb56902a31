import CrosscheckTestSupport
import Testing

@testable import Crosscheck

@Suite struct FurnitureTests {
    /// A made-up article shaped like a republished wire story, with an outlet's page furniture around it.
    static let article = """
        Envoy Heads to Geneva for Ceasefire Talks

        Skip to main content

        GENEVA — The U.N. envoy arrived in Geneva on Monday for talks on a 30-day ceasefire, her office said.

        “We are ready to listen to both sides,” spokesperson Ana Ruiz told reporters. “Nothing is agreed yet.”

        Advertisement

        The talks are expected to last three days.

        He declined.

        Share this:
        Twitter
        Facebook

        Related: Envoy’s last visit ended early

        your ad here

        leave a reply:

        © 2024 Example News. All rights reserved.
        """

    @Test func marksLeadingTrailingAndLexiconFurniture() {
        #expect(
            paragraphTable(Self.article) == [
                "headline: Envoy Heads to Geneva for Ceasefire Talks",
                "furniture: Skip to main content",
                "body: GENEVA — The U.N. envoy arrived in Geneva on Monday for talks on a 30-day ceasefire, her office said.",
                "body: “We are ready to listen to both sides,” spokesperson Ana Ruiz told reporters. “Nothing is agreed yet.”",
                "furniture: Advertisement",
                "body: The talks are expected to last three days.",
                "body: He declined.",
                "furniture: Share this:",
                "furniture: Twitter",
                "furniture: Facebook",
                "furniture: Related: Envoy’s last visit ended early",
                "furniture: your ad here",
                "furniture: leave a reply:",
                "furniture: © 2024 Example News. All rights reserved.",
            ])
    }

    @Test func furnitureKeepsEveryOtherOffset() {
        let withFurniture = Document(article: Article(id: "a", text: Self.article))
        let body = withFurniture.paragraphs.filter { $0.role == .body }.map { withFurniture.span(of: $0) }
        let spans = withFurniture.sentences.map { withFurniture.span(of: $0) }
        #expect(
            body.allSatisfy {
                Array(Self.article.unicodeScalars)[$0.start ..< $0.end].map(String.init).joined() == $0.text
            })
        #expect(
            spans.allSatisfy { span in body.contains { $0.start <= span.start && span.end <= $0.end } || span.start == 0
            })
        #expect(
            !spans.contains { $0.text.contains("ad here") || $0.text.contains("Share") || $0.text.contains("reply") })
    }

    @Test func lexiconMatchesAreCaseAndPunctuationInsensitive() {
        let text = SourceText("» READ MORE «")
        let tokens = Tokenizer().tokens(in: text)
        #expect(!Furniture.isPhrase(text: text, tokens: tokens, range: 0 ..< tokens.count))
        for line in [
            "» Read more", "SHARE THIS:", "Follow us on Twitter!", "Click here to subscribe.", "Leave a Reply",
        ] {
            let text = SourceText(line)
            let tokens = Tokenizer().tokens(in: text)
            #expect(Furniture.isPhrase(text: text, tokens: tokens, range: 0 ..< tokens.count), "\(line)")
        }
    }

    @Test func shortTextsAndShortSentencesAreNotFurniture() {
        #expect(paragraphTable("Hello world") == ["body: Hello world"])
        #expect(
            paragraphTable("Talks resume\n\nStill no deal\n\nNo date set") == [
                "headline: Talks resume", "body: Still no deal", "body: No date set",
            ])
        #expect(paragraphTable("The envoy arrived in Geneva on Monday for talks.\n\nShe left.")[1] == "body: She left.")
    }

    @Test func aFurnitureLineInsideAParagraphBecomesItsOwnParagraph() {
        #expect(
            paragraphTable("Talks resume\n\nThe envoy arrived on Monday for talks.\nShare this:\nLeave a reply:") == [
                "headline: Talks resume",
                "body: The envoy arrived on Monday for talks.",
                "furniture: Share this:",
                "furniture: Leave a reply:",
            ])
    }

    @Test func leadingShortLinesAfterTheFirstAreFurnitureAndBylinesToo() {
        let text = "Talks resume in Geneva\nBy Ana Ruiz\nUpdated 26 April 2024\nThe envoy arrived on Monday for talks."
        #expect(
            paragraphTable(text) == [
                "body: Talks resume in Geneva", "furniture: By Ana Ruiz", "furniture: Updated 26 April 2024",
                "body: The envoy arrived on Monday for talks.",
            ])
        #expect(
            paragraphTable("By Ana Ruiz\n\nThe envoy arrived on Monday for talks.", headline: false)[0]
                == "furniture: By Ana Ruiz")
    }

    @Test func separatorsWithoutWordsAreFurniture() {
        #expect(
            paragraphTable("The envoy arrived on Monday for talks.\n\n* * *\n\nShe left on Friday.", headline: false)
                == [
                    "body: The envoy arrived on Monday for talks.", "furniture: * * *", "body: She left on Friday.",
                ])
    }

    /// ``Furniture/normalized(_:)`` before its ASCII path: scalar by scalar on the lower-cased text.
    private static func referenceNormalized(_ text: String) -> String {
        let leadingMarks: Set<Character> = ["»", "›", ">", "→", "•", "*", "|", "-", "–", "—", "·", " ", "▶", "►"]
        let trailingMarks: Set<Character> = [":", ".", "!", "»", "›", ">", "→", "|", "…", " ", "▶", "►"]
        var out = ""
        var pendingSpace = false
        for scalar in text.lowercased().unicodeScalars {
            let isWhitespace =
                scalar.value < 0x80
                ? scalar.value == 0x20 || (scalar.value >= 0x09 && scalar.value <= 0x0D)
                : scalar.properties.isWhitespace
            if isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.unicodeScalars.append(" ") }
            pendingSpace = false
            switch scalar {
            case "\u{2018}", "\u{2019}", "\u{2032}": out.unicodeScalars.append("'")
            case "\u{201C}", "\u{201D}": out.unicodeScalars.append("\"")
            default: out.unicodeScalars.append(scalar)
            }
        }
        while let first = out.first, leadingMarks.contains(first) { out.removeFirst() }
        while let last = out.last, trailingMarks.contains(last) { out.removeLast() }
        return out
    }

    /// The ASCII path of the furniture key gives what the scalar-by-scalar normalisation gives, for ASCII texts
    /// full of marks, case and whitespace (CR LF included) and for texts with other characters.
    @Test func normalizedEqualsScalarByScalarNormalization() {
        let seed = SplitMix64.testSeed()
        print("FurnitureTests.normalizedEqualsScalarByScalarNormalization seed \(seed)")
        var random = SplitMix64(seed: seed)
        let ascii = [
            "a", "B", "z", "Z", "1", " ", "  ", "\t", "\r\n", "\n", ">", "*", "|", "-", ":", ".", "!", "'",
            "\"", "\u{1F}", "\u{7F}", "Read", "More", "©",
        ]
        let other = ["\u{2019}", "\u{201C}", "\u{A0}", "→", "…", "É", "e\u{301}", "»"]
        for round in 0 ..< 3000 {
            let pool = round % 3 == 0 ? ascii + other : ascii
            let text = (0 ..< Int(random.next() % 12)).map { _ in pool[Int(random.next() % UInt64(pool.count))] }
                .joined()
            #expect(Furniture.normalized(text) == Self.referenceNormalized(text), "\(text.unicodeScalars.map(\.value))")
        }
    }
}
