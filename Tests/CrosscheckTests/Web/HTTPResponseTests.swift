import Foundation
import Testing

@testable import Crosscheck

@Suite struct HTTPResponseTests {
    private func record(_ http: [UInt8]) -> WARCRecord {
        WARCRecord(
            source: "t.warc", number: 9, byteOffset: 0, version: "WARC/1.1",
            headers: [HeaderField(name: "WARC-Type", value: "response")], content: http)
    }

    @Test func chunkedBodyIsJoined() throws {
        let http =
            Array("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: text/html\r\n\r\n".utf8)
            + Array("5;ext=1\r\nHello\r\nA\r\n, chunked \r\n6\r\nworld!\r\n0\r\nTrailer: x\r\n\r\n".utf8)
        let response = try HTTPResponse(record: record(http))
        #expect(response.status == 200)
        #expect(response.header("content-type") == "text/html")
        #expect(String(decoding: response.body, as: UTF8.self) == "Hello, chunked world!")
    }

    @Test func chunkedHeaderOverAPlainBodyKeepsTheBody() throws {
        let http = Array("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n<html>already decoded</html>".utf8)
        #expect(try HTTPResponse(record: record(http)).body == Array("<html>already decoded</html>".utf8))
    }

    @Test func gzipBodyIsInflated() throws {
        // gzip of "<p>compressed</p>", written by Python's gzip.compress(mtime=0).
        let gzip: [UInt8] = [
            0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x03, 0xB3, 0x29, 0xB0, 0x4B, 0xCE, 0xCF, 0x2D, 0x28,
            0x4A, 0x2D, 0x2E, 0x4E, 0x4D, 0xB1, 0xD1, 0x2F, 0xB0, 0x03, 0x00, 0x2C, 0x02, 0x79, 0x42, 0x11, 0x00, 0x00,
            0x00,
        ]
        let http = Array("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n".utf8) + gzip
        #expect(String(decoding: try HTTPResponse(record: record(http)).body, as: UTF8.self) == "<p>compressed</p>")
    }

    @Test func corruptGzipBodyIsAnError() {
        let http =
            Array("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n".utf8)
            + [0x1F, 0x8B, 0x08, 0x00, 0xFF, 0xFF]
        let error = #expect(throws: WebError.self) { try HTTPResponse(record: record(http)) }
        guard case .contentDecodingFailed(let source, let number, let offset, let encoding, _)? = error else {
            Issue.record("unexpected error \(String(describing: error))")
            return
        }
        #expect(source == "t.warc")
        #expect(number == 9)
        #expect(offset == 0)
        #expect(encoding == "gzip")
    }

    @Test(arguments: ["garbage\r\n\r\n", "HTTP/1.1 OK\r\n\r\n", "HTTP/1.1 200 OK\r\nno end of headers"])
    func malformedMessagesAreErrors(_ text: String) {
        #expect(throws: WebError.self) { try HTTPResponse(record: record(Array(text.utf8))) }
    }
}
