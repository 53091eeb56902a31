import CrosscheckTestSupport
import Foundation
import Testing

@testable import Crosscheck

@Suite struct HTMLExtractorTests {
    private func fixture(_ name: String) throws -> [UInt8] {
        let path = FixturePaths.path("web/" + name)
        return try #require(FileManager.default.contents(atPath: path).map { [UInt8]($0) }, "missing \(path)")
    }

    private func paragraphs(_ article: Article) -> [String] {
        article.text.components(separatedBy: "\n\n")
    }

    @Test func newsPageKeepsTheStoryAndDropsThePageFurniture() throws {
        let article = try HTMLExtractor().extract(html: fixture("news.html"), id: "news")
        #expect(article.title == "Harbour bridge reopens after two years of repairs")
        #expect(article.source == "The Riverside Courier")
        #expect(article.published == "2024-03-05T08:30:00Z")
        #expect(article.url == "https://courier.example/news/harbour-bridge-reopens")
        #expect(article.author == "Mara Lindqvist")
        #expect(
            paragraphs(article) == [
                "The harbour bridge reopened to traffic on Tuesday morning, two years after engineers closed it when "
                    + "inspectors found corroded cables beneath the deck.",
                "“It is a relief for everyone who commutes across the river,” said the city’s transport director, "
                    + "Aino Virtanen, who drove the first car across at 6 a.m.",
                "The repairs cost 48 million euros, about 12 million more than the council budgeted in 2022, largely "
                    + "because steel prices rose during the first year of work.",
                "What changes for drivers",
                "Lorries heavier than 40 tonnes will still have to use the ring road until a final load test in June, "
                    + "the council said.",
                "Cyclists get a separate lane on the eastern side, and the speed limit drops to 50 km/h, down from 70.",
                "Shop owners on the harbour front said trade fell by a third during the closure and hoped customers "
                    + "would now return.",
            ])
    }

    @Test(arguments: [
        "Skip to content", "Home", "cookies", "By Mara", "Published March", "Share on", "Photo: Jonas",
        "Advertisement", "Council approves", "Read more", "newsletter", "Ferry timetable", "riverfan", "Finally!",
        "Storm warning", "All rights reserved", "two years of repairs",
    ])
    func newsPageLeavesOut(_ boilerplate: String) throws {
        let article = try HTMLExtractor().extract(html: fixture("news.html"), id: "news")
        #expect(!article.text.contains(boilerplate))
    }

    @Test func givenURLWinsAndNamesTheSourceWhenThePageHasNoSiteName() throws {
        let html = Array(
            """
            <html><body><div class="post-content"><p>A short but complete paragraph about the weather in the valley \
            this weekend, with rain expected on Sunday.</p></div></body></html>
            """.utf8)
        let article = try HTMLExtractor().extract(html: html, url: "https://www.weather.example/valley?x=1", id: "w")
        #expect(article.url == "https://www.weather.example/valley?x=1")
        #expect(article.source == "www.weather.example")
        #expect(article.text.hasPrefix("A short but complete paragraph"))
    }

    @Test func jsonLDArticleBodyStandsInForAnEmptyAppShell() throws {
        let article = try HTMLExtractor().extract(html: fixture("jsonld.html"), id: "ld")
        #expect(article.title == "Wind farm approved off the northern coast")
        #expect(article.published == "2024-02-11T14:00:00+01:00")
        #expect(article.source == "Northern Ledger")
        #expect(article.author == "Tove Haugen, Lars Berg")
        #expect(paragraphs(article).count == 3)
        #expect(article.text.hasPrefix("Regulators approved a 60-turbine wind farm"))
        #expect(!article.text.contains("JavaScript"))
    }

    @Test func structuredDataCanBeTurnedOff() throws {
        let options = HTMLExtractionOptions(useStructuredData: false)
        let article = try HTMLExtractor(options: options).extract(html: fixture("jsonld.html"), id: "ld")
        #expect(!article.text.contains("wind farm"))
    }

    @Test func malformedMarkupIsRepairedNotRejected() throws {
        let article = try HTMLExtractor().extract(html: fixture("malformed.html"), id: "bad")
        #expect(article.title == "Broken & bent markup")
        #expect(
            paragraphs(article) == [
                "This paragraph is never closed and has a bad entity &notanentity; plus a lone ampersand & inside, and a "
                    + "numeric one — that works.",
                "The second paragraph starts without closing the first, bold text that never ends, and italics too,",
                "A third paragraph carries a link and a stray closing tag right in the middle of its sentence.",
                "A fourth paragraph sits in a div whose class attribute has no quotes, which browsers forgive, as does "
                    + "this reader.",
                "A cell of a table that was never closed, holding a sentence long enough to count as text.",
            ])
    }

    @Test func hugeAttributeDoesNotDisturbTheText() throws {
        var html = Array(#"<html><body><div class="story" data-blob=""#.utf8)
        html += [UInt8](repeating: UInt8(ascii: "x"), count: 4 << 20)
        html += Array(#""><p>The only paragraph of this page is long enough to be the article's text."#.utf8)
        html += Array("</p></div></body></html>".utf8)
        let article = try HTMLExtractor().extract(html: html, id: "huge")
        #expect(article.text == "The only paragraph of this page is long enough to be the article's text.")
    }

    @Test func deepNestingIsHandledWithoutRecursion() throws {
        var html = Array("<html><body>".utf8)
        for _ in 0 ..< 50_000 { html += Array("<div>".utf8) }
        html += Array("<p>Deep inside fifty thousand unclosed divisions sits one paragraph of real text.</p>".utf8)
        let article = try HTMLExtractor().extract(html: html, id: "deep")
        #expect(article.text == "Deep inside fifty thousand unclosed divisions sits one paragraph of real text.")
    }

    @Test func windows1252PageDecodesThroughItsMetaCharset() throws {
        let article = try HTMLExtractor().extract(html: fixture("windows-1252.html"), id: "cp")
        #expect(article.title == "Café prices")
        #expect(
            article.text.hasPrefix(
                "“Prices are up again,” said the owner of the café on the square — a coffee now costs €3.20"))
    }

    @Test func httpCharsetOverridesTheDocumentsDeclaration() throws {
        // The page claims UTF-8, but the server said latin-1 and the bytes are latin-1.
        let html: [UInt8] =
            Array("<html><head><meta charset=\"utf-8\"></head><body><div class=\"entry\"><p>".utf8)
            + [0x4C, 0x61, 0x20, 0x63, 0x72, 0xE8, 0x6D, 0x65]
            + " br\u{FB}l\u{E9}e est servie dans tous les caf\u{E9}s de la ville depuis lundi.</p></div></body></html>"
            .unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
        let article = try HTMLExtractor().extract(
            html: html, httpContentType: "text/html; charset=ISO-8859-1", id: "latin")
        #expect(article.text == "La crème brûlée est servie dans tous les cafés de la ville depuis lundi.")
    }

    @Test func oversizedPageIsRejectedWithTheLimit() {
        let options = HTMLExtractionOptions(maxDocumentBytes: 10)
        #expect(throws: WebError.documentTooLarge(id: "big", limit: 10)) {
            try HTMLExtractor(options: options).extract(html: Array("<p>01234567".utf8), id: "big")
        }
    }

    @Test(arguments: [
        ("", ""), ("<html></html>", ""), ("\u{0}\u{1}\u{2}", ""), ("<p>tiny</p>", ""),
    ])
    func emptyOrTinyPagesGiveEmptyText(_ html: String, _ expected: String) throws {
        let article = try HTMLExtractor().extract(html: Array(html.utf8), id: "e")
        #expect(article.text == expected)
    }

    @Test func embeddedPostInsideASocialWrapperIsKept() throws {
        let html = Array(
            """
            <html><body><article><div class="article-body">
            <p>The mayor answered critics on social media late on Tuesday evening, hours after the vote.</p>
            <div class="social-embed"><blockquote class="twitter-tweet"><p>We listened, and the park stays open \
            for everyone this summer.</p>— Mayor (@mayor) <a href="https://x.example/1">June 4, 2024</a>\
            </blockquote></div>
            <p>Opposition councillors said the decision came too late for the spring season.</p>
            </div></article></body></html>
            """.utf8)
        let article = try HTMLExtractor().extract(html: html, id: "tweet")
        #expect(article.text.contains("We listened, and the park stays open for everyone this summer."))
    }

    @Test func runsOfLinkOnlyLinesAreDroppedButSingleLinksInTextStay() throws {
        let html = Array(
            """
            <html><body><div class="entry-content">
            <p>The festival sold out within an hour, organisers said, and a second weekend is being planned.</p>
            <p><a href="/t">Get tickets at the box office for 25 euros</a></p>
            <p>Local hotels reported that most rooms were booked for both weekends already.</p>
            <p><a href="/1">Festival line-up announced</a></p>
            <p><a href="/2">Parking near the festival grounds</a></p>
            <p><a href="/3">Last year's festival in pictures</a></p>
            </div></body></html>
            """.utf8)
        let article = try HTMLExtractor().extract(html: html, id: "links")
        #expect(
            paragraphs(article) == [
                "The festival sold out within an hour, organisers said, and a second weekend is being planned.",
                "Get tickets at the box office for 25 euros",
                "Local hotels reported that most rooms were booked for both weekends already.",
            ])
    }

    @Test func lineBreaksSplitParagraphsOnlyWhenDoubled() throws {
        let html = Array(
            """
            <html><body><div class="story-text">First line of a poem that the article quotes in full here<br>\
            second line of the same stanza of the poem<br><br>A new paragraph after two line breaks, as old \
            sites write them.</div></body></html>
            """.utf8)
        let article = try HTMLExtractor().extract(html: html, id: "br")
        #expect(
            paragraphs(article) == [
                "First line of a poem that the article quotes in full here\nsecond line of the same stanza of the poem",
                "A new paragraph after two line breaks, as old sites write them.",
            ])
    }

    @Test func headlineRepeatedInTheBodyIsDroppedAndSiteSuffixRemoved() throws {
        let html = Array(
            """
            <html><head><title>Dam opens its gates | Valley Times</title>
            <meta property="og:site_name" content="Valley Times"></head>
            <body><div class="article-content"><h2>Dam opens its gates</h2>
            <p>Engineers opened the dam's gates on Friday for the first time in eleven years, flooding the meadows.</p>
            <p>Farmers downstream had been warned a week in advance and moved their cattle to higher ground.</p>
            </div></body></html>
            """.utf8)
        let article = try HTMLExtractor().extract(html: html, id: "dam")
        #expect(article.title == "Dam opens its gates")
        #expect(article.text.hasPrefix("Engineers opened the dam's gates"))
    }
}
