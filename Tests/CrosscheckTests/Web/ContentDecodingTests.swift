import CrosscheckTestSupport
import Testing

@testable import Crosscheck

@Suite struct ContentDecodingTests {
    private let page = Array(
        String(repeating: "<p>The ferry timetable doubles from May, the operator said.</p>\n", count: 50).utf8)

    private func record(truncated: Bool = false) -> WARCRecord {
        var headers = [HeaderField(name: "WARC-Type", value: "response")]
        if truncated { headers.append(HeaderField(name: "WARC-Truncated", value: "length")) }
        return WARCRecord(
            source: "crawl.warc", number: 4, byteOffset: 812, version: "WARC/1.1", headers: headers, content: [])
    }

    private func decode(_ body: [UInt8], _ encoding: String, truncated: Bool = false, limit: Int = 1 << 20)
        throws(WebError) -> [UInt8]
    {
        try ContentDecoding.decode(body, encoding: encoding, record: record(truncated: truncated), limit: limit)
    }

    @Test(arguments: [
        ("gzip", Deflate.Wrapper.gzip), ("x-gzip", .gzip), ("deflate", .zlib), ("deflate", .raw), ("deflate", .gzip),
    ])
    func inflatesEveryCompressedForm(encoding: String, wrapper: Deflate.Wrapper) throws {
        #expect(try decode(Deflate.compress(page, wrapper: wrapper), encoding) == page)
    }

    @Test(arguments: ["gzip", "deflate", "br"])
    func passesThroughABodyThatIsAlreadyDecoded(encoding: String) throws {
        #expect(try decode(page, encoding) == page)
    }

    @Test func rejectsAnUnsupportedEncodingOfABinaryBody() {
        let error = #expect(throws: WebError.self) { try decode([0x0B, 0x80, 0x00, 0x01, 0x02], "br") }
        #expect(
            error?.description == "'crawl.warc': warc record 4 at byte 812: cannot decode content-encoding 'br': "
                + "unsupported encoding")
    }

    @Test func truncatedBodyIsAnErrorUnlessTheRecordSaysItIsTruncated() throws {
        let compressed = Deflate.compress(page)
        let cut = Array(compressed.prefix(compressed.count / 2))
        let error = #expect(throws: WebError.self) { try decode(cut, "gzip") }
        #expect(error?.description.contains("the compressed body is truncated") == true)
        let partial = try decode(cut, "gzip", truncated: true)
        #expect(!partial.isEmpty && page.starts(with: partial))
    }

    @Test func junkAfterTheCompressedBodyIsIgnored() throws {
        #expect(try decode(Deflate.compress(page) + Array("\r\n\r\nEXTRA".utf8), "gzip") == page)
    }

    @Test func enforcesTheBodyLimit() {
        let error = #expect(throws: WebError.self) { try decode(Deflate.compress(page), "gzip", limit: 100) }
        #expect(error?.description.contains("the body inflates to more than 100 bytes") == true)
    }

    @Test func corruptBodyNamesTheRecord() {
        var compressed = Deflate.compress(page)
        compressed[12] ^= 0xFF
        compressed[13] ^= 0xFF
        let error = #expect(throws: WebError.self) { try decode(compressed, "gzip") }
        guard case .contentDecodingFailed(let source, let record, let offset, let encoding, _)? = error else {
            Issue.record("unexpected error \(String(describing: error))")
            return
        }
        #expect([source, encoding] == ["crawl.warc", "gzip"])
        #expect([record, offset] == [4, 812])
    }
}
