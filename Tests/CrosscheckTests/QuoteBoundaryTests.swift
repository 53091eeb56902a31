import Testing

@testable import Crosscheck

/// Where a direct or partial quote starts and ends and which quoted pieces are one quote: quotes continued over a
/// paragraph break, quotation marks run together.
@Suite struct QuoteBoundaryTests {
    /// The direct and partial quotes of a body text (no headline).
    static func quoted(_ text: String) -> [Quote] {
        QuoteExtractor().quotes(in: Document(article: Article(id: "t", text: text), headline: .never))
            .filter { $0.kind != .indirect }
    }

    // MARK: - Quotes continued in the next paragraph

    @Test func aWholeParagraphQuoteContinuesTheQuoteAttributedAfterIt() throws {
        let text = """
            “The bridge has to be rebuilt before winter,” Ann Park said.

            “Nobody in this town wants another season of detours.”
            """
        let quoted = Self.quoted(text)
        #expect(quoted.count == 1)
        let quote = try #require(quoted.first)
        #expect(
            quote.parts?.map(\.text) == [
                "“The bridge has to be rebuilt before winter,”",
                "“Nobody in this town wants another season of detours.”",
            ])
        #expect(quote.speaker?.text == "Ann Park")
    }

    @Test func aWholeParagraphQuoteContinuesAPartialQuoteAttributedAfterIt() throws {
        let text = """
            The plan would be “a disaster for renters,” Ann Park said.

            “Nobody in this town can pay that much.”
            """
        let quoted = Self.quoted(text)
        #expect(quoted.count == 1)
        #expect(quoted.first?.parts?.count == 2)
        #expect(quoted.first?.speaker?.text == "Ann Park")
    }

    @Test func aQuoteAfterALeadInStaysApartFromTheNextParagraphsQuote() {
        let text = """
            Ann Park said: “The bridge has to be rebuilt before winter.”

            “Nobody in this town wants another season of detours.”
            """
        #expect(Self.quoted(text).count == 2)
    }

    @Test func aQuoteFollowedByMoreNarrationStaysApartFromTheNextParagraphsQuote() {
        let text = """
            “The bridge has to be rebuilt before winter,” Ann Park said. She then turned to the council.

            “Who is going to pay for it?”
            """
        #expect(Self.quoted(text).count == 2)
    }

    @Test func aNextParagraphQuoteWithMoreTextAfterItStaysApart() {
        let text = """
            “The bridge has to be rebuilt before winter,” Ann Park said.

            “Nobody wants detours.” The council voted on Monday.
            """
        #expect(Self.quoted(text).count == 2)
    }

    @Test func aQuoteRightAfterTheFirstQuotesAttributionGoesOnWithIt() throws {
        let text = """
            “The levy is unfair,” Ann Park said on Channel Five’s “Morning Report.” “It hits renters hardest.”
            """
        let quoted = Self.quoted(text)
        #expect(quoted.count == 1)
        let quote = try #require(quoted.first)
        #expect(quote.parts?.first?.text == "“The levy is unfair,”")
        #expect(quote.parts?.last?.text == "“It hits renters hardest.”")
        #expect(quote.speaker?.text == "Ann Park")
    }

    // MARK: - Split quotes

    @Test func aSecondPartAfterAParticipleCueIsAQuoteOfItsOwn() throws {
        let text = "“The levy is unfair,” Ann Park said, adding, “It hits renters hardest.”"
        let quoted = Self.quoted(text)
        #expect(quoted.map(\.quote.text) == ["“The levy is unfair,”", "“It hits renters hardest.”"])
        let second = try #require(quoted.last)
        #expect(second.cue?.text == "adding")
        #expect(second.speaker?.text == "Ann Park")
    }

    @Test func aSecondPartRightAfterTheAttributionContinuesTheQuote() throws {
        let text = "“The levy is unfair,” Ann Park said, “and it hits renters hardest.”"
        let quoted = Self.quoted(text)
        #expect(quoted.count == 1)
        #expect(quoted.first?.parts?.count == 2)
    }

    // MARK: - Quotes of one phrase

    @Test func quotesJoinedByAndOrOrWithoutACueAreOneQuote() throws {
        let text = "“Take back the town” and “fix the roads” were painted on every fence."
        let quoted = Self.quoted(text)
        #expect(quoted.count == 1)
        let quote = try #require(quoted.first)
        #expect(quote.kind == .partial)
        #expect(quote.parts?.map(\.text) == ["“Take back the town”", "“fix the roads”"])
        #expect(quote.confidence < 0.35)
    }

    // MARK: - Quotation marks run together

    @Test func threeApostrophesOpenTheOuterQuoteFirst() throws {
        let text = "'''Fair Play,' is my favourite show,'' he replied."
        let quote = try #require(Self.quoted(text).first)
        #expect(quote.quote.text == "'''Fair Play,' is my favourite show,''")
        #expect(quote.speaker?.text == "he")
    }

    @Test func threeApostrophesCloseTheInnerQuoteFirst() throws {
        let text = "She said, ''I still hum 'Home Again,''' and walked off."
        let quote = try #require(Self.quoted(text).first)
        #expect(quote.quote.text == "''I still hum 'Home Again,'''")
    }

    // MARK: - Line breaks

    @Test func aQuoteEndingItsSentenceAndItsLineIsNotAttributedByTheNextLine() throws {
        let text = """
            “The levy is unfair,” Ann Park said. “It hits renters hardest.”
            Tom Reyes paused, then said the council would vote in May.
            """
        let quoted = Self.quoted(text)
        #expect(quoted.count == 1)
        let quote = try #require(quoted.first)
        #expect(quote.parts?.last?.text == "“It hits renters hardest.”")
        #expect(quote.speaker?.text == "Ann Park")
    }

    // MARK: - Headline and standfirst

    @Test func aHeadlineAndStandfirstYieldNoQuotes() throws {
        let text = """
            Park calls the levy “unfair”;
            Council to vote on “the Reyes plan” next week.

            Ann Park called the levy “unfair” on Monday.
            """
        let quoted = Self.quoted(text)
        #expect(quoted.count == 1)
        let quote = try #require(quoted.first)
        #expect(quote.quote.text == "“unfair”")
        #expect(quote.speaker?.text == "Ann Park")
        #expect(quote.quote.start > text.unicodeScalars.count - 20)
    }

    @Test func aTwoLineFirstParagraphWithoutASemicolonKeepsItsQuotes() {
        let text = """
            Ann Park called the levy “unfair”
            on Monday.

            The council will vote next week.
            """
        #expect(Self.quoted(text).map(\.quote.text) == ["“unfair”"])
    }
}
