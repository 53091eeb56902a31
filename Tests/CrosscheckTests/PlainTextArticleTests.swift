import Testing

@testable import Crosscheck

@Suite struct PlainTextArticleTests {
    @Test(
        arguments: [
            ("Bridge reopens\n\nThe bridge reopened.", "Bridge reopens"),
            ("  Bridge reopens  \r\n \t\r\nThe bridge reopened.", "Bridge reopens"),
            ("\n\nBridge reopens\n\nBody", "Bridge reopens"),
            ("The bridge reopened on Friday.\nTraffic rose.", nil),
            ("One line only", nil),
            ("One line and a break\n", nil),
            ("Headline and nothing else\n\n", "Headline and nothing else"),
            ("", nil),
        ] as [(String, String?)])
    func firstLineIsTheHeadlineWhenABlankLineFollows(text: String, expected: String?) {
        #expect(PlainTextArticle.headline(of: text) == expected)
    }

    @Test func keepsTheWholeTextExactly() throws {
        let bytes = Array("Bridge reopens\r\n\r\n  The bridge “reopened”.  \n\n".utf8)
        let article = try PlainTextArticle.article(from: bytes, path: "news/bridge.txt.gz", options: IngestOptions())
        #expect(article.text == "Bridge reopens\r\n\r\n  The bridge “reopened”.  \n\n")
        #expect(article.id == "bridge")
        #expect(article.title == "Bridge reopens")
    }

    @Test func dropsTheByteOrderMarkFromTheText() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Café".utf8)
        let article = try PlainTextArticle.article(from: bytes, path: "a.txt", options: IngestOptions())
        #expect(article.text == "Café")
        #expect(SourceText(article.text).span(0 ..< 5) == Span(start: 0, end: 4, text: "Café"))
    }

    @Test func reportsInvalidUTF8AtItsFileOffsetEvenAfterABOM() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF, 0x61, 0xFF]
        #expect(throws: IngestError.invalidUTF8(path: "a.txt", line: nil, byteOffset: 4)) {
            try PlainTextArticle.article(from: bytes, path: "a.txt", options: IngestOptions())
        }
    }

    @Test func enforcesTheArticleSizeLimit() {
        let options = IngestOptions(limits: InputLimits(maxArticleBytes: 3))
        #expect(throws: IngestError.articleTooLarge(path: "a.txt", line: nil, limit: 3)) {
            try PlainTextArticle.article(from: Array("four".utf8), path: "a.txt", options: options)
        }
    }
}
