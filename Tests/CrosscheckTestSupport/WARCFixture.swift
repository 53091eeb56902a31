/// Builds WARC records and HTTP responses inline, so tests can write small web archives of their own.
public enum WARCFixture {
    /// One WARC/1.1 record: version line, `WARC-Type`, optional `WARC-Target-URI` and `WARC-Date`, `Content-Length`,
    /// a blank line, the content and the two CRLFs that end a record.
    /// - Parameters:
    ///   - type: The `WARC-Type` (`response`, `request`, `metadata`, `warcinfo`, …).
    ///   - uri: The `WARC-Target-URI`, if any.
    ///   - date: The `WARC-Date`, if any.
    ///   - content: The content block.
    /// - Returns: The record's bytes.
    public static func record(type: String, uri: String? = nil, date: String? = nil, content: [UInt8]) -> [UInt8] {
        var header = "WARC/1.1\r\nWARC-Type: \(type)\r\n"
        if let uri { header += "WARC-Target-URI: \(uri)\r\n" }
        if let date { header += "WARC-Date: \(date)\r\n" }
        if type == "response" { header += "Content-Type: application/http; msgtype=response\r\n" }
        header += "Content-Length: \(content.count)\r\n\r\n"
        return Array(header.utf8) + content + Array("\r\n\r\n".utf8)
    }

    /// An HTTP/1.1 200 response serving an HTML page, optionally gzip-encoded (`Content-Encoding: gzip`).
    /// - Parameters:
    ///   - html: The page.
    ///   - gzip: Whether to compress the body and say so in the headers.
    /// - Returns: The response's bytes.
    public static func response(html: String, gzip: Bool = false) -> [UInt8] {
        let body = gzip ? Deflate.compress(Array(html.utf8)) : Array(html.utf8)
        var header = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
        if gzip { header += "Content-Encoding: gzip\r\n" }
        header += "Content-Length: \(body.count)\r\n\r\n"
        return Array(header.utf8) + body
    }
}
