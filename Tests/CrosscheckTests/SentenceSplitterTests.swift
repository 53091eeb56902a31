import Testing

@testable import Crosscheck

/// The sentences of a text (no headline rule) as strings.
func sentenceTable(_ string: String, headline: HeadlineRule = .never) -> [String] {
    let document = Document(article: Article(id: "t", text: string), headline: headline)
    return document.sentences.map { document.span(of: $0).text }
}

@Suite struct SentenceSplitterTests {
    static let cases: [(String, [String])] = [
        // Plain boundaries.
        ("The envoy arrived. She met both sides!", ["The envoy arrived.", "She met both sides!"]),
        ("Is it over?? Nobody knows.", ["Is it over??", "Nobody knows."]),
        // Abbreviations, titles and initials.
        (
            "U.N. Secretary-General Ana Ruiz arrived. She met Mr. Novak and Gov. Lee at St. Mark's.",
            ["U.N. Secretary-General Ana Ruiz arrived.", "She met Mr. Novak and Gov. Lee at St. Mark's."]
        ),
        (
            "The deal was backed by the U.S. The vote is Friday.",
            ["The deal was backed by the U.S.", "The vote is Friday."]
        ),
        ("The U.S. Senate and the U.N. Security Council met.", ["The U.S. Senate and the U.N. Security Council met."]),
        ("Talks began at 10 a.m. The envoy spoke first.", ["Talks began at 10 a.m.", "The envoy spoke first."]),
        ("They signed on Sept. 5 in Geneva. It held.", ["They signed on Sept. 5 in Geneva.", "It held."]),
        ("J. K. Novak wrote it. It sold well.", ["J. K. Novak wrote it.", "It sold well."]),
        ("Acme Co. It rose 5%.", ["Acme Co.", "It rose 5%."]),
        (
            "Acme Co. shares rose and the No. 2 official, e.g. Ms. Ruiz, spoke.",
            ["Acme Co. shares rose and the No. 2 official, e.g. Ms. Ruiz, spoke."]
        ),
        ("It was in Sacramento, Calif. The fire spread.", ["It was in Sacramento, Calif.", "The fire spread."]),
        // Numbers.
        ("It costs $2.5bn. That is 3.5% more.", ["It costs $2.5bn.", "That is 3.5% more."]),
        ("It rose in 2021. 2022 was worse.", ["It rose in 2021.", "2022 was worse."]),
        // Quotation marks.
        ("He said “no.” Then he left.", ["He said “no.”", "Then he left."]),
        ("“Why?” he asked. “Because we can.”", ["“Why?” he asked.", "“Because we can.”"]),
        (
            "\"We will see,\" she said. \"Nothing is agreed.\"",
            ["\"We will see,\" she said.", "\"Nothing is agreed.\""]
        ),
        ("“It is over. We go home,” he said.", ["“It is over.", "We go home,” he said."]),
        ("'This is great.' she said.", ["'This is great.' she said."]),
        ("He works at Yahoo! in Paris.", ["He works at Yahoo! in Paris."]),
        // Brackets.
        ("He declined (as expected.) at first.", ["He declined (as expected.) at first."]),
        ("He declined. (She did not.) Talks resumed.", ["He declined.", "(She did not.)", "Talks resumed."]),
        // Ellipses.
        ("Wait... The answer came.", ["Wait...", "The answer came."]),
        ("Wait... what happened?", ["Wait... what happened?"]),
        ("He said … nothing more.", ["He said … nothing more."]),
        ("“We [...] will win,” he said.", ["“We [...] will win,” he said."]),
        ("It ended . . . quietly. Then . . . . Next one.", ["It ended . . . quietly.", "Then . . . .", "Next one."]),
        ("It ended. . . . The next one began.", ["It ended.", ". . . The next one began."]),
        // Addresses.
        ("Write to press@un.org. She replied.", ["Write to press@un.org.", "She replied."]),
        ("See https://un.org/a.html. It loads.", ["See https://un.org/a.html.", "It loads."]),
        // Lists.
        ("1. Call Kyiv. 2. Call Moscow.", ["1. Call Kyiv.", "2. Call Moscow."]),
        ("1) Call Kyiv 2) Call Moscow 3) Wait", ["1) Call Kyiv", "2) Call Moscow", "3) Wait"]),
        ("a. Kyiv b. Moscow c. Ankara", ["a. Kyiv", "b. Moscow", "c. Ankara"]),
        ("• Kyiv talks • Moscow talks", ["• Kyiv talks", "• Moscow talks"]),
        ("He scored 2. The team won.", ["He scored 2.", "The team won."]),
        // Party-and-state designations: initials joined by a period after a hyphen.
        (
            "Sen. Ann Park (D-N.Y.) spoke. A R-N.C. lawmaker left.",
            ["Sen. Ann Park (D-N.Y.) spoke.", "A R-N.C. lawmaker left."]
        ),
        ("He flew to N.Y. The talks began.", ["He flew to N.Y.", "The talks began."]),
        // Uncased scripts and camel case.
        ("It launched. iPhone sales rose.", ["It launched.", "iPhone sales rose."]),
        ("Он приехал. Переговоры начались.", ["Он приехал.", "Переговоры начались."]),
    ]

    @Test(arguments: cases)
    func splitsNewsSentences(text: String, expected: [String]) {
        #expect(sentenceTable(text) == expected)
    }

    @Test func sentencesNeverCrossParagraphs() {
        #expect(sentenceTable("He said\n\nthat it was over.") == ["He said", "that it was over."])
        #expect(sentenceTable("He said\nthat it was over.\n\nNext.") == ["He said\nthat it was over.", "Next."])
    }

    @Test func aHeadlineIsOneSentence() {
        let text = "Talks resume. Envoy hopeful\n\nThe envoy arrived. She met both sides."
        #expect(
            sentenceTable(text, headline: .always) == [
                "Talks resume. Envoy hopeful", "The envoy arrived.", "She met both sides.",
            ])
    }

    @Test func sentencesKnowTheirTokensAndParagraph() {
        let document = Document(article: Article(id: "t", text: "Ann left.\n\nBo came. Cy went."), headline: .never)
        #expect(document.sentences.map(\.tokens) == [0 ..< 3, 3 ..< 6, 6 ..< 9])
        #expect(document.sentences.map(\.paragraph) == [0, 1, 1])
        #expect(document.sentences.map { document.span(of: $0) }[2] == Span(start: 20, end: 28, text: "Cy went."))
    }
}
