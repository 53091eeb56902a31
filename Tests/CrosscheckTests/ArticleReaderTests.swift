import CrosscheckTestSupport
import Testing

@testable import Crosscheck

@Suite struct ArticleReaderTests {
    private let reader = ArticleReader()

    @Test func readsMultiMemberGzipJSONL() throws {
        let articles = try reader.read(path: FixturePaths.path("ingest/multi-member.jsonl.gz"))
        #expect(articles.map(\.id) == ["harbour-1", "harbour-2", "harbour-3", "harbour-4"])
        #expect(articles[1].text.hasPrefix("“We are glad"))
        #expect(articles[0].published == "2024-03-01")
        #expect(articles[3].origin == ArticleOrigin(path: FixturePaths.path("ingest/multi-member.jsonl.gz"), line: 4))
    }

    @Test func sniffsAZlibStreamWithAnUnknownExtension() throws {
        let articles = try reader.read(path: FixturePaths.path("ingest/zlib-stream.zz"))
        #expect(articles.count == 3)
    }

    @Test func readsZeroPaddedGzipText() throws {
        let articles = try reader.read(path: FixturePaths.path("ingest/zero-padded.txt.gz"))
        #expect(articles.count == 1)
        #expect(articles[0].id == "zero-padded")
        #expect(articles[0].title == "Harbour bridge reopens")
    }

    @Test func readsTextWithBOMAndCRLFExactly() throws {
        let article = try #require(try reader.read(path: FixturePaths.path("ingest/bom-crlf.txt")).first)
        #expect(article.text.hasPrefix("Café owners"))
        #expect(article.text.hasSuffix("rose 30%.\r\n"))
        #expect(article.title == "Café owners protest rent rise")
    }

    @Test func mapsFieldNames() throws {
        let options = IngestOptions(
            fieldMap: FieldMap([.text: "body", .title: "headline", .source: "outlet", .url: "link", .published: "date"])
        )
        let articles = try ArticleReader(options: options).read(path: FixturePaths.path("ingest/renamed-fields.json"))
        #expect(articles.map(\.id) == ["renamed-fields:1", "renamed-fields:2"])
        #expect(articles[0].source == "Coast Gazette")
        #expect(articles[0].url == "https://example.org/harbour-1")
        #expect(articles[1].published == nil)
        #expect(articles[1].title == "Bridge open again")
        // Without the mapping the required field is missing.
        #expect(
            throws: IngestError.missingField(
                path: FixturePaths.path("ingest/renamed-fields.json"), line: nil, field: "text")
        ) {
            try reader.read(path: FixturePaths.path("ingest/renamed-fields.json"))
        }
    }

    @Test func derivesIdentifiersAndSkipsBlankLines() throws {
        let directory = TemporaryDirectory()
        let path = directory.write(
            "day1.jsonl",
            "\u{FEFF}{\"text\": \"a\"}\n\n   \r\n{\"text\": \"b\", \"id\": 42}\n{\"text\": \"c\", \"id\": \"\"}")
        let articles = try reader.read(path: path)
        #expect(articles.map(\.id) == ["day1:1", "42", "day1:5"])
        #expect(articles.map(\.text) == ["a", "b", "c"])
    }

    @Test func readsASingleObjectJSONDocument() throws {
        let directory = TemporaryDirectory()
        let path = directory.write("story.json", "{\n  \"text\": \"Body.\",\n  \"title\": null\n}\n")
        let articles = try reader.read(path: path)
        #expect(articles == [Article(id: "story", text: "Body.", origin: ArticleOrigin(path: path))])
    }

    @Test func namesTheLineOfBadJSON() {
        let path = FixturePaths.path("broken/bad-json-line3.jsonl")
        #expect {
            try reader.read(path: path)
        } throws: { error in
            guard case .invalidJSON(path, 3, _) = error as? IngestError else { return false }
            return true
        }
    }

    @Test func streamsArticlesBeforeABadLine() throws {
        var seen: [String] = []
        #expect(throws: IngestError.self) {
            try reader.forEachArticle(path: FixturePaths.path("broken/bad-json-line3.jsonl")) { seen.append($0.id) }
        }
        #expect(seen == ["harbour-1", "harbour-2"])
    }

    @Test func namesTheLineOfAMissingText() {
        let path = FixturePaths.path("broken/missing-text.jsonl")
        #expect(throws: IngestError.missingField(path: path, line: 2, field: "text")) { try reader.read(path: path) }
    }

    @Test func rejectsDeepNestingBeforeParsing() {
        let path = FixturePaths.path("broken/deep.json")
        #expect(throws: IngestError.jsonTooDeep(path: path, line: nil, limit: 64)) { try reader.read(path: path) }
    }

    @Test func rejectsWrongFieldTypesAndNonObjects() {
        let directory = TemporaryDirectory()
        let wrongType = directory.write("a.jsonl", "{\"text\": \"ok\", \"title\": [\"x\"]}\n")
        #expect(throws: IngestError.invalidField(path: wrongType, line: 1, field: "title", expected: "a string")) {
            try reader.read(path: wrongType)
        }
        let notObject = directory.write("b.jsonl", "{\"text\": \"ok\"}\n[1, 2]\n")
        #expect(throws: IngestError.notAnArticle(path: notObject, line: 2, found: "an array")) {
            try reader.read(path: notObject)
        }
        let boolID = directory.write("c.jsonl", "{\"text\": \"ok\", \"id\": true}\n")
        #expect(
            throws: IngestError.invalidField(path: boolID, line: 1, field: "id", expected: "a string or an integer")
        ) {
            try reader.read(path: boolID)
        }
    }

    @Test(arguments: [
        ("empty.json", "", "empty input, no JSON value at byte 0"),
        ("blank.json", "  \n", "empty input, no JSON value at byte 3"),
        ("cut.json", "{\"text\": \"a\",", "unexpected end of input at byte 13"),
        ("bad.json", "{\"text\": x}", "invalid value at byte 9"),
        ("cut.jsonl", "{\"text\": \"a\"}\n{\"text\": ", "unexpected end of input at byte 23"),
        ("bad.jsonl", "{\"text\": \"a\"}\n{\"text\": \"b\"} x\n", "invalid value at byte 28"),
    ])
    func namesTheBytePositionOfInvalidJSON(name: String, content: String, detail: String) {
        let directory = TemporaryDirectory()
        let path = directory.write(name, content)
        let line: Int? = name.hasSuffix(".jsonl") ? 2 : nil
        #expect(throws: IngestError.invalidJSON(path: path, line: line, detail: detail)) { try reader.read(path: path) }
    }

    @Test func reportsInvalidUTF8OrReplacesItWhenLossy() throws {
        let path = FixturePaths.path("broken/bad-utf8.txt")
        #expect(throws: IngestError.invalidUTF8(path: path, line: nil, byteOffset: 17)) { try reader.read(path: path) }
        let lossy = try ArticleReader(options: IngestOptions(lossy: true)).read(path: path)
        #expect(lossy.first?.text == "Cafe reopens\n\nCaf\u{FFFD} au lait costs more.\n")

        let directory = TemporaryDirectory()
        let jsonl = directory.write(
            "bad.jsonl", Array("{\"text\": \"ok\"}\n{\"text\": \"caf".utf8) + [0xE9] + Array("\"}\n".utf8))
        #expect(throws: IngestError.invalidUTF8(path: jsonl, line: 2, byteOffset: 28)) { try reader.read(path: jsonl) }
        let repaired = try ArticleReader(options: IngestOptions(lossy: true)).read(path: jsonl)
        #expect(repaired.last?.text == "caf\u{FFFD}")
    }

    @Test(arguments: ["news.html", "jsonld.html", "malformed.html", "windows-1252.html"])
    func readsAnHTMLPageAsItsExtractedArticle(name: String) throws {
        let path = FixturePaths.path("web/" + name)
        let page = try InputReader(path: path).readAll()
        let id = String(name.dropLast(".html".count))
        let expected = try HTMLExtractor().extract(html: page, id: id)
        let articles = try reader.read(path: path)
        #expect(articles.count == 1)
        let article = try #require(articles.first)
        #expect(
            article
                == Article(
                    id: id, source: expected.source, url: expected.url, title: expected.title,
                    published: expected.published, author: expected.author,
                    text: expected.text, origin: ArticleOrigin(path: path)))
    }

    @Test func readsGzipAndSniffedHTML() throws {
        let page = try InputReader(path: FixturePaths.path("web/news.html")).readAll()
        let expected = try HTMLExtractor().extract(html: page, id: "story")
        #expect(!expected.text.isEmpty)
        let directory = TemporaryDirectory()
        let gzip = try #require(try reader.read(path: directory.write("story.html.gz", Deflate.compress(page))).first)
        #expect(gzip.id == "story")
        #expect(gzip.text == expected.text)
        let sniffed = try ArticleReader().open(path: directory.write("story", page))
        #expect(sniffed.format == .html)
        #expect(try sniffed.next()?.text == expected.text)
    }

    @Test func rejectsAnOversizedPageWithoutReadingItAll() throws {
        let directory = TemporaryDirectory()
        let path = directory.write("big.htm", "<html><body>" + String(repeating: "<p>word</p>", count: 100))
        let options = IngestOptions(html: HTMLExtractionOptions(maxDocumentBytes: 100))
        #expect(throws: IngestError.web(path: path, error: .documentTooLarge(id: "big", limit: 100))) {
            try ArticleReader(options: options).read(path: path)
        }
    }

    @Test func honoursAForcedFormat() throws {
        let directory = TemporaryDirectory()
        let path = directory.write("notes.json", "{\"text\": \"not parsed\"}")
        let articles = try ArticleReader(options: IngestOptions(format: .txt)).read(path: path)
        #expect(articles.first?.text == "{\"text\": \"not parsed\"}")
    }

    @Test func enforcesTheArticleSizeLimitOnJSON() {
        let directory = TemporaryDirectory()
        let path = directory.write("a.jsonl", "{\"text\": \"short\"}\n{\"text\": \"much longer text\"}\n")
        let options = IngestOptions(limits: InputLimits(maxArticleBytes: 10))
        #expect(throws: IngestError.articleTooLarge(path: path, line: 2, limit: 10)) {
            try ArticleReader(options: options).read(path: path)
        }
    }
}
