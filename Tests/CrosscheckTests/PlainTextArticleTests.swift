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

    /// `crosscheck diff` keeps the bytes a text was decoded from, for its `SourceText`: only when they are the text's
    /// own bytes, never in equality, and never after the text changes.
    @Test func keptBytesAreTheTextsOwn() throws {
        var keeping = IngestOptions()
        keeping.keepsTextBytes = true
        let bytes = Array("Ferries resume\n\nOperators said demand fell by a third.\n".utf8)
        let kept = try PlainTextArticle.article(from: bytes, path: "a.txt", options: keeping)
        #expect(kept.keptUTF8.bytes == bytes)
        #expect(SourceText(textOf: kept) == SourceText(kept.text))
        let plain = try PlainTextArticle.article(from: bytes, path: "a.txt", options: IngestOptions())
        #expect(plain.keptUTF8.bytes == nil)
        #expect(plain == kept && plain.hashValue == kept.hashValue)
        var edited = kept
        edited.text += " More."
        #expect(edited.keptUTF8.bytes == nil)
        #expect(SourceText(textOf: edited).utf8 == Array(edited.text.utf8))
        // A byte order mark is not part of the text; invalid bytes read lossily are not the text's.
        let marked = try PlainTextArticle.article(from: [0xEF, 0xBB, 0xBF] + bytes, path: "a.txt", options: keeping)
        #expect(marked.keptUTF8.bytes == nil && marked.text == kept.text)
        keeping.lossy = true
        let repaired = try PlainTextArticle.article(from: bytes + [0xFF], path: "a.txt", options: keeping)
        #expect(repaired.keptUTF8.bytes == nil && repaired.text.hasSuffix("\u{FFFD}"))
    }
}
