import CrosscheckTestSupport
import Foundation
import Testing

@testable import Crosscheck

@Suite struct WARCReaderTests {
    private func fixture(_ name: String) throws -> [UInt8] {
        let path = FixturePaths.path("web/" + name)
        return try #require(FileManager.default.contents(atPath: path).map { [UInt8]($0) }, "missing \(path)")
    }

    @Test func readsEveryRecordWithItsHeaders() throws {
        let records = try WARCReader.records(in: fixture("sample.warc"), source: "sample.warc")
        #expect(
            records.map(\.type)
                == ["warcinfo", "request", "response", "metadata", "response", "response", "response"])
        #expect(records.map(\.number) == Array(1 ... 7))
        #expect(records[0].byteOffset == 0)
        #expect(records[2].targetURI == "https://gazette.example/library-hours")
        #expect(records[2].recordID == "urn:uuid:00000000-0000-4000-8000-000000000003")
        #expect(records[2].date == "2024-03-01T10:00:02Z")
        #expect(records[4].version == "WARC/1.0")
        #expect(records[4].targetURI == "http://ledger.example/terrace-fees")
        #expect(
            String(decoding: records[0].content, as: UTF8.self)
                == "software: crosscheck fixture writer\r\nformat: WARC File Format 1.1\r\n")
        #expect(records.allSatisfy { $0.source == "sample.warc" })
    }

    @Test(arguments: [1, 2, 7, 64, 1000, 1 << 20])
    func chunkSizeDoesNotChangeTheRecords(_ chunkSize: Int) throws {
        let bytes = try fixture("sample.warc")
        let whole = try WARCReader.records(in: bytes)
        var reader = WARCReader()
        var streamed: [WARCRecord] = []
        var start = 0
        while start < bytes.count {
            streamed += try reader.append(bytes[start ..< min(start + chunkSize, bytes.count)])
            start += chunkSize
        }
        try reader.finish()
        #expect(streamed == whole)
    }

    @Test func articlesComeOnlyFromSuccessfulHTMLResponses() throws {
        let articles = try HTMLExtractor().articles(inWARC: fixture("sample.warc"), source: "sample.warc")
        #expect(articles.count == 2)
        let first = try #require(articles.first)
        #expect(first.id == "urn:uuid:00000000-0000-4000-8000-000000000003")
        #expect(first.url == "https://gazette.example/library-hours")
        #expect(first.published == "2024-03-01T10:00:02Z")
        #expect(first.source == "Valley Gazette")
        #expect(first.title == "Library extends opening hours")
        #expect(first.origin == ArticleOrigin(path: "sample.warc", record: 3))
        #expect(
            first.text.components(separatedBy: "\n\n") == [
                "The central library will stay open until 9 p.m. on weekdays from next month, the town council decided "
                    + "on Monday.",
                "“Students asked for this for years,” said councillor Rasmus Dahl, who proposed the change in January.",
                "The longer hours will cost about 80,000 euros a year, paid for by closing one of the two mobile "
                    + "libraries.",
            ])
        let second = articles[1]
        #expect(second.url == "http://ledger.example/terrace-fees")
        #expect(second.title == "Café owners protest new terrace fees")
        #expect(second.source == "ledger.example")
        #expect(second.text.hasPrefix("Owners of seven cafés on the market square protested on Friday"))
        #expect(second.origin == ArticleOrigin(path: "sample.warc", record: 5))
    }

    @Test func truncatedRecordNamesTheRecordAndWhereItStarts() throws {
        let bytes = try fixture("truncated.warc")
        let complete = try WARCReader.records(in: fixture("sample.warc"))
        let expectedOffset = complete[4].byteOffset
        let error = #expect(throws: WebError.self) { try WARCReader.records(in: bytes, source: "cut.warc") }
        guard case .truncatedWARCRecord(let source, let record, let offset, let missing)? = error else {
            Issue.record("unexpected error \(String(describing: error))")
            return
        }
        #expect(source == "cut.warc")
        #expect(record == 5)
        #expect(offset == expectedOffset)
        #expect((missing ?? 0) > 0)
        #expect(error?.description.contains("truncated warc record 5 at byte \(expectedOffset)") == true)
    }

    @Test func endInsideAHeaderIsATruncatedRecordToo() {
        let bytes = Array("WARC/1.1\r\nWARC-Type: response\r\nContent-Len".utf8)
        #expect(throws: WebError.truncatedWARCRecord(source: "-", record: 1, byteOffset: 0, missingBytes: nil)) {
            try WARCReader.records(in: bytes)
        }
    }

    @Test func trailingBlankLinesAreNotARecord() throws {
        let bytes = Array("WARC/1.1\r\nWARC-Type: metadata\r\nContent-Length: 2\r\n\r\nok\r\n\r\n\r\n\n".utf8)
        #expect(try WARCReader.records(in: bytes).count == 1)
    }

    @Test(arguments: [
        ("HTTP/1.1 200 OK\r\n\r\n", "version"),
        ("WARC/1.1\r\nWARC-Type: response\r\n\r\n", "no Content-Length"),
        ("WARC/1.1\r\nContent-Length: many\r\n\r\n", "'many' is not a byte count"),
        ("WARC/1.1\r\nthis line has no colon\r\nContent-Length: 0\r\n\r\n", "bad field line"),
    ])
    func malformedHeadersAreReported(_ text: String, _ fragment: String) {
        let error = #expect(throws: WebError.self) { try WARCReader.records(in: Array(text.utf8), source: "x.warc") }
        #expect(error?.description.contains(fragment) == true)
        #expect(error?.description.contains("'x.warc'") == true)
    }

    @Test func limitsAreEnforced() {
        let big = Array("WARC/1.1\r\nContent-Length: 5000\r\n\r\n".utf8)
        #expect(throws: WebError.warcRecordTooLarge(source: "-", record: 1, byteOffset: 0, length: 5000, limit: 100)) {
            try WARCReader.records(in: big, limits: .init(maxRecordBytes: 100))
        }
        let longHeader = Array("WARC/1.1\r\nX-Padding: ".utf8) + [UInt8](repeating: 0x61, count: 300)
        #expect(throws: WebError.warcHeaderTooLarge(source: "-", record: 1, byteOffset: 0, limit: 128)) {
            var reader = WARCReader(limits: .init(maxHeaderBytes: 128))
            _ = try reader.append(longHeader)
        }
    }

    @Test func resourceRecordsHoldingHTMLAreArticlesToo() throws {
        let page = Array(
            """
            <html><body><div class="story"><p>The ferry to the island runs every hour from May, the operator \
            announced, doubling the winter timetable.</p></div></body></html>
            """.utf8)
        let header =
            "WARC/1.1\r\nWARC-Type: resource\r\nWARC-Target-URI: file:///saved/ferry.html\r\n"
            + "Content-Type: text/html\r\nContent-Length: \(page.count)\r\n\r\n"
        let warc = Array(header.utf8) + page + Array("\r\n\r\n".utf8)
        let articles = try HTMLExtractor().articles(inWARC: warc, source: "saved.warc")
        #expect(articles.map(\.id) == ["file:///saved/ferry.html"])
        #expect(articles.first?.text.hasPrefix("The ferry to the island runs every hour") == true)
    }
}
