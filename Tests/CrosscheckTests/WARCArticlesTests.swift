import CrosscheckTestSupport
import Testing

@testable import Crosscheck

/// WARC inputs through ``ArticleReader``: streamed record by record, plain or gzip (one member, or one per record),
/// with errors that name the file, the record and its byte offset.
@Suite struct WARCArticlesTests {
    private let samplePath = FixturePaths.path("web/sample.warc")

    private func sample() throws -> [UInt8] {
        try InputReader(path: samplePath).readAll()
    }

    /// The articles of `path` read through an input reader with the given chunk size.
    private func articles(_ path: String, chunkSize: Int) throws -> [Article] {
        let input = try InputReader(path: path, chunkSize: chunkSize)
        let stream = try ArticleStream(reader: input, format: .warc, options: IngestOptions())
        var articles: [Article] = []
        while let article = try stream.next() { articles.append(article) }
        return articles
    }

    /// The articles of the sample as the web layer reads them, with `path` as their origin.
    private func expected(path: String) throws -> [Article] {
        try HTMLExtractor().articles(inWARC: sample(), source: path)
    }

    @Test func readsTheHTMLResponsesOfAWARCFile() throws {
        let articles = try ArticleReader().read(path: samplePath)
        #expect(articles == (try expected(path: samplePath)))
        #expect(articles.map(\.origin?.record) == [3, 5])
        #expect(articles.map(\.url) == ["https://gazette.example/library-hours", "http://ledger.example/terrace-fees"])
    }

    @Test(arguments: [16, 333, 4096, InputReader.defaultChunkSize])
    func streamsAGzipWARCInAnyChunkSize(chunkSize: Int) throws {
        let directory = TemporaryDirectory()
        let path = directory.write("crawl.warc.gz", Deflate.compress(try sample()))
        #expect(try articles(path, chunkSize: chunkSize) == (try expected(path: path)))
    }

    @Test func readsAGzipMemberPerRecordAsCrawlersWriteThem() throws {
        let bytes = try sample()
        let starts = try WARCReader.records(in: bytes).map(\.byteOffset) + [bytes.count]
        var compressed: [UInt8] = []
        for (start, end) in zip(starts, starts.dropFirst()) {
            compressed += Deflate.compress(Array(bytes[start ..< end]))
        }
        let directory = TemporaryDirectory()
        let path = directory.write("members.warc.gz", compressed)
        #expect(try articles(path, chunkSize: 100) == (try expected(path: path)))
    }

    @Test func sniffsAWARCWithoutExtension() throws {
        let directory = TemporaryDirectory()
        let path = directory.write("crawl-00001", try sample())
        let stream = try ArticleReader().open(path: path)
        #expect(stream.format == .warc)
        #expect(try stream.next()?.origin == ArticleOrigin(path: path, record: 3))
    }

    @Test(arguments: ["truncated.warc", "truncated.warc.gz"])
    func truncatedInputGivesItsArticlesThenNamesTheCutRecord(name: String) throws {
        let path = FixturePaths.path("web/" + name)
        // The decompressed bytes that arrive before the input ends.
        let input = try InputReader(path: path)
        var arrived: [UInt8] = []
        do {
            while let chunk = try input.nextChunk() { arrived += chunk }
        } catch {
            #expect(name.hasSuffix(".gz"), "only the gzip file is a truncated stream: \(error)")
        }
        let records = try WARCReader.records(in: sample())
        let cut = try #require(records.last { $0.byteOffset < arrived.count })
        #expect(cut.number == 5)

        let stream = try ArticleReader().open(path: path)
        #expect(try stream.next()?.origin == ArticleOrigin(path: path, record: 3))
        let missing = cut.byteOffset + recordLength(cut) - arrived.count
        #expect(
            throws: IngestError.web(
                path: path,
                error: .truncatedWARCRecord(source: path, record: 5, byteOffset: cut.byteOffset, missingBytes: missing))
        ) { try stream.next() }
    }

    /// Header and content bytes of a record as the fixture generator writes them (without the trailing CRLFs).
    private func recordLength(_ record: WARCRecord) -> Int {
        var header = record.version + "\r\n"
        for field in record.headers { header += "\(field.name): \(field.value)\r\n" }
        return header.utf8.count + 2 + record.content.count
    }

    @Test func gzipCutAfterTheLastRecordIsATruncatedStream() throws {
        let compressed = Deflate.compress(try sample())
        let directory = TemporaryDirectory()
        let path = directory.write("crawl.warc.gz", Array(compressed.dropLast(3)))
        #expect(throws: IngestError.truncatedStream(path: path, compression: .gzip, byteOffset: compressed.count - 3)) {
            try ArticleReader().read(path: path)
        }
    }

    @Test func undecodableBodyNamesItsRecord() throws {
        let http =
            Array("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n".utf8)
            + [0x1F, 0x8B, 0x08, 0x00, 0xFF, 0xFF, 0x00]
        let warc =
            WARCFixture.record(type: "warcinfo", content: Array("software: test\r\n".utf8))
            + WARCFixture.record(type: "response", content: http)
        let directory = TemporaryDirectory()
        let path = directory.write("bad.warc", warc)
        let error = #expect(throws: IngestError.self) { try ArticleReader().read(path: path) }
        guard case .web(_, .contentDecodingFailed(let source, let record, let offset, let encoding, _))? = error else {
            Issue.record("unexpected error \(String(describing: error))")
            return
        }
        #expect(source == path)
        #expect(record == 2)
        #expect(offset == WARCFixture.record(type: "warcinfo", content: Array("software: test\r\n".utf8)).count)
        #expect(encoding == "gzip")
    }
}
