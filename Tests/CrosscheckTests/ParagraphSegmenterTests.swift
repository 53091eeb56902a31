import Testing

@testable import Crosscheck

/// The paragraphs of a text as `role: text` strings.
func paragraphTable(_ string: String, headline: Bool = true) -> [String] {
    let text = SourceText(string)
    let tokens = Tokenizer().tokens(in: text)
    return ParagraphSegmenter.paragraphs(in: text, tokens: tokens, headline: headline).map { paragraph in
        "\(paragraph.role.rawValue): \(text.text(paragraph.bytes))"
    }
}

@Suite struct ParagraphSegmenterTests {
    @Test func blankLinesSeparateParagraphsAndLinesWithinOneStayTogether() {
        let text =
            "Talks resume in Geneva\n\nThe envoy arrived on Monday\nafter a long delay.\n   \nHe met both sides.\n"
        #expect(
            paragraphTable(text) == [
                "headline: Talks resume in Geneva",
                "body: The envoy arrived on Monday\nafter a long delay.",
                "body: He met both sides.",
            ])
    }

    @Test func singleNewlinesSeparateParagraphsWhenThereIsNoBlankLine() {
        let text = "The envoy arrived on Monday.\nHe met both sides.\r\nTalks went on late."
        #expect(
            paragraphTable(text) == [
                "body: The envoy arrived on Monday.", "body: He met both sides.", "body: Talks went on late.",
            ])
    }

    @Test func headlineRuleNeedsABlankLineAfterASingleFirstLine() {
        #expect(paragraphTable("Talks resume\n\nThe envoy arrived.", headline: false)[0] == "body: Talks resume")
        #expect(paragraphTable("Talks resume\nin Geneva\n\nThe envoy arrived.")[0] == "body: Talks resume\nin Geneva")
        #expect(paragraphTable("Talks resume\nThe envoy arrived.")[0] == "body: Talks resume")
        #expect(paragraphTable("Talks resume in Geneva") == ["body: Talks resume in Geneva"])
    }

    @Test func paragraphSeparatorCharacterSeparatesParagraphs() {
        #expect(
            paragraphTable("One line.\u{2029}Another line.\u{2028}Same paragraph.", headline: false) == [
                "body: One line.", "body: Another line.\u{2028}Same paragraph.",
            ])
    }

    @Test func paragraphRangesAreTrimmedAndHaveTokens() {
        let text = SourceText("  \n\n  First one.  \n\n\n\tSecond one.\t\n  ")
        let tokens = Tokenizer().tokens(in: text)
        let paragraphs = ParagraphSegmenter.paragraphs(in: text, tokens: tokens, headline: false)
        #expect(paragraphs.map { text.text($0.bytes) } == ["First one.", "Second one."])
        #expect(paragraphs.map(\.tokens) == [0 ..< 3, 3 ..< 6])
    }

    @Test func emptyTextHasNoParagraphs() {
        #expect(paragraphTable("").isEmpty)
        #expect(paragraphTable(" \n\n \t").isEmpty)
    }
}
